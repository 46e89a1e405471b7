package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Task struct {
	Room     int
	Kind     string
	Duration time.Duration
	Priority int
}

type Housekeeper struct {
	Name  string
	Tasks []Task
}

func (h *Housekeeper) Load() time.Duration {
	var total time.Duration
	for _, t := range h.Tasks {
		total += t.Duration
	}
	return total
}

func estimate(kind string) time.Duration {
	switch kind {
	case "checkout":
		return 45 * time.Minute
	case "stayover":
		return 20 * time.Minute
	case "deep":
		return 2*time.Hour + 15*time.Minute
	case "turndown":
		return 7*time.Minute + 30*time.Second
	}
	return 10 * time.Minute
}

func main() {
	raw := []struct {
		room int
		kind string
		prio int
	}{
		{101, "checkout", 1}, {102, "stayover", 3}, {205, "deep", 2},
		{207, "checkout", 1}, {301, "turndown", 4}, {302, "stayover", 3},
		{303, "checkout", 2}, {410, "inspection", 5},
	}

	tasks := make([]Task, 0, len(raw))
	for _, r := range raw {
		tasks = append(tasks, Task{r.room, r.kind, estimate(r.kind), r.prio})
	}

	// Highest priority first (lower number), then longest job first.
	slices.SortFunc(tasks, func(a, b Task) int {
		return cmp.Or(
			cmp.Compare(a.Priority, b.Priority),
			cmp.Compare(b.Duration, a.Duration),
			cmp.Compare(a.Room, b.Room),
		)
	})

	staff := []*Housekeeper{{Name: "Ines"}, {Name: "Omar"}, {Name: "Yuki"}}
	// Greedy: give each task to the housekeeper with the least work so far.
	for _, t := range tasks {
		least := slices.MinFunc(staff, func(a, b *Housekeeper) int {
			return cmp.Or(cmp.Compare(a.Load(), b.Load()), cmp.Compare(a.Name, b.Name))
		})
		least.Tasks = append(least.Tasks, t)
	}

	shift := 8 * time.Hour
	for _, h := range staff {
		fmt.Printf("%s (load %v, spare %v)\n", h.Name, h.Load(), shift-h.Load())
		for _, t := range h.Tasks {
			fmt.Printf("   room %d  %-10s %8v  p%d\n", t.Room, t.Kind, t.Duration, t.Priority)
		}
	}

	var total time.Duration
	for _, t := range tasks {
		total += t.Duration
	}
	fmt.Println("total work:", total)
	fmt.Printf("in minutes: %.1f, in hours: %.2f\n", total.Minutes(), total.Hours())
	fmt.Println("rounded to 15m:", total.Round(15*time.Minute), "truncated to 1h:", total.Truncate(time.Hour))
}
