package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Interval struct {
	Name       string
	Start, End int // half-open [Start, End)
}

func (iv Interval) String() string { return fmt.Sprintf("%s[%d,%d)", iv.Name, iv.Start, iv.End) }

func (iv Interval) Overlaps(o Interval) bool { return iv.Start < o.End && o.Start < iv.End }

// MaxNonOverlapping is the greedy earliest-finish algorithm.
func MaxNonOverlapping(ivs []Interval) []Interval {
	s := slices.Clone(ivs)
	slices.SortStableFunc(s, func(a, b Interval) int { return cmp.Compare(a.End, b.End) })
	var chosen []Interval
	lastEnd := -1 << 31
	for _, iv := range s {
		if iv.Start >= lastEnd {
			chosen = append(chosen, iv)
			lastEnd = iv.End
		}
	}
	return chosen
}

// Merge combines overlapping or touching intervals.
func Merge(ivs []Interval) []Interval {
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Name, b.Name))
	})
	var out []Interval
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, iv.End)
			out[n-1].Name += "+" + iv.Name
			continue
		}
		out = append(out, iv)
	}
	return out
}

// RoomsNeeded assigns each interval to the lowest free room (interval partitioning).
func RoomsNeeded(ivs []Interval) (int, map[string]int) {
	s := slices.Clone(ivs)
	slices.SortStableFunc(s, func(a, b Interval) int { return cmp.Compare(a.Start, b.Start) })
	var roomFree []int // time each room becomes free
	assign := map[string]int{}
	for _, iv := range s {
		room := slices.IndexFunc(roomFree, func(t int) bool { return t <= iv.Start })
		if room < 0 {
			roomFree = append(roomFree, 0)
			room = len(roomFree) - 1
		}
		roomFree[room] = iv.End
		assign[iv.Name] = room
	}
	return len(roomFree), assign
}

func main() {
	meetings := []Interval{
		{"A", 1, 4}, {"B", 3, 5}, {"C", 0, 6}, {"D", 5, 7}, {"E", 3, 9},
		{"F", 5, 9}, {"G", 6, 10}, {"H", 8, 11}, {"I", 8, 12}, {"J", 2, 14}, {"K", 12, 16},
	}
	fmt.Println("input:", meetings)
	chosen := MaxNonOverlapping(meetings)
	fmt.Printf("max non-overlapping (%d): %v\n", len(chosen), chosen)

	fmt.Println("merged:", Merge(meetings))
	fmt.Println("merged small:", Merge([]Interval{{"x", 1, 3}, {"y", 8, 10}, {"z", 2, 6}, {"w", 15, 18}, {"v", 10, 11}}))

	rooms, assign := RoomsNeeded(meetings)
	fmt.Printf("rooms needed: %d\n", rooms)
	names := make([]string, 0, len(assign))
	for n := range assign {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		idx := slices.IndexFunc(meetings, func(iv Interval) bool { return iv.Name == n })
		iv := meetings[idx]
		bar := strings.Repeat(" ", iv.Start) + strings.Repeat("=", iv.End-iv.Start)
		fmt.Printf("  %-2s room %d |%-16s|\n", n, assign[n], bar)
	}

	conflicts := 0
	for i := range meetings {
		for j := i + 1; j < len(meetings); j++ {
			if meetings[i].Overlaps(meetings[j]) {
				conflicts++
			}
		}
	}
	fmt.Printf("overlapping pairs: %d of %d\n", conflicts, len(meetings)*(len(meetings)-1)/2)
}
