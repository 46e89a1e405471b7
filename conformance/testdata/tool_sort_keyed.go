// Command tool_sort_keyed implements a small subset of "sort -k" over
// whitespace separated records: multiple keys, numeric and reverse flags.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Key describes one sort key, like -k3,3nr.
type Key struct {
	Field   int // 1-based
	Numeric bool
	Reverse bool
}

func (k Key) String() string {
	s := fmt.Sprintf("-k%d,%d", k.Field, k.Field)
	if k.Numeric {
		s += "n"
	}
	if k.Reverse {
		s += "r"
	}
	return s
}

type Record []string

func (r Record) field(i int) string {
	if i-1 < len(r) {
		return r[i-1]
	}
	return ""
}

func compareBy(keys []Key) func(a, b Record) int {
	return func(a, b Record) int {
		for _, k := range keys {
			x, y := a.field(k.Field), b.field(k.Field)
			var c int
			if k.Numeric {
				fx, _ := strconv.ParseFloat(x, 64)
				fy, _ := strconv.ParseFloat(y, 64)
				c = cmp.Compare(fx, fy)
			} else {
				c = strings.Compare(x, y)
			}
			if k.Reverse {
				c = -c
			}
			if c != 0 {
				return c
			}
		}
		return 0
	}
}

const data = `alice   sales     52000  3
bob     dev       71000  5
carol   dev       71000  2
dave    ops       48000  7
erin    sales     61000  1
frank   dev       9500   9
grace   ops       48000  4
`

func parse(s string) []Record {
	var recs []Record
	for line := range strings.Lines(s) {
		if f := strings.Fields(line); len(f) > 0 {
			recs = append(recs, Record(f))
		}
	}
	return recs
}

func main() {
	recs := parse(data)
	plans := [][]Key{
		{{Field: 1}},
		{{Field: 3}},
		{{Field: 3, Numeric: true}},
		{{Field: 2}, {Field: 3, Numeric: true, Reverse: true}, {Field: 1}},
		{{Field: 4, Numeric: true, Reverse: true}},
	}
	for _, keys := range plans {
		sorted := slices.Clone(recs)
		slices.SortStableFunc(sorted, compareBy(keys))
		fmt.Printf("sort %v\n", keys)
		for _, r := range sorted {
			fmt.Printf("  %-6s %-6s %6s %s\n", r[0], r[1], r[2], r[3])
		}
	}
}
