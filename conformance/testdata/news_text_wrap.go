package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Truncate shortens s to at most n runes, adding an ellipsis when cut.
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	cut := string(runes[:n-1])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// Wrap breaks text into lines no wider than width runes.
func Wrap(text string, width int) []string {
	var lines []string
	var b strings.Builder
	lineLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if lineLen > 0 && lineLen+1+wl > width {
			lines = append(lines, b.String())
			b.Reset()
			lineLen = 0
		}
		if lineLen > 0 {
			b.WriteByte(' ')
			lineLen++
		}
		b.WriteString(w)
		lineLen += wl
	}
	if lineLen > 0 {
		lines = append(lines, b.String())
	}
	return lines
}

func Center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

func main() {
	headlines := []string{
		"Café owners in Zürich protest new rent rules",
		"Short one",
		"Scientists confirm the discovery of a previously unknown species of deep-sea octopus",
	}
	for i, h := range headlines {
		fmt.Printf("%d. bytes=%-3d runes=%-3d %q\n", i+1, len(h), utf8.RuneCountInString(h), Truncate(h, 30))
	}

	lede := "The city's oldest newspaper kiosk, a green wooden booth that has stood on the corner of Market and Fifth since 1931, will close at the end of the month after its owner retires."
	width := 34
	border := "+" + strings.Repeat("-", width+2) + "+"
	fmt.Println(border)
	fmt.Printf("| %s |\n", Center("KIOSK TO CLOSE", width))
	fmt.Println(border)
	for _, line := range Wrap(lede, width) {
		fmt.Printf("| %-*s |\n", width, line)
	}
	fmt.Println(border)

	var sb strings.Builder
	for i, w := range strings.Fields("all the news that fits") {
		if i > 0 {
			sb.WriteString(" · ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String(), sb.Len())

	r := strings.NewReplacer("&", "and", "@", "at", "  ", " ")
	fmt.Println(r.Replace("Rock & roll  @ the  park"))
	fmt.Println(strings.ToTitle("loud"), strings.EqualFold("NEWS", "news"), strings.Count("cheese", "e"))
	before, after, found := strings.Cut("SPORT: Derby ends level", ": ")
	fmt.Printf("%q %q %v\n", before, after, found)
}
