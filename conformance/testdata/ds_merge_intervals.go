package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }

func (iv Interval) Overlaps(o Interval) bool { return iv.Start < o.End && o.Start < iv.End }

func Merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			last.End = max(last.End, iv.End)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func Insert(sorted []Interval, n Interval) []Interval {
	var out []Interval
	i := 0
	for ; i < len(sorted) && sorted[i].End < n.Start; i++ {
		out = append(out, sorted[i])
	}
	for ; i < len(sorted) && sorted[i].Start <= n.End; i++ {
		n.Start = min(n.Start, sorted[i].Start)
		n.End = max(n.End, sorted[i].End)
	}
	out = append(out, n)
	return append(out, sorted[i:]...)
}

func Gaps(merged []Interval, lo, hi int) []Interval {
	var gaps []Interval
	cur := lo
	for _, iv := range merged {
		if iv.Start > cur {
			gaps = append(gaps, Interval{cur, min(iv.Start, hi)})
		}
		cur = max(cur, iv.End)
	}
	if cur < hi {
		gaps = append(gaps, Interval{cur, hi})
	}
	return gaps
}

type endHeap []int

func (h endHeap) Len() int           { return len(h) }
func (h endHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h endHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *endHeap) Pop() any {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

// MinRooms returns how many meeting rooms are needed.
func MinRooms(meetings []Interval) int {
	s := slices.Clone(meetings)
	slices.SortFunc(s, func(a, b Interval) int { return a.Start - b.Start })
	h := &endHeap{}
	rooms := 0
	for _, m := range s {
		if h.Len() > 0 && (*h)[0] <= m.Start {
			heap.Pop(h)
		}
		heap.Push(h, m.End)
		rooms = max(rooms, h.Len())
	}
	return rooms
}

func main() {
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}, {12, 13}}
	merged := Merge(ivs)
	fmt.Println("input: ", ivs)
	fmt.Println("merged:", merged)
	fmt.Println("gaps in [0,22):", Gaps(merged, 0, 22))
	for _, n := range []Interval{{4, 9}, {11, 13}, {0, 25}, {21, 23}} {
		fmt.Printf("insert %-8v -> %v\n", n, Insert(merged, n))
	}
	a, b := Interval{1, 5}, Interval{5, 9}
	fmt.Printf("%v overlaps %v: %t; %v overlaps %v: %t\n", a, b, a.Overlaps(b), a, Interval{4, 6}, a.Overlaps(Interval{4, 6}))

	meetings := []Interval{{900, 1030}, {930, 1200}, {1000, 1100}, {1100, 1300}, {1200, 1230}, {1300, 1400}}
	fmt.Printf("meetings %v need %d rooms\n", meetings, MinRooms(meetings))
	fmt.Printf("%#v\n", Merge(nil))
	fmt.Printf("%+v\n", Merge([]Interval{{3, 4}})[0])
}
