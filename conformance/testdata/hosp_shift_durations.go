package main

import (
	"fmt"
	"sort"
	"time"
)

type Shift struct {
	Nurse string
	Start time.Duration // offset from midnight
	End   time.Duration
}

func (s Shift) Length() time.Duration {
	if s.End <= s.Start {
		return s.End + 24*time.Hour - s.Start
	}
	return s.End - s.Start
}

func clock(d time.Duration) string {
	d = d % (24 * time.Hour)
	h := int(d / time.Hour)
	m := int((d % time.Hour) / time.Minute)
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	shifts := []Shift{
		{"Amara", 7 * time.Hour, 19 * time.Hour},
		{"Bruno", 19 * time.Hour, 7 * time.Hour},
		{"Amara", 7 * time.Hour, 15*time.Hour + 30*time.Minute},
		{"Chloe", 23 * time.Hour, 7*time.Hour + 45*time.Minute},
		{"Bruno", 8 * time.Hour, 12 * time.Hour},
		{"Chloe", 13*time.Hour + 15*time.Minute, 21 * time.Hour},
	}

	totals := map[string]time.Duration{}
	for _, s := range shifts {
		l := s.Length()
		totals[s.Nurse] += l
		fmt.Printf("%-6s %s-%s  %v\n", s.Nurse, clock(s.Start), clock(s.End), l)
	}

	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Strings(names)

	const limit = 24 * time.Hour
	fmt.Println("--- weekly totals ---")
	for _, n := range names {
		t := totals[n]
		flag := ""
		if t > limit {
			flag = fmt.Sprintf(" (over by %v)", t-limit)
		}
		fmt.Printf("%-6s %8v  %5.2fh%s\n", n, t, t.Hours(), flag)
	}

	handover := 20 * time.Minute
	fmt.Println("handover:", handover, "=", handover.Seconds(), "seconds")
	fmt.Println("rounded:", (7*time.Hour + 52*time.Minute).Round(time.Hour))
	fmt.Println("truncated:", (7*time.Hour + 52*time.Minute).Truncate(30*time.Minute))
	med := 1500 * time.Millisecond
	fmt.Printf("infusion tick: %v (%d ms)\n", med, med.Milliseconds())
	fmt.Println("zero duration prints as:", time.Duration(0))
}
