package main

import (
	"fmt"
	"slices"
	"time"
)

type Lap struct {
	Runner string
	Time   time.Duration
}

func average(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var total time.Duration
	for _, d := range ds {
		total += d
	}
	return total / time.Duration(len(ds))
}

func pace(total time.Duration, km float64) time.Duration {
	return time.Duration(float64(total) / km)
}

func main() {
	// Step 1: durations are int64 nanoseconds with a String method
	d := 90 * time.Minute
	fmt.Println("step 1:", d, int64(d))

	// Step 2: converting to float units
	fmt.Println("step 2:", d.Hours(), d.Minutes(), d.Seconds())

	// Step 3: combining units
	meeting := 1*time.Hour + 15*time.Minute + 30*time.Second
	fmt.Println("step 3:", meeting)

	// Step 4: small durations print with smaller units
	fmt.Println("step 4:", 1500*time.Millisecond, 2500*time.Microsecond, 1500*time.Nanosecond, time.Duration(0))

	// Step 5: multiplying by a variable needs a conversion
	n := 3
	fmt.Println("step 5:", time.Duration(n)*time.Second)

	// Step 6: integer division and remainder
	total := 7*time.Minute + 45*time.Second
	mins := total / time.Minute
	secs := (total % time.Minute) / time.Second
	fmt.Printf("step 6: %d:%02d\n", mins, secs)

	// Step 7: negative durations
	early := -2*time.Hour - 30*time.Minute
	fmt.Println("step 7:", early, early.Abs())

	// Step 8: Truncate and Round
	x := 1*time.Hour + 23*time.Minute + 47*time.Second + 600*time.Millisecond
	fmt.Println("step 8:", x.Truncate(time.Minute), x.Round(time.Minute), x.Round(time.Second))

	// Step 9: parsing durations from text
	for _, s := range []string{"2h45m", "1.5s", "300ms", "-1m30s", "3 days"} {
		p, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("step 9: error:", err)
			continue
		}
		fmt.Printf("step 9: %-7s -> %v (%d ms)\n", s, p, p.Milliseconds())
	}

	// Step 10: comparing durations
	fmt.Println("step 10:", 61*time.Second > time.Minute, max(2*time.Second, 1500*time.Millisecond))

	// Step 11: lap times, sorted by duration
	laps := []Lap{
		{"ana", 4*time.Minute + 12*time.Second},
		{"ben", 3*time.Minute + 58*time.Second},
		{"cy", 4*time.Minute + 3*time.Second + 500*time.Millisecond},
	}
	slices.SortFunc(laps, func(a, b Lap) int { return int(a.Time - b.Time) })
	var times []time.Duration
	for i, l := range laps {
		fmt.Printf("step 11: #%d %-4s %v\n", i+1, l.Runner, l.Time)
		times = append(times, l.Time)
	}

	// Step 12: average and spread
	fmt.Println("step 12: average", average(times), "spread", laps[len(laps)-1].Time-laps[0].Time)

	// Step 13: pace per kilometre
	fmt.Println("step 13: pace", pace(42*time.Minute+30*time.Second, 10).Round(time.Second), "per km")

	// Step 14: adding a duration to a fixed date (no clock involved)
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	end := start.Add(3 * time.Hour)
	fmt.Println("step 14:", end.Format("2006-01-02 15:04"), end.Weekday())

	// Step 15: subtracting two fixed times gives a duration
	launch := time.Date(2024, time.March, 10, 9, 0, 0, 0, time.UTC)
	fmt.Println("step 15:", launch.Sub(start))

	// Step 16: AddDate for calendar arithmetic
	fmt.Println("step 16:", start.AddDate(0, 1, 1).Format(time.DateOnly))

	// Step 17: the limits
	fmt.Println("step 17:", time.Duration(1<<63-1).Round(time.Hour))
}
