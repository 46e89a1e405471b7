package main

import (
	"fmt"
	"strings"
)

type Rule uint8

// Next applies the elementary cellular automaton rule to one row,
// treating cells beyond the edges as dead.
func (r Rule) Next(row []bool) []bool {
	out := make([]bool, len(row))
	for i := range row {
		var pattern uint8
		if i > 0 && row[i-1] {
			pattern |= 4
		}
		if row[i] {
			pattern |= 2
		}
		if i < len(row)-1 && row[i+1] {
			pattern |= 1
		}
		out[i] = r&(1<<pattern) != 0
	}
	return out
}

func render(row []bool) string {
	var sb strings.Builder
	for _, c := range row {
		if c {
			sb.WriteRune('█')
		} else {
			sb.WriteRune(' ')
		}
	}
	return strings.TrimRight(sb.String(), " ")
}

func run(r Rule, width, steps int) (lines []string, centre []bool) {
	row := make([]bool, width)
	row[width/2] = true
	for range steps {
		lines = append(lines, render(row))
		centre = append(centre, row[width/2])
		row = r.Next(row)
	}
	return lines, centre
}

func main() {
	for _, r := range []Rule{30, 90} {
		fmt.Printf("rule %d = %08b\n", r, uint8(r))
		lines, _ := run(r, 33, 12)
		for _, l := range lines {
			fmt.Println("|" + l)
		}
	}

	// The centre column of rule 30 looks random; pack its bits into a number.
	_, centre := run(30, 201, 64)
	var packed uint64
	ones := 0
	for _, bit := range centre {
		packed <<= 1
		if bit {
			packed |= 1
			ones++
		}
	}
	fmt.Printf("rule 30 centre column: %016x (%d ones in 64)\n", packed, ones)

	// Count live cells after 16 steps for a few rules.
	for _, r := range []Rule{18, 30, 54, 90, 110, 150} {
		row := make([]bool, 65)
		row[32] = true
		for range 16 {
			row = r.Next(row)
		}
		live := 0
		for _, c := range row {
			if c {
				live++
			}
		}
		fmt.Printf("rule %3d: %2d live cells after 16 steps\n", r, live)
	}
}
