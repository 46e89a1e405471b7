package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Timer struct {
	Label string
	Wait  time.Duration
}

// Schedule works out, for a list of tasks that must all finish together,
// how long after the start each one should begin.
func Schedule(tasks []Timer) (time.Duration, map[string]time.Duration) {
	longest := time.Duration(0)
	for _, t := range tasks {
		longest = max(longest, t.Wait)
	}
	starts := make(map[string]time.Duration, len(tasks))
	for _, t := range tasks {
		starts[t.Label] = longest - t.Wait
	}
	return longest, starts
}

func clock(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	s := int(d.Seconds()) % 60
	return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
}

func main() {
	tasks := []Timer{
		{"roast chicken", 85 * time.Minute},
		{"roast potatoes", 55 * time.Minute},
		{"gravy", 12 * time.Minute},
		{"steam greens", 6*time.Minute + 30*time.Second},
		{"rest meat", 15 * time.Minute},
	}

	total, starts := Schedule(tasks)
	fmt.Println("everything ready after", total)

	slices.SortStableFunc(tasks, func(a, b Timer) int {
		return int(starts[a.Label] - starts[b.Label])
	})
	for _, t := range tasks {
		fmt.Printf("T+%s  start %-15s (%v)\n", clock(starts[t.Label]), t.Label, t.Wait)
	}

	d, err := time.ParseDuration("1h15m30s")
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	fmt.Println("parsed:", d, "=", d.Seconds(), "seconds")
	fmt.Println("rounded to 10m:", d.Round(10*time.Minute))
	fmt.Println("truncated to hour:", d.Truncate(time.Hour))

	if _, err := time.ParseDuration("20 minutes"); err != nil {
		fmt.Println("bad input:", err)
	}

	fmt.Println("tiny:", 350*time.Millisecond, 1500*time.Microsecond, 42*time.Nanosecond)
	bar := strings.Repeat("#", int(total/(5*time.Minute)))
	fmt.Printf("%-20s|\n", bar)
	fmt.Printf("%T %d\n", total, total)
}
