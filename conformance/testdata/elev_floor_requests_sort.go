package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Up Direction = iota
	Down
)

func (d Direction) String() string {
	if d == Up {
		return "UP"
	}
	return "DOWN"
}

type Request struct {
	ID       int
	Floor    int
	Dir      Direction
	Priority int
}

func main() {
	requests := []Request{
		{1, 7, Down, 1},
		{2, 3, Up, 2},
		{3, 12, Down, 1},
		{4, 3, Down, 3},
		{5, 9, Up, 2},
		{6, 1, Up, 1},
		{7, 7, Up, 3},
	}

	// Sort by priority (high first), then floor, then ID.
	byPriority := slices.Clone(requests)
	slices.SortFunc(byPriority, func(a, b Request) int {
		return cmp.Or(
			cmp.Compare(b.Priority, a.Priority),
			cmp.Compare(a.Floor, b.Floor),
			cmp.Compare(a.ID, b.ID),
		)
	})
	fmt.Println("by priority:")
	for _, r := range byPriority {
		fmt.Printf("  #%d floor %2d %-4v prio %d\n", r.ID, r.Floor, r.Dir, r.Priority)
	}

	// Group requests per floor and print floors in order.
	perFloor := map[int][]int{}
	for _, r := range requests {
		perFloor[r.Floor] = append(perFloor[r.Floor], r.ID)
	}
	floors := make([]int, 0, len(perFloor))
	for f := range perFloor {
		floors = append(floors, f)
	}
	slices.Sort(floors)
	fmt.Println("per floor:")
	for _, f := range floors {
		ids := make([]string, len(perFloor[f]))
		for i, id := range perFloor[f] {
			ids[i] = fmt.Sprint(id)
		}
		fmt.Printf("  floor %2d: %s\n", f, strings.Join(ids, ","))
	}

	// Binary search for the first request at or above floor 8.
	sortedFloors := slices.Clone(floors)
	idx, found := slices.BinarySearch(sortedFloors, 8)
	fmt.Printf("search 8: index=%d found=%t next=%d\n", idx, found, sortedFloors[idx])

	upCount := 0
	for _, r := range requests {
		if r.Dir == Up {
			upCount++
		}
	}
	fmt.Printf("up=%d down=%d\n", upCount, len(requests)-upCount)
	highest := slices.MaxFunc(requests, func(a, b Request) int { return cmp.Compare(a.Floor, b.Floor) })
	fmt.Printf("highest request: %+v\n", highest)
}
