package main

import (
	"fmt"
	"strings"
)

type Rule uint8

func (r Rule) Next(left, center, right bool) bool {
	idx := 0
	for _, b := range []bool{left, center, right} {
		idx <<= 1
		if b {
			idx |= 1
		}
	}
	return r&(1<<idx) != 0
}

func (r Rule) String() string { return fmt.Sprintf("Rule %d (%08b)", uint8(r), uint8(r)) }

type Row []bool

func (row Row) Step(r Rule) Row {
	out := make(Row, len(row))
	n := len(row)
	for i := range row {
		l := i > 0 && row[i-1]
		c := row[i]
		rt := i < n-1 && row[i+1]
		out[i] = r.Next(l, c, rt)
	}
	return out
}

func (row Row) String() string {
	var sb strings.Builder
	for _, b := range row {
		if b {
			sb.WriteRune('█')
		} else {
			sb.WriteRune(' ')
		}
	}
	return sb.String()
}

func (row Row) Count() int {
	n := 0
	for _, b := range row {
		if b {
			n++
		}
	}
	return n
}

func run(r Rule, width, steps int) []bool {
	row := make(Row, width)
	row[width/2] = true
	fmt.Println(r)
	var centre []bool
	for i := 0; i < steps; i++ {
		fmt.Printf("%2d |%v| %d\n", i, row, row.Count())
		centre = append(centre, row[width/2])
		row = row.Step(r)
	}
	return centre
}

func main() {
	centre := run(30, 31, 16)
	bits := make([]byte, len(centre))
	for i, b := range centre {
		bits[i] = '0'
		if b {
			bits[i] = '1'
		}
	}
	fmt.Printf("rule 30 centre column: %s\n", bits)
	run(90, 17, 8)
}
