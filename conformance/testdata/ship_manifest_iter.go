package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Line struct {
	Order  int
	SKU    string
	Qty    int
	Region string
}

type Manifest struct {
	lines []Line
}

func (m *Manifest) All() iter.Seq2[int, Line] {
	return func(yield func(int, Line) bool) {
		for i, l := range m.lines {
			if !yield(i, l) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq2[int, T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	m := &Manifest{lines: []Line{
		{1001, "BOLT-M8", 200, "north"},
		{1001, "NUT-M8", 200, "north"},
		{1002, "PIPE-22", 12, "south"},
		{1003, "VALVE-1", 3, "east"},
		{1004, "BOLT-M8", 50, "south"},
		{1005, "WASHER", 1000, "north"},
		{1006, "PIPE-22", 40, "east"},
		{1007, "TAPE", 6, "west"},
	}}

	bulk := Filter(m.All(), func(l Line) bool { return l.Qty >= 40 })
	labels := Map(bulk, func(l Line) string { return fmt.Sprintf("#%d:%s", l.Order, l.SKU) })
	fmt.Println("first three bulk:", slices.Collect(Take(labels, 3)))

	byRegion := map[string]int{}
	for _, l := range m.All() {
		byRegion[l.Region] += l.Qty
	}
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		fmt.Printf("%-6s %5d\n", r, byRegion[r])
	}

	skus := slices.Collect(Map(Filter(m.All(), func(Line) bool { return true }),
		func(l Line) string { return l.SKU }))
	slices.Sort(skus)
	skus = slices.Compact(skus)
	fmt.Println("distinct skus:", strings.Join(skus, ","))

	for i, l := range m.All() {
		if l.Region == "east" {
			fmt.Printf("first east line at index %d: %+v\n", i, l)
			break
		}
	}
}
