// Command tool_uniq_lines imitates "sort | uniq" with its -c, -d, -u and -i modes.
package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

// Mode selects which groups of adjacent equal lines are printed.
type Mode int

const (
	All Mode = iota
	OnlyDuplicates
	OnlyUnique
)

func (m Mode) String() string {
	switch m {
	case All:
		return "all"
	case OnlyDuplicates:
		return "duplicates(-d)"
	case OnlyUnique:
		return "unique(-u)"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// Options mirrors a handful of uniq flags.
type Options struct {
	Mode       Mode
	Count      bool
	IgnoreCase bool
}

type group struct {
	line string
	n    int
}

const input = `apple
banana
Apple
cherry
banana
apple
date
cherry
banana
Elderberry
fig
`

func readLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func uniq(lines []string, opt Options) []group {
	key := func(s string) string {
		if opt.IgnoreCase {
			return strings.ToLower(s)
		}
		return s
	}
	var groups []group
	for _, l := range lines {
		if n := len(groups); n > 0 && key(groups[n-1].line) == key(l) {
			groups[n-1].n++
			continue
		}
		groups = append(groups, group{l, 1})
	}
	return slices.DeleteFunc(groups, func(g group) bool {
		switch opt.Mode {
		case OnlyDuplicates:
			return g.n < 2
		case OnlyUnique:
			return g.n > 1
		}
		return false
	})
}

func main() {
	lines := readLines(input)
	sorted := slices.Clone(lines)
	slices.SortFunc(sorted, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	runs := []Options{
		{Mode: All},
		{Mode: All, Count: true},
		{Mode: All, Count: true, IgnoreCase: true},
		{Mode: OnlyDuplicates, Count: true, IgnoreCase: true},
		{Mode: OnlyUnique},
	}
	for _, opt := range runs {
		fmt.Printf("== %+v (mode=%v)\n", opt, opt.Mode)
		for _, g := range uniq(sorted, opt) {
			if opt.Count {
				fmt.Printf("%7d %s\n", g.n, g.line)
			} else {
				fmt.Println(g.line)
			}
		}
	}
}
