package main

import (
	"fmt"
	"strings"
)

const paragraph = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Text processing in Go relies on the strings, bufio
and unicode packages, which together cover most everyday needs without any
third-party dependencies whatsoever.`

func justify(words []string, width int) []string {
	var lines []string
	i := 0
	for i < len(words) {
		j := i
		lineLen := 0
		for j < len(words) && lineLen+len(words[j])+(j-i) <= width {
			lineLen += len(words[j])
			j++
		}
		if j == i {
			j = i + 1
			lineLen = len(words[i])
		}
		var b strings.Builder
		gaps := j - i - 1
		if j == len(words) || gaps == 0 {
			b.WriteString(strings.Join(words[i:j], " "))
			b.WriteString(strings.Repeat(" ", max(0, width-b.Len())))
		} else {
			spaces := width - lineLen
			for k := i; k < j; k++ {
				b.WriteString(words[k])
				if k < j-1 {
					n := spaces / gaps
					if k-i < spaces%gaps {
						n++
					}
					b.WriteString(strings.Repeat(" ", n))
				}
			}
		}
		lines = append(lines, b.String())
		i = j
	}
	return lines
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-len(s)-left)
}

func main() {
	words := strings.Fields(paragraph)
	for _, width := range []int{30, 44} {
		border := "+" + strings.Repeat("-", width) + "+"
		fmt.Println(border)
		fmt.Println("|" + center(fmt.Sprintf("width %d", width), width) + "|")
		fmt.Println(border)
		for _, line := range justify(words, width) {
			fmt.Println("|" + line + "|")
		}
		fmt.Println(border)
	}
	narrow := justify(strings.Fields("a verylongwordthatoverflows b c"), 8)
	for _, l := range narrow {
		fmt.Printf("[%s]\n", l)
	}
}
