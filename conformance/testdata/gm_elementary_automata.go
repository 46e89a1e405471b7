package main

import (
	"fmt"
	"strings"
)

type Rule uint8

func (r Rule) Apply(left, center, right bool) bool {
	idx := 0
	for _, b := range []bool{left, center, right} {
		idx <<= 1
		if b {
			idx |= 1
		}
	}
	return r&(1<<idx) != 0
}

func (r Rule) Table() string {
	parts := make([]string, 0, 8)
	for idx := 7; idx >= 0; idx-- {
		out := 0
		if r&(1<<idx) != 0 {
			out = 1
		}
		parts = append(parts, fmt.Sprintf("%03b->%d", idx, out))
	}
	return strings.Join(parts, " ")
}

type Row []bool

func (row Row) Next(r Rule) Row {
	next := make(Row, len(row))
	at := func(i int) bool { return i >= 0 && i < len(row) && row[i] }
	for i := range row {
		next[i] = r.Apply(at(i-1), at(i), at(i+1))
	}
	return next
}

func (row Row) String() string {
	b := make([]byte, len(row))
	for i, on := range row {
		b[i] = " #"[map[bool]int{false: 0, true: 1}[on]]
	}
	return strings.TrimRight(string(b), " ")
}

func (row Row) Count() int {
	n := 0
	for _, on := range row {
		if on {
			n++
		}
	}
	return n
}

func seed(width int) Row {
	row := make(Row, width)
	row[width/2] = true
	return row
}

func main() {
	const width = 31
	for _, rule := range []Rule{90, 30} {
		fmt.Printf("rule %d (%08b)\n", rule, uint8(rule))
		row := seed(width)
		for range 12 {
			fmt.Printf("|%-*s|\n", width, row)
			row = row.Next(rule)
		}
	}

	fmt.Println("rule 110 table:", Rule(110).Table())
	for _, rule := range []Rule{30, 45, 73, 110, 150, 184} {
		row := seed(63)
		counts := []int{}
		for gen := range 25 {
			if gen%6 == 0 {
				counts = append(counts, row.Count())
			}
			row = row.Next(rule)
		}
		fmt.Printf("rule %3d live cells at gens 0,6,12,18,24: %v\n", rule, counts)
	}
}
