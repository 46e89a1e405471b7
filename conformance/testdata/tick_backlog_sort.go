package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Ticket struct {
	ID       int
	Priority int // 1 = highest
	Assignee string
	Title    string
	Votes    int
}

func byPriorityThenVotes(a, b Ticket) int {
	return cmp.Or(
		cmp.Compare(a.Priority, b.Priority),
		cmp.Compare(b.Votes, a.Votes),
		cmp.Compare(a.ID, b.ID),
	)
}

func printAll(title string, ts []Ticket) {
	fmt.Println(title)
	for _, t := range ts {
		fmt.Printf("  #%-3d P%d %-6s %2d votes  %s\n", t.ID, t.Priority, t.Assignee, t.Votes, t.Title)
	}
}

func main() {
	backlog := []Ticket{
		{7, 2, "lena", "Seat map zoom", 12},
		{3, 1, "omar", "Refund API 500", 4},
		{9, 3, "lena", "Add ICS export", 30},
		{1, 2, "pia", "Slow checkout", 12},
		{5, 1, "pia", "Double charge", 9},
		{4, 3, "omar", "Rename venue", 2},
		{8, 2, "", "Sales report CSV", 7},
	}

	sorted := slices.Clone(backlog)
	slices.SortFunc(sorted, byPriorityThenVotes)
	printAll("Triage order:", sorted)

	byOwner := slices.Clone(backlog)
	slices.SortStableFunc(byOwner, func(a, b Ticket) int {
		return strings.Compare(a.Assignee, b.Assignee)
	})
	printAll("Stable by assignee (original order kept within owner):", byOwner)

	ids := make([]int, len(backlog))
	for i, t := range backlog {
		ids[i] = t.ID
	}
	slices.Sort(ids)
	fmt.Println("sorted ids:", ids)
	for _, want := range []int{5, 6} {
		pos, found := slices.BinarySearch(ids, want)
		fmt.Printf("search %d: pos=%d found=%v\n", want, pos, found)
	}

	top := slices.MaxFunc(backlog, func(a, b Ticket) int { return cmp.Compare(a.Votes, b.Votes) })
	fmt.Println("most voted:", top.Title)
	i := slices.IndexFunc(sorted, func(t Ticket) bool { return t.Assignee == "" })
	fmt.Println("first unassigned in triage order at index", i)

	sorted = slices.DeleteFunc(sorted, func(t Ticket) bool { return t.Priority == 3 })
	fmt.Println("after dropping P3:", len(sorted), "tickets")
	chunks := 0
	for c := range slices.Chunk(sorted, 2) {
		chunks++
		fmt.Printf("sprint %d: %v\n", chunks, titles(c))
	}
	fmt.Println("is sorted:", slices.IsSortedFunc(sorted, byPriorityThenVotes))
}

func titles(ts []Ticket) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Title)
	}
	return out
}
