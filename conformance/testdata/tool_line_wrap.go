// Command tool_line_wrap is a "fmt"/"fold"-style paragraph formatter: it
// wraps words to a width, optionally justifies, and centers titles.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Formatter is anything that turns a paragraph into lines.
type Formatter interface {
	Format(text string) []string
}

// Wrapper does greedy word wrapping.
type Wrapper struct {
	Width int
}

// LineWidth is promoted to any type that embeds Wrapper.
func (w Wrapper) LineWidth() int { return w.Width }

func (w Wrapper) Format(text string) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		if len(cur) > 0 && curLen+1+n > w.Width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, word)
		curLen += n
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

// Justifier embeds Wrapper and pads every line but the last to full width.
type Justifier struct {
	Wrapper
}

func (j Justifier) Format(text string) []string {
	lines := j.Wrapper.Format(text)
	for i, line := range lines[:len(lines)-1] {
		words := strings.Fields(line)
		if len(words) < 2 {
			continue
		}
		gaps := len(words) - 1
		spaces := j.Width - utf8.RuneCountInString(strings.Join(words, ""))
		var b strings.Builder
		for k, w := range words {
			b.WriteString(w)
			if k < gaps {
				n := spaces / gaps
				if k < spaces%gaps {
					n++
				}
				b.WriteString(strings.Repeat(" ", n))
			}
		}
		lines[i] = b.String()
	}
	return lines
}

func center(s string, width int) string {
	pad := width - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s
}

const para = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Its concurrency mechanisms make it easy to write
programs that get the most out of multicore and networked machines.`

func main() {
	formatters := []struct {
		name string
		f    Formatter
	}{
		{"wrap 40", Wrapper{Width: 40}},
		{"justify 40", Justifier{Wrapper{Width: 40}}},
		{"wrap 24", Wrapper{24}},
	}
	for _, fm := range formatters {
		width := 80
		if w, ok := fm.f.(interface{ LineWidth() int }); ok {
			width = w.LineWidth()
		}
		fmt.Println(center("["+fm.name+"]", width))
		fmt.Println("+" + strings.Repeat("-", width) + "+")
		for _, l := range fm.f.Format(para) {
			fmt.Printf("|%-*s|\n", width, l)
		}
		fmt.Println("+" + strings.Repeat("-", width) + "+")
	}
	fmt.Printf("%T embeds %T: width=%d\n", Justifier{}, Wrapper{}, Justifier{Wrapper{7}}.Width)
}
