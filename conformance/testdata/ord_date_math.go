package main

import (
	"fmt"
	"time"
)

type Holiday struct {
	Name string
	Date time.Time
}

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Hours() / 24)
}

func isWeekend(t time.Time) bool {
	wd := t.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

func addBusinessDays(t time.Time, n int, holidays map[string]bool) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if isWeekend(t) || holidays[t.Format(time.DateOnly)] {
			continue
		}
		n--
	}
	return t
}

// nthWeekday returns the nth given weekday of a month (n=-1 for last).
func nthWeekday(year int, month time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		t := date(year, month+1, 0)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := date(year, month, 1)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

func main() {
	const year = 2024
	hols := []Holiday{
		{"New Year", date(year, time.January, 1)},
		{"MLK Day", nthWeekday(year, time.January, time.Monday, 3)},
		{"Memorial Day", nthWeekday(year, time.May, time.Monday, -1)},
		{"Independence Day", date(year, time.July, 4)},
		{"Labor Day", nthWeekday(year, time.September, time.Monday, 1)},
		{"Thanksgiving", nthWeekday(year, time.November, time.Thursday, 4)},
		{"Christmas", date(year, time.December, 25)},
	}
	set := make(map[string]bool)
	for _, h := range hols {
		set[h.Date.Format(time.DateOnly)] = true
		fmt.Printf("%-17s %s  %-9s day %3d\n", h.Name, h.Date.Format("Mon Jan _2 2006"),
			h.Date.Weekday(), h.Date.YearDay())
	}

	start := date(year, time.December, 20)
	due := addBusinessDays(start, 5, set)
	fmt.Printf("\n5 business days after %s: %s\n", start.Format(time.DateOnly), due.Format(time.DateOnly))

	leap := date(year, time.February, 29)
	fmt.Println("leap day + 1 year:", leap.AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println("Jan 31 + 1 month:", date(year, time.January, 31).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println("days in 2024:", daysBetween(date(2024, 1, 1), date(2025, 1, 1)))

	birth := date(1990, time.August, 15)
	ref := date(year, time.June, 1)
	age := ref.Year() - birth.Year()
	if ref.YearDay() < birth.YearDay() {
		age--
	}
	fmt.Printf("age on %s: %d (days lived: %d)\n", ref.Format("2006-01-02"), age, daysBetween(birth, ref))

	ts := time.Date(2024, time.March, 10, 6, 30, 0, 0, time.UTC)
	fmt.Println("RFC3339:", ts.Format(time.RFC3339), "| kitchen:", ts.Format(time.Kitchen))
	parsed, err := time.Parse("02/01/2006 15:04", "31/12/2024 23:59")
	fmt.Println("parsed:", parsed, err)
	y, w := parsed.ISOWeek()
	fmt.Printf("ISO week: %d-W%02d, quarter Q%d\n", y, w, (int(parsed.Month())-1)/3+1)
	fmt.Println("truncated to week:", ts.Truncate(24*time.Hour).AddDate(0, 0, -int(ts.Weekday())).Format(time.DateOnly))
}
