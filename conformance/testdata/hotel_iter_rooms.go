package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Room struct {
	Number int
	View   string
	Clean  bool
}

type Floor struct {
	Level int
	Rooms []Room
}

type Hotel struct {
	Floors []Floor
}

// AllRooms yields every room on every floor, in order.
func (h *Hotel) AllRooms() iter.Seq[Room] {
	return func(yield func(Room) bool) {
		for _, f := range h.Floors {
			for _, r := range f.Rooms {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// ByFloor yields floor level and room pairs.
func (h *Hotel) ByFloor() iter.Seq2[int, Room] {
	return func(yield func(int, Room) bool) {
		for _, f := range h.Floors {
			for _, r := range f.Rooms {
				if !yield(f.Level, r) {
					return
				}
			}
		}
	}
}

func Where[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	h := &Hotel{Floors: []Floor{
		{1, []Room{{101, "garden", true}, {102, "street", false}}},
		{2, []Room{{201, "sea", true}, {202, "sea", false}, {203, "street", true}}},
		{3, []Room{{301, "sea", true}, {302, "garden", true}}},
	}}

	fmt.Println("ready sea-view rooms:")
	for r := range Where(h.AllRooms(), func(r Room) bool { return r.Clean && r.View == "sea" }) {
		fmt.Printf("  %d\n", r.Number)
	}

	perFloor := map[int]int{}
	for level, r := range h.ByFloor() {
		if !r.Clean {
			perFloor[level]++
		}
	}
	for _, level := range slices.Sorted(maps.Keys(perFloor)) {
		fmt.Printf("floor %d needs %d room(s) cleaned\n", level, perFloor[level])
	}

	// Stop early: the first three rooms only.
	count := 0
	for r := range h.AllRooms() {
		if count == 3 {
			break
		}
		fmt.Println("walk-through:", r.Number)
		count++
	}

	views := slices.Collect(func(yield func(string) bool) {
		for r := range h.AllRooms() {
			if !yield(r.View) {
				return
			}
		}
	})
	slices.Sort(views)
	fmt.Println("distinct views:", strings.Join(slices.Compact(views), ", "))

	next, stop := iter.Pull(h.AllRooms())
	defer stop()
	first, _ := next()
	second, ok := next()
	fmt.Printf("pulled %d then %d (ok=%t)\n", first.Number, second.Number, ok)
}
