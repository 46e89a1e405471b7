package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

const input = `5-8
0-2
4-7
15-20
12-13
21-22
30-41
35-38
9-9
44-44`

const maxAddr = 49

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d..%d]", iv.Lo, iv.Hi) }

func (iv Interval) Len() int { return iv.Hi - iv.Lo + 1 }

func Merge(ivs []Interval) []Interval {
	sorted := slices.Clone(ivs)
	slices.SortFunc(sorted, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Lo, b.Lo), cmp.Compare(a.Hi, b.Hi))
	})
	var out []Interval
	for _, iv := range sorted {
		if n := len(out); n > 0 && iv.Lo <= out[n-1].Hi+1 {
			out[n-1].Hi = max(out[n-1].Hi, iv.Hi)
			continue
		}
		out = append(out, iv)
	}
	return out
}

func main() {
	var blocked []Interval
	for _, line := range strings.Fields(input) {
		var iv Interval
		if _, err := fmt.Sscanf(line, "%d-%d", &iv.Lo, &iv.Hi); err != nil {
			panic(err)
		}
		blocked = append(blocked, iv)
	}
	merged := Merge(blocked)
	fmt.Println("merged:", merged)

	lowest := 0
	for _, iv := range merged {
		if lowest < iv.Lo {
			break
		}
		lowest = max(lowest, iv.Hi+1)
	}
	fmt.Println("part 1:", lowest)

	blockedCount := 0
	for _, iv := range merged {
		blockedCount += iv.Len()
	}
	var gaps []Interval
	prev := -1
	for _, iv := range merged {
		if iv.Lo > prev+1 {
			gaps = append(gaps, Interval{prev + 1, iv.Lo - 1})
		}
		prev = iv.Hi
	}
	if prev < maxAddr {
		gaps = append(gaps, Interval{prev + 1, maxAddr})
	}
	fmt.Println("gaps:", gaps)
	fmt.Println("part 2:", maxAddr+1-blockedCount)
}
