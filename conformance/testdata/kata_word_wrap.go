package main

import (
	"fmt"
	"strings"
)

// Wrap breaks text into lines no longer than width, splitting long words.
func Wrap(text string, width int) []string {
	if width <= 0 {
		return nil
	}
	var lines []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			lines = append(lines, cur.String())
			cur.Reset()
		}
	}
	for _, word := range strings.Fields(text) {
		for len(word) > width {
			flush()
			lines = append(lines, word[:width])
			word = word[width:]
		}
		if cur.Len() > 0 && cur.Len()+1+len(word) > width {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(word)
	}
	flush()
	return lines
}

// Justify pads inner gaps so each line except the last is exactly width long.
func Justify(lines []string, width int) []string {
	out := make([]string, len(lines))
	for i, line := range lines {
		words := strings.Fields(line)
		if i == len(lines)-1 || len(words) == 1 {
			out[i] = line
			continue
		}
		letters := 0
		for _, w := range words {
			letters += len(w)
		}
		gaps := len(words) - 1
		spaces := width - letters
		var sb strings.Builder
		for j, w := range words {
			sb.WriteString(w)
			if j < gaps {
				n := spaces / gaps
				if j < spaces%gaps {
					n++
				}
				sb.WriteString(strings.Repeat(" ", n))
			}
		}
		out[i] = sb.String()
	}
	return out
}

func main() {
	text := "The quick brown fox jumps over the lazy dog while an extraordinarily long word tests splitting behaviour."
	for _, w := range []int{30, 16, 8} {
		fmt.Printf("-- width %d --\n", w)
		for _, line := range Wrap(text, w) {
			fmt.Printf("|%-*s|\n", w, line)
		}
	}
	fmt.Println("-- justified 24 --")
	for _, line := range Justify(Wrap(text, 24), 24) {
		fmt.Printf("|%-24s| %2d\n", line, len(line))
	}
	fmt.Printf("empty: %q\n", Wrap("   ", 10))
	fmt.Printf("zero width: %v\n", Wrap("abc", 0) == nil)
}
