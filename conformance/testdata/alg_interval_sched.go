package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct {
	Name       string
	Start, End int
}

func (iv Interval) String() string { return fmt.Sprintf("%s[%d,%d)", iv.Name, iv.Start, iv.End) }

func validate(ivs []Interval) error {
	for _, iv := range ivs {
		if iv.End <= iv.Start {
			return fmt.Errorf("interval %s: end %d not after start %d", iv.Name, iv.End, iv.Start)
		}
	}
	return nil
}

// maxNonOverlapping is the earliest-finish-time greedy.
func maxNonOverlapping(ivs []Interval) []Interval {
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.End, b.End), cmp.Compare(a.Start, b.Start), cmp.Compare(a.Name, b.Name))
	})
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

// minRooms is interval partitioning: assign each interval to a room.
func minRooms(ivs []Interval) map[string]int {
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Name, b.Name))
	})
	var roomFree []int
	assign := map[string]int{}
	for _, iv := range s {
		room := -1
		for r, free := range roomFree {
			if free <= iv.Start {
				room = r
				break
			}
		}
		if room < 0 {
			room = len(roomFree)
			roomFree = append(roomFree, 0)
		}
		roomFree[room] = iv.End
		assign[iv.Name] = room
	}
	return assign
}

func main() {
	ivs := []Interval{
		{"a", 1, 4}, {"b", 3, 5}, {"c", 0, 6}, {"d", 5, 7}, {"e", 3, 9},
		{"f", 5, 9}, {"g", 6, 10}, {"h", 8, 11}, {"i", 8, 12}, {"j", 2, 14}, {"k", 12, 16},
	}
	if err := validate(ivs); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("selected:", maxNonOverlapping(ivs))
	rooms := minRooms(ivs)
	names := make([]string, 0, len(rooms))
	for n := range rooms {
		names = append(names, n)
	}
	slices.Sort(names)
	maxRoom := 0
	for _, n := range names {
		fmt.Printf("%s->room %d ", n, rooms[n])
		maxRoom = max(maxRoom, rooms[n])
	}
	fmt.Println("\nrooms needed:", maxRoom+1)
	fmt.Println("validate:", validate([]Interval{{"ok", 1, 2}, {"bad", 5, 5}}))
}
