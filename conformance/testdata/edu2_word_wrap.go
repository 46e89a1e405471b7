// Week 2 assignment: greedy word wrapping and text justification.
package main

import (
	"fmt"
	"strings"
)

// wrap splits text into lines no longer than width (greedy).
func wrap(text string, width int) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	var lines []string
	current := words[0]
	for _, w := range words[1:] {
		if len(current)+1+len(w) <= width {
			current += " " + w
			continue
		}
		lines = append(lines, current)
		current = w
	}
	lines = append(lines, current)
	return lines
}

// justify pads the gaps of a line so it reaches exactly width.
func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) == 1 {
		return fmt.Sprintf("%-*s", width, line)
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
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

func main() {
	text := `Go is an open source programming language that makes it simple
to build secure, scalable systems. Students in this course write
small programs every week to practice the basics.`

	for _, width := range []int{30, 45} {
		lines := wrap(text, width)
		border := "+" + strings.Repeat("-", width) + "+"
		fmt.Printf("width=%d lines=%d\n", width, len(lines))
		fmt.Println(border)
		for i, l := range lines {
			if i == len(lines)-1 {
				fmt.Printf("|%-*s|\n", width, l)
			} else {
				fmt.Printf("|%s|\n", justify(l, width))
			}
		}
		fmt.Println(border)
	}

	// Edge case: empty text produces no lines.
	fmt.Printf("empty input -> %d lines, %v\n", len(wrap("   ", 10)), wrap("", 10) == nil)
}
