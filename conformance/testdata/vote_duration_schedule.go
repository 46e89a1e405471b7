package main

import (
	"fmt"
	"time"
)

// Stage is one step in the election-night timeline, measured from polls closing.
type Stage struct {
	Name     string
	Duration time.Duration
}

type Timeline []Stage

func (t Timeline) Total() time.Duration {
	var d time.Duration
	for _, s := range t {
		d += s.Duration
	}
	return d
}

// Clock formats an offset as HH:MM on a 24-hour clock starting at base.
func Clock(base, offset time.Duration) string {
	t := (base + offset) % (24 * time.Hour)
	return fmt.Sprintf("%02d:%02d", int(t.Hours()), int(t.Minutes())%60)
}

func main() {
	pollsClose := 20 * time.Hour // 20:00
	night := Timeline{
		{"seal ballot boxes", 15 * time.Minute},
		{"transport to count centre", 45 * time.Minute},
		{"verify ballot accounts", 1*time.Hour + 10*time.Minute},
		{"first count", 3*time.Hour + 30*time.Minute},
		{"adjudicate doubtful ballots", 50 * time.Minute},
		{"declare result", 5 * time.Minute},
	}

	var elapsed time.Duration
	for i, s := range night {
		start := Clock(pollsClose, elapsed)
		elapsed += s.Duration
		fmt.Printf("%d. %s-%s %-28s %8v\n", i+1, start, Clock(pollsClose, elapsed), s.Name, s.Duration)
	}
	total := night.Total()
	fmt.Println("total duration:", total)
	fmt.Printf("in minutes: %.0f, in hours: %.2f\n", total.Minutes(), total.Hours())
	fmt.Println("rounded to hour:", total.Round(time.Hour), "truncated:", total.Truncate(time.Hour))

	deadline := 6 * time.Hour
	if total > deadline {
		fmt.Println("over the 6h target by", total-deadline)
	} else {
		fmt.Println("under the 6h target by", deadline-total)
	}

	perBallot := 1500 * time.Millisecond
	ballots := 9000
	counters := 12
	hand := time.Duration(ballots/counters) * perBallot
	fmt.Printf("hand recount with %d counters: %v per counter\n", counters, hand)

	for _, s := range []string{"90m", "2h45m", "1.5h", "300ms", "soon"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("parse %q: error\n", s)
			continue
		}
		fmt.Printf("parse %-7q = %-10v (%d seconds)\n", s, d, int64(d.Seconds()))
	}
}
