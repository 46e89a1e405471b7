package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Table struct {
	headers []string
	aligns  []Align
	rows    [][]string
}

func (t *Table) AddRow(cells ...string) error {
	if len(cells) != len(t.headers) {
		return fmt.Errorf("row %d: got %d cells, want %d", len(t.rows)+1, len(cells), len(t.headers))
	}
	t.rows = append(t.rows, cells)
	return nil
}

func pad(s string, width int, a Align) string {
	gap := width - utf8.RuneCountInString(s)
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
	default:
		return s + strings.Repeat(" ", gap)
	}
}

func (t *Table) String() string {
	widths := make([]int, len(t.headers))
	for _, row := range append([][]string{t.headers}, t.rows...) {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	sep := func(l, m, r string) {
		b.WriteString(l)
		for i, w := range widths {
			if i > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", w+2))
		}
		b.WriteString(r + "\n")
	}
	line := func(cells []string, header bool) {
		b.WriteString("│")
		for i, c := range cells {
			a := t.aligns[i]
			if header {
				a = Center
			}
			b.WriteString(" " + pad(c, widths[i], a) + " │")
		}
		b.WriteString("\n")
	}
	sep("┌", "┬", "┐")
	line(t.headers, true)
	sep("├", "┼", "┤")
	for _, r := range t.rows {
		line(r, false)
	}
	sep("└", "┴", "┘")
	return b.String()
}

func main() {
	t := &Table{
		headers: []string{"City", "Country", "Population", "Note"},
		aligns:  []Align{Left, Center, Right, Left},
	}
	data := [][]string{
		{"Tokyo", "Japan", "37,400,068", "largest metro"},
		{"São Paulo", "Brasil", "22,043,028", ""},
		{"Zürich", "Schweiz", "1,395,356", "umlaut ü"},
		{"Reykjavík", "Ísland", "131,136"},
		{"Cairo", "مصر", "20,900,604", "RTL name"},
	}
	for _, row := range data {
		if err := t.AddRow(row...); err != nil {
			fmt.Println("skip:", err)
		}
	}
	fmt.Print(t)
	fmt.Printf("%d rows, %d columns\n", len(t.rows), len(t.headers))
}
