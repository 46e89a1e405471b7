package main

import (
	"cmp"
	"fmt"
	"slices"
)

type interval struct {
	name       string
	start, end int
}

func (iv interval) String() string { return fmt.Sprintf("%s[%d,%d)", iv.name, iv.start, iv.end) }

func byEnd(a, b interval) int {
	return cmp.Or(cmp.Compare(a.end, b.end), cmp.Compare(a.start, b.start), cmp.Compare(a.name, b.name))
}

func selectActivities(acts []interval) []interval {
	sorted := slices.Clone(acts)
	slices.SortFunc(sorted, byEnd)
	var chosen []interval
	lastEnd := -1 << 31
	for _, a := range sorted {
		if a.start >= lastEnd {
			chosen = append(chosen, a)
			lastEnd = a.end
		}
	}
	return chosen
}

// assignRooms performs interval partitioning: greedy by start time, reuse the room that frees earliest.
func assignRooms(acts []interval) (int, map[string]int) {
	sorted := slices.Clone(acts)
	slices.SortFunc(sorted, func(a, b interval) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.name, b.name))
	})
	var roomFree []int
	room := map[string]int{}
	for _, a := range sorted {
		assigned := -1
		for r, free := range roomFree {
			if free <= a.start && (assigned == -1 || free < roomFree[assigned]) {
				assigned = r
			}
		}
		if assigned == -1 {
			roomFree = append(roomFree, 0)
			assigned = len(roomFree) - 1
		}
		roomFree[assigned] = a.end
		room[a.name] = assigned
	}
	return len(roomFree), room
}

func maxOverlap(acts []interval) int {
	type event struct{ t, delta int }
	var evs []event
	for _, a := range acts {
		evs = append(evs, event{a.start, 1}, event{a.end, -1})
	}
	slices.SortFunc(evs, func(a, b event) int {
		return cmp.Or(cmp.Compare(a.t, b.t), cmp.Compare(a.delta, b.delta))
	})
	cur, best := 0, 0
	for _, e := range evs {
		cur += e.delta
		best = max(best, cur)
	}
	return best
}

func main() {
	acts := []interval{
		{"a1", 1, 4}, {"a2", 3, 5}, {"a3", 0, 6}, {"a4", 5, 7}, {"a5", 3, 9}, {"a6", 5, 9},
		{"a7", 6, 10}, {"a8", 8, 11}, {"a9", 8, 12}, {"a10", 2, 14}, {"a11", 12, 16},
	}
	chosen := selectActivities(acts)
	fmt.Println("selected", len(chosen), "activities:")
	for _, c := range chosen {
		fmt.Println("  ", c)
	}
	fmt.Println("must remove", len(acts)-len(chosen), "to avoid overlap")

	rooms, assignment := assignRooms(acts)
	fmt.Println("rooms needed:", rooms, "max overlap:", maxOverlap(acts))
	names := make([]string, 0, len(assignment))
	for n := range assignment {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	})
	for r := range rooms {
		fmt.Printf("  room %d:", r)
		for _, n := range names {
			if assignment[n] == r {
				fmt.Print(" ", n)
			}
		}
		fmt.Println()
	}
}
