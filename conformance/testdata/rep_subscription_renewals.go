package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Plan struct {
	Name    string
	Monthly float64
	Annual  float64
}

type Cycle int

const (
	Monthly Cycle = iota
	Yearly
)

func (c Cycle) String() string {
	if c == Yearly {
		return "yearly"
	}
	return "monthly"
}

type Subscription struct {
	Customer  string
	Plan      Plan
	Cycle     Cycle
	Started   time.Time
	Cancelled *time.Time
}

func (s Subscription) period() (years, months int) {
	if s.Cycle == Yearly {
		return 1, 0
	}
	return 0, 1
}

func (s Subscription) Price() float64 {
	if s.Cycle == Yearly {
		return s.Plan.Annual
	}
	return s.Plan.Monthly
}

// Renewals lists renewal dates in [from, to). Month-end starts are clamped
// (Jan 31 renews on Feb 29, then Mar 31) instead of using AddDate's overflow.
func (s Subscription) Renewals(from, to time.Time) []time.Time {
	var out []time.Time
	y, m := s.period()
	for i := 1; ; i++ {
		next := addClamped(s.Started, y*i, m*i)
		if !next.Before(to) {
			break
		}
		if s.Cancelled != nil && !next.Before(*s.Cancelled) {
			break
		}
		if !next.Before(from) {
			out = append(out, next)
		}
	}
	return out
}

func addClamped(t time.Time, years, months int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y+years, m+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}

func main() {
	basic := Plan{"Basic", 9.99, 99}
	pro := Plan{"Pro", 29, 290}
	team := Plan{"Team", 79, 790}
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cancel := date(2024, 4, 15)

	subs := []Subscription{
		{"ali@example.com", basic, Monthly, date(2023, 10, 31), nil},
		{"bea@example.com", pro, Yearly, date(2023, 2, 28), nil},
		{"cy@example.com", team, Monthly, date(2024, 1, 15), &cancel},
		{"dev@example.com", pro, Monthly, date(2024, 3, 3), nil},
		{"eve@example.com", team, Yearly, date(2021, 6, 30), nil},
	}

	from, to := date(2024, 1, 1), date(2024, 7, 1)
	fmt.Printf("Renewal forecast %s to %s\n\n", from.Format("Jan 2, 2006"), to.AddDate(0, 0, -1).Format("Jan 2, 2006"))

	revenue := map[string]float64{}
	for _, s := range subs {
		dates := s.Renewals(from, to)
		strs := make([]string, len(dates))
		for i, d := range dates {
			strs[i] = d.Format("01/02")
			revenue[d.Format("2006-01")] += s.Price()
		}
		status := "active"
		if s.Cancelled != nil {
			status = "cancels " + s.Cancelled.Format("Jan 2")
		}
		fmt.Printf("%-16s %-5s %-7v %-14s %s\n", s.Customer, s.Plan.Name, s.Cycle, status, strings.Join(strs, " "))
	}

	months := make([]string, 0, len(revenue))
	for k := range revenue {
		months = append(months, k)
	}
	sort.Strings(months)
	fmt.Println("\nExpected billings by month:")
	sum := 0.0
	for _, m := range months {
		t, _ := time.Parse("2006-01", m)
		sum += revenue[m]
		fmt.Printf("  %-9s %8.2f  cumulative %8.2f\n", t.Format("January"), revenue[m], sum)
	}

	naive := date(2024, 1, 31).AddDate(0, 1, 0)
	fmt.Printf("\nAddDate(0,1,0) from Jan 31 gives %s; clamped gives %s\n",
		naive.Format("Jan 2"), addClamped(date(2024, 1, 31), 0, 1).Format("Jan 2"))
}
