package main

import (
	"fmt"
	"strings"
)

type Align int

const (
	Left Align = iota
	Right
	Center
	Full
)

func (a Align) String() string {
	switch a {
	case Left:
		return "left"
	case Right:
		return "right"
	case Center:
		return "center"
	case Full:
		return "full"
	}
	return fmt.Sprintf("Align(%d)", int(a))
}

// splitLines groups words into lines of at most width bytes.
func splitLines(words []string, width int) [][]string {
	var out [][]string
	var line []string
	length := 0
	for _, w := range words {
		if len(line) > 0 && length+len(line)+len(w) > width {
			out = append(out, line)
			line, length = nil, 0
		}
		line = append(line, w)
		length += len(w)
	}
	if len(line) > 0 {
		out = append(out, line)
	}
	return out
}

func justifyLine(words []string, width int, a Align, last bool) string {
	plain := strings.Join(words, " ")
	gap := width - len(plain)
	switch {
	case a == Right:
		return strings.Repeat(" ", gap) + plain
	case a == Center:
		return strings.Repeat(" ", gap/2) + plain + strings.Repeat(" ", gap-gap/2)
	case a == Full && !last && len(words) > 1:
		letters := 0
		for _, w := range words {
			letters += len(w)
		}
		spaces := width - letters
		slots := len(words) - 1
		var b strings.Builder
		for i, w := range words {
			b.WriteString(w)
			if i < slots {
				n := spaces / slots
				if i < spaces%slots {
					n++
				}
				b.WriteString(strings.Repeat(" ", n))
			}
		}
		return b.String()
	}
	return plain + strings.Repeat(" ", gap)
}

func main() {
	text := `This is an example of text justification where every line
	must be exactly twenty characters wide and spaces are spread evenly.`
	words := strings.Fields(text)
	const width = 20
	lines := splitLines(words, width)
	for _, a := range []Align{Left, Right, Center, Full, Align(9)} {
		fmt.Printf("== %v ==\n", a)
		for i, l := range lines {
			fmt.Printf("|%s|\n", justifyLine(l, width, a, i == len(lines)-1))
		}
	}
	fmt.Printf("%q\n", justifyLine([]string{"a", "b", "c", "d"}, 10, Full, false))
}
