package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }

func (iv Interval) Len() int { return iv.End - iv.Start }

func (iv Interval) Overlaps(o Interval) bool { return iv.Start < o.End && o.Start < iv.End }

func byStart(a, b Interval) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// Merge combines overlapping or touching intervals.
func Merge(ivs []Interval) []Interval {
	sorted := slices.SortedFunc(slices.Values(ivs), byStart)
	var out []Interval
	for _, iv := range sorted {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, iv.End)
			continue
		}
		out = append(out, iv)
	}
	return out
}

// Insert adds a new interval into a sorted, non-overlapping list.
func Insert(ivs []Interval, nw Interval) []Interval {
	var out []Interval
	i := 0
	for i < len(ivs) && ivs[i].End < nw.Start {
		out = append(out, ivs[i])
		i++
	}
	for i < len(ivs) && ivs[i].Start <= nw.End {
		nw.Start = min(nw.Start, ivs[i].Start)
		nw.End = max(nw.End, ivs[i].End)
		i++
	}
	out = append(out, nw)
	return append(out, ivs[i:]...)
}

// MinRooms counts the peak number of simultaneous meetings via a sweep line.
func MinRooms(meetings []Interval) int {
	type event struct{ t, delta int }
	var evs []event
	for _, m := range meetings {
		evs = append(evs, event{m.Start, +1}, event{m.End, -1})
	}
	slices.SortFunc(evs, func(a, b event) int {
		return cmp.Or(cmp.Compare(a.t, b.t), cmp.Compare(a.delta, b.delta))
	})
	cur, peak := 0, 0
	for _, e := range evs {
		cur += e.delta
		peak = max(peak, cur)
	}
	return peak
}

// Intersect returns the overlap of two sorted interval lists.
func Intersect(a, b []Interval) []Interval {
	var out []Interval
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := max(a[i].Start, b[j].Start), min(a[i].End, b[j].End)
		if lo < hi {
			out = append(out, Interval{lo, hi})
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return out
}

func totalCovered(ivs []Interval) int {
	sum := 0
	for _, iv := range Merge(ivs) {
		sum += iv.Len()
	}
	return sum
}

func main() {
	raw := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {6, 7}, {17, 20}}
	fmt.Println("raw:    ", raw)
	merged := Merge(raw)
	fmt.Println("merged: ", merged)
	fmt.Println("covered:", totalCovered(raw))
	for _, nw := range []Interval{{10, 16}, {0, 1}, {21, 22}} {
		fmt.Printf("insert %v -> %v\n", nw, Insert(merged, nw))
	}
	meetings := []Interval{{9, 10}, {9, 12}, {10, 11}, {11, 13}, {12, 14}, {9, 11}}
	fmt.Println("meetings:", meetings, "rooms needed:", MinRooms(meetings))

	alice := []Interval{{9, 11}, {13, 15}, {16, 18}}
	bob := []Interval{{10, 14}, {17, 19}}
	common := Intersect(alice, bob)
	fmt.Println("alice & bob free together:", common)
	for _, c := range common {
		fmt.Printf("  %v lasts %d hour(s)\n", c, c.Len())
	}
	fmt.Println("[1,5) overlaps [5,8):", Interval{1, 5}.Overlaps(Interval{5, 8}))
	fmt.Println("[1,6) overlaps [5,8):", Interval{1, 6}.Overlaps(Interval{5, 8}))
}
