package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const para = `Go is an open source programming language that makes it simple to build secure, scalable systems. Ünïcödé wörds like naïve, façade and résumé must be measured in runes, not bytes, or the columns will drift.`

func width(s string) int { return utf8.RuneCountInString(s) }

// wrap performs greedy line filling.
func wrap(text string, w int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, word := range strings.Fields(text) {
		wl := width(word)
		if len(cur) > 0 && curLen+1+wl > w {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, word)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// justify distributes extra spaces from the left; the last line stays ragged.
func justify(words []string, w int, last bool) string {
	if last || len(words) == 1 {
		return strings.Join(words, " ")
	}
	total := 0
	for _, word := range words {
		total += width(word)
	}
	gaps := len(words) - 1
	spaces := w - total
	var b strings.Builder
	for i, word := range words {
		b.WriteString(word)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func pad(s string, w int, align byte) string {
	gap := w - width(s)
	if gap <= 0 {
		return s
	}
	switch align {
	case 'r':
		return strings.Repeat(" ", gap) + s
	case 'c':
		left := gap / 2
		return strings.Repeat(" ", left) + s + strings.Repeat(" ", gap-left)
	}
	return s + strings.Repeat(" ", gap)
}

func main() {
	const w = 32
	lines := wrap(para, w)
	border := "+" + strings.Repeat("-", w) + "+"
	for _, mode := range []byte{'l', 'r', 'c', 'j'} {
		fmt.Printf("mode %c:\n%s\n", mode, border)
		for i, ws := range lines {
			var s string
			if mode == 'j' {
				s = pad(justify(ws, w, i == len(lines)-1), w, 'l')
			} else {
				s = pad(strings.Join(ws, " "), w, mode)
			}
			fmt.Printf("|%s|\n", s)
		}
		fmt.Println(border)
	}

	// Narrow wrap with an overlong word left intact.
	for _, ws := range wrap("supercalifragilistic is long", 10) {
		fmt.Printf("[%s]\n", strings.Join(ws, " "))
	}
	fmt.Println("bytes:", len(para), "runes:", width(para), "lines:", len(lines))
}
