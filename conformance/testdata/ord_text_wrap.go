package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const paragraph = `Go is an open source programming language that makes it simple to build
secure, scalable systems. It was designed at Google in 2007 to improve programming
productivity in an era of multicore, networked machines and large codebases.`

type Align int

const (
	Left Align = iota
	Right
	Center
	Justify
)

func wrap(text string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func render(words []string, width int, a Align, last bool) string {
	line := strings.Join(words, " ")
	pad := width - utf8.RuneCountInString(line)
	switch a {
	case Right:
		return strings.Repeat(" ", pad) + line
	case Center:
		return strings.Repeat(" ", pad/2) + line + strings.Repeat(" ", pad-pad/2)
	case Justify:
		if last || len(words) == 1 {
			return line + strings.Repeat(" ", pad)
		}
		gaps := len(words) - 1
		var b strings.Builder
		for i, w := range words {
			b.WriteString(w)
			if i < gaps {
				extra := pad / gaps
				if i < pad%gaps {
					extra++
				}
				b.WriteString(strings.Repeat(" ", 1+extra))
			}
		}
		return b.String()
	}
	return line + strings.Repeat(" ", pad)
}

func box(title string, lines []string, width int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "+%s+\n", strings.Repeat("-", width+2))
	fmt.Fprintf(&b, "| %-*s |\n", width, title)
	fmt.Fprintf(&b, "+%s+\n", strings.Repeat("=", width+2))
	for _, l := range lines {
		fmt.Fprintf(&b, "| %s |\n", l)
	}
	fmt.Fprintf(&b, "+%s+\n", strings.Repeat("-", width+2))
	return b.String()
}

func main() {
	const width = 36
	wrapped := wrap(paragraph, width)
	names := map[Align]string{Left: "left", Right: "right", Center: "center", Justify: "justify"}
	for _, a := range []Align{Left, Justify, Center} {
		var out []string
		for i, ws := range wrapped {
			out = append(out, render(ws, width, a, i == len(wrapped)-1))
		}
		fmt.Print(box(names[a], out, width))
	}

	narrow := wrap("naïve café résumé façade über jalapeño", 12)
	for _, ws := range narrow {
		fmt.Printf("[%s]\n", render(ws, 12, Right, false))
	}
	fmt.Printf("words=%d runes=%d bytes=%d lines=%d\n", len(strings.Fields(paragraph)),
		utf8.RuneCountInString(paragraph), len(paragraph), len(wrapped))
	fmt.Printf("[%10.4s][%-10s][%*d]\n", "truncate me", "pad", 6, 42)
}
