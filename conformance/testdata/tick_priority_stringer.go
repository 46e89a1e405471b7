package main

import (
	"fmt"
	"sort"
)

// Priority describes how urgent a ticket is.
type Priority int

const (
	Low Priority = iota
	Medium
	High
	Critical
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	case Critical:
		return "critical"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Ticket struct {
	ID       int
	Title    string
	Priority Priority
}

func (t Ticket) String() string {
	return fmt.Sprintf("#%03d [%-8s] %s", t.ID, t.Priority, t.Title)
}

type byPriority []Ticket

func (b byPriority) Len() int      { return len(b) }
func (b byPriority) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byPriority) Less(i, j int) bool {
	if b[i].Priority != b[j].Priority {
		return b[i].Priority > b[j].Priority
	}
	return b[i].ID < b[j].ID
}

func main() {
	tickets := []Ticket{
		{1, "Login page is slow", Medium},
		{2, "Typo in footer", Low},
		{3, "Payments failing", Critical},
		{4, "Export to CSV", Medium},
		{5, "Crash on upload", High},
		{6, "Dark mode request", Low},
	}

	sort.Sort(byPriority(tickets))
	fmt.Println("Backlog by priority:")
	for _, t := range tickets {
		fmt.Println(" ", t)
	}

	counts := make(map[Priority]int)
	for _, t := range tickets {
		counts[t.Priority]++
	}
	fmt.Println("Counts:")
	for p := Critical; p >= Low; p-- {
		fmt.Printf("  %-8v %d\n", p, counts[p])
	}

	unknown := Priority(9)
	fmt.Printf("unknown: %v, raw: %d\n", unknown, unknown)
	fmt.Printf("%%s of High: %s, %%q: %q\n", High, High)
}
