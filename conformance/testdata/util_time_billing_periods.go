package main

import (
	"fmt"
	"time"
)

type Period struct {
	Start, End time.Time
}

func (p Period) Days() int {
	return int(p.End.Sub(p.Start).Hours() / 24)
}

func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.Start) && t.Before(p.End)
}

func (p Period) String() string {
	return fmt.Sprintf("%s .. %s (%d days)", p.Start.Format("2006-01-02"), p.End.Format("Jan 2, 2006"), p.Days())
}

// monthlyPeriods returns n billing periods anchored on the start date's day of month.
// When the anchor day doesn't exist in a month, the period ends on the last day.
func monthlyPeriods(anchor time.Time, n int) []Period {
	periods := make([]Period, 0, n)
	for i := range n {
		start := addMonthsClamped(anchor, i)
		end := addMonthsClamped(anchor, i+1)
		periods = append(periods, Period{start, end})
	}
	return periods
}

func addMonthsClamped(t time.Time, months int) time.Time {
	y, m, d := t.Date()
	firstOfTarget := time.Date(y, m+time.Month(months), 1, 0, 0, 0, 0, t.Location())
	lastDay := firstOfTarget.AddDate(0, 1, -1).Day()
	if d > lastDay {
		d = lastDay
	}
	return time.Date(firstOfTarget.Year(), firstOfTarget.Month(), d, t.Hour(), t.Minute(), 0, 0, t.Location())
}

func main() {
	anchor := time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)
	periods := monthlyPeriods(anchor, 5)
	for i, p := range periods {
		fmt.Printf("period %d: %v\n", i+1, p)
	}

	naive := anchor.AddDate(0, 1, 0)
	fmt.Println("naive AddDate(0,1,0):", naive.Format(time.DateOnly))

	usage := time.Date(2024, time.March, 15, 13, 47, 22, 0, time.UTC)
	for i, p := range periods {
		if p.Contains(usage) {
			fmt.Printf("usage at %s falls in period %d\n", usage.Format(time.RFC3339), i+1)
		}
	}

	fmt.Println("truncated to hour:", usage.Truncate(time.Hour).Format(time.Kitchen))
	fmt.Println("truncated to 15m:", usage.Truncate(15*time.Minute).Format("15:04:05"))
	fmt.Println("rounded to 10m:", usage.Round(10*time.Minute).Format("15:04"))

	deadline := usage.Add(72 * time.Hour)
	fmt.Println("deadline:", deadline.Format("Mon Jan _2 15:04 2006"), deadline.Weekday())

	end := periods[len(periods)-1].End
	fmt.Printf("total span: %v (%d days)\n", end.Sub(anchor), int(end.Sub(anchor).Hours()/24))

	ny := time.FixedZone("EST", -5*3600)
	local := usage.In(ny)
	fmt.Println("in EST:", local.Format("2006-01-02 15:04 MST"), "YearDay:", local.YearDay())

	_, week := usage.ISOWeek()
	fmt.Println("ISO week:", week)
}
