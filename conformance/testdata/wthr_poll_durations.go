package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Schedule struct {
	Station  string
	Interval time.Duration
	Timeout  time.Duration
}

// observations are timestamped from a fixed reference, never the wall clock.
var epoch = time.Date(2024, time.July, 14, 0, 0, 0, 0, time.UTC)

func main() {
	schedules := []Schedule{
		{"buoy-12", 10 * time.Minute, 45 * time.Second},
		{"tower-3", 90 * time.Second, 2500 * time.Millisecond},
		{"field-A", 1 * time.Hour, 30 * time.Second},
		{"roof-9", 15 * time.Second, 750 * time.Millisecond},
	}
	slices.SortFunc(schedules, func(a, b Schedule) int { return cmp.Compare(a.Interval, b.Interval) })
	day := 24 * time.Hour
	for _, s := range schedules {
		polls := int(day / s.Interval)
		fmt.Printf("%-8s every %-6v timeout %-6v -> %5d polls/day, worst-case wait %v\n",
			s.Station, s.Interval, s.Timeout, polls, time.Duration(polls)*s.Timeout)
	}

	// Offsets in seconds from the epoch when buoy-12 reported.
	offsets := []int{0, 600, 1200, 1800, 4200, 4800, 5400, 9300, 9900}
	times := make([]time.Time, len(offsets))
	for i, off := range offsets {
		times[i] = epoch.Add(time.Duration(off) * time.Second)
	}
	fmt.Println("gaps longer than expected:")
	var missing time.Duration
	for i := 1; i < len(times); i++ {
		gap := times[i].Sub(times[i-1])
		if gap > 10*time.Minute {
			fmt.Printf("  %s -> %s gap %v\n", times[i-1].Format("15:04"), times[i].Format("15:04"), gap)
			missing += gap - 10*time.Minute
		}
	}
	span := times[len(times)-1].Sub(times[0])
	fmt.Printf("span %v, missing %v (%.1f%%)\n", span, missing, 100*missing.Seconds()/span.Seconds())

	fmt.Println("rounded:", (97 * time.Second).Round(time.Minute), (97 * time.Second).Truncate(time.Minute))
	fmt.Println("hours as float:", (150 * time.Minute).Hours())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println("parsed:", d, err, int64(d/time.Millisecond), "ms")
	_, err = time.ParseDuration("ten minutes")
	fmt.Println("bad duration:", err)
	next := epoch.Add(36 * time.Hour)
	fmt.Println("report due:", next.Format(time.RFC3339), next.Weekday())
}
