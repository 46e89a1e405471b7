package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Ticket struct {
	ID       int
	Assignee string
	Points   int
	Open     bool
}

func groupByAssignee(ts []Ticket) map[string][]Ticket {
	out := make(map[string][]Ticket)
	for _, t := range ts {
		name := t.Assignee
		if name == "" {
			name = "(unassigned)"
		}
		out[name] = append(out[name], t)
	}
	return out
}

func main() {
	tickets := []Ticket{
		{101, "alice", 3, true},
		{102, "bob", 5, true},
		{103, "", 2, true},
		{104, "alice", 8, false},
		{105, "carol", 1, true},
		{106, "bob", 2, false},
		{107, "alice", 5, true},
		{108, "", 3, true},
	}

	groups := groupByAssignee(tickets)
	names := slices.Sorted(maps.Keys(groups))

	fmt.Printf("%-14s %5s %6s %s\n", "assignee", "open", "points", "ids")
	fmt.Println(strings.Repeat("-", 40))
	for _, name := range names {
		open, points := 0, 0
		var ids []string
		for _, t := range groups[name] {
			if t.Open {
				open++
				points += t.Points
			}
			ids = append(ids, fmt.Sprint(t.ID))
		}
		fmt.Printf("%-14s %5d %6d %s\n", name, open, points, strings.Join(ids, ","))
	}

	// Find the busiest assignee by open points, ties broken by name.
	load := make(map[string]int)
	for _, t := range tickets {
		if t.Open && t.Assignee != "" {
			load[t.Assignee] += t.Points
		}
	}
	people := slices.Collect(maps.Keys(load))
	slices.SortFunc(people, func(a, b string) int {
		if load[a] != load[b] {
			return load[b] - load[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println("Load ranking:")
	for i, p := range people {
		fmt.Printf("  %d. %s (%d pts)\n", i+1, p, load[p])
	}

	delete(groups, "(unassigned)")
	fmt.Println("assignees with tickets:", len(groups))
}
