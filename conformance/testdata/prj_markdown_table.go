package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Center
	Right
)

func (a Align) String() string { return [...]string{"left", "center", "right"}[a] }

func (a Align) rule(w int) string {
	switch a {
	case Center:
		return ":" + strings.Repeat("-", w-2) + ":"
	case Right:
		return strings.Repeat("-", w-1) + ":"
	}
	return strings.Repeat("-", w)
}

func (a Align) pad(s string, w int) string {
	gap := w - utf8.RuneCountInString(s)
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		l := gap / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", gap-l)
	}
	return s + strings.Repeat(" ", gap)
}

type Column struct {
	Title string
	Align Align
}

type Table struct {
	Cols []Column
	Rows [][]string
}

type Row interface{ Cells() []string }

func (t *Table) Append(rows ...Row) {
	for _, r := range rows {
		t.Rows = append(t.Rows, r.Cells())
	}
}

func (t *Table) String() string {
	widths := make([]int, len(t.Cols))
	for i, c := range t.Cols {
		widths[i] = max(3, utf8.RuneCountInString(c.Title))
	}
	for _, r := range t.Rows {
		for i := range widths {
			if i < len(r) {
				widths[i] = max(widths[i], utf8.RuneCountInString(strings.ReplaceAll(r[i], "|", `\|`)))
			}
		}
	}
	var b strings.Builder
	line := func(cells []string, f func(i int, s string) string) {
		b.WriteString("|")
		for i := range widths {
			s := ""
			if i < len(cells) {
				s = cells[i]
			}
			b.WriteString(" " + f(i, s) + " |")
		}
		b.WriteString("\n")
	}
	titles := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		titles[i] = c.Title
	}
	line(titles, func(i int, s string) string { return t.Cols[i].Align.pad(s, widths[i]) })
	line(nil, func(i int, _ string) string { return t.Cols[i].Align.rule(widths[i]) })
	for _, r := range t.Rows {
		line(r, func(i int, s string) string {
			return t.Cols[i].Align.pad(strings.ReplaceAll(s, "|", `\|`), widths[i])
		})
	}
	return b.String()
}

type Language struct {
	Name  string
	Year  int
	Typed bool
	Note  string
}

func (l Language) Cells() []string {
	return []string{l.Name, fmt.Sprint(l.Year), fmt.Sprintf("%t", l.Typed), l.Note}
}

type Pair [2]string

func (p Pair) Cells() []string { return p[:] }

func main() {
	t := &Table{Cols: []Column{{"Language", Left}, {"Year", Right}, {"Static", Center}, {"Notes", Left}}}
	t.Append(
		Language{"Go", 2009, true, "goroutines | channels"},
		Language{"Python", 1991, false, "batteries"},
		Language{"Zig", 2016, true, ""},
		Language{"Élixir", 2012, false, "BEAM ⚡"},
	)
	fmt.Print(t)
	fmt.Println()
	kv := &Table{Cols: []Column{{"k", Right}, {"value", Center}}}
	kv.Append(Pair{"a", "1"}, Pair{"long key", "x"}, Pair{"", "empty key"})
	fmt.Print(kv)
	fmt.Printf("aligns: %v %v %v\n", Left, Center, Right)
}
