package main

import (
	"fmt"
	"sort"
	"time"
)

type Plan struct {
	Name    string
	Monthly int64 // cents
}

type Change struct {
	Day  int // day of month the change takes effect (1-based)
	Plan string
}

type Subscription struct {
	Customer string
	Start    string
	Changes  []Change
}

var plans = map[string]Plan{
	"basic": {"basic", 900},
	"pro":   {"pro", 2900},
	"team":  {"team", 9900},
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Prorate bills each plan for the days it was active in the month.
func (s Subscription) Prorate(year int, month time.Month) (total int64, lines []string) {
	days := daysIn(year, month)
	segs := append([]Change{{1, s.Start}}, s.Changes...)
	sort.SliceStable(segs, func(i, j int) bool { return segs[i].Day < segs[j].Day })
	for i, seg := range segs {
		end := days + 1
		if i+1 < len(segs) {
			end = segs[i+1].Day
		}
		used := end - seg.Day
		if used <= 0 {
			continue
		}
		p, ok := plans[seg.Plan]
		if !ok {
			p = Plan{Name: seg.Plan + "(unknown)"}
		}
		amt := (p.Monthly*int64(used) + int64(days)/2) / int64(days)
		total += amt
		lines = append(lines, fmt.Sprintf("%-15s days %2d-%2d (%2d/%d) %s", p.Name, seg.Day, end-1, used, days, cents(amt)))
	}
	return
}

func cents(v int64) string { return fmt.Sprintf("$%d.%02d", v/100, v%100) }

func main() {
	subs := []Subscription{
		{"acme", "basic", []Change{{15, "pro"}}},
		{"birch", "team", nil},
		{"cobalt", "pro", []Change{{20, "basic"}, {10, "team"}}},
		{"delta", "basic", []Change{{29, "legacy"}}},
	}
	var grand int64
	for _, m := range []time.Month{time.February, time.March} {
		fmt.Printf("== %s 2024 (%d days)\n", m, daysIn(2024, m))
		for _, s := range subs {
			total, lines := s.Prorate(2024, m)
			fmt.Printf("%s: %s\n", s.Customer, cents(total))
			for _, l := range lines {
				fmt.Println("   ", l)
			}
			grand += total
		}
	}
	fmt.Println("grand total", cents(grand))
}
