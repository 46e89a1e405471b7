package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = "The quick brown fox jumps over the lazy dog. " +
	"Supercalifragilisticexpialidocious is a very long word that must be split. " +
	"Naïve café owners serve crème brûlée."

// wrap greedily fills lines up to width runes; words longer than width are broken.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		if curLen > 0 {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
	}
	for _, word := range strings.Fields(s) {
		for utf8.RuneCountInString(word) > width {
			flush()
			runes := []rune(word)
			lines = append(lines, string(runes[:width-1])+"-")
			word = string(runes[width-1:])
		}
		n := utf8.RuneCountInString(word)
		if curLen > 0 && curLen+1+n > width {
			flush()
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += n
	}
	flush()
	return lines
}

func boxed(lines []string, width int) string {
	var b strings.Builder
	border := "+" + strings.Repeat("-", width+2) + "+\n"
	b.WriteString(border)
	for _, l := range lines {
		pad := width - utf8.RuneCountInString(l)
		fmt.Fprintf(&b, "| %s%s |\n", l, strings.Repeat(" ", pad))
	}
	b.WriteString(border)
	return b.String()
}

func main() {
	for _, w := range []int{40, 24, 12} {
		lines := wrap(text, w)
		fmt.Printf("width %d -> %d lines\n", w, len(lines))
		fmt.Print(boxed(lines, w))
	}
	fmt.Printf("%q\n", wrap("a bb ccc dddd", 4))
	fmt.Printf("%q\n", wrap("   ", 10))
}
