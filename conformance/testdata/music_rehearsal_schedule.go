package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

type Session struct {
	Day      time.Weekday
	StartMin int
	Length   time.Duration
	Members  []string
	Focus    string
}

func (s Session) Start() string {
	return fmt.Sprintf("%02d:%02d", s.StartMin/60, s.StartMin%60)
}

func (s Session) End() string {
	end := s.StartMin + int(s.Length.Minutes())
	return fmt.Sprintf("%02d:%02d", end/60, end%60)
}

type Schedule struct {
	Band     string
	Sessions []Session
}

func (sc *Schedule) Add(s Session) { sc.Sessions = append(sc.Sessions, s) }

func (sc Schedule) HoursFor(member string) time.Duration {
	var total time.Duration
	for _, s := range sc.Sessions {
		if slices.Contains(s.Members, member) {
			total += s.Length
		}
	}
	return total
}

func main() {
	sc := &Schedule{Band: "The Quarter Notes"}
	sc.Add(Session{time.Thursday, 19 * 60, 2 * time.Hour, []string{"Ana", "Ben", "Cleo", "Dev"}, "full set"})
	sc.Add(Session{time.Monday, 18*60 + 30, 90 * time.Minute, []string{"Ana", "Ben"}, "vocal harmonies"})
	sc.Add(Session{time.Saturday, 11 * 60, 3 * time.Hour, []string{"Ana", "Ben", "Cleo", "Dev"}, "dress rehearsal"})
	sc.Add(Session{time.Monday, 20 * 60, 45 * time.Minute, []string{"Cleo", "Dev"}, "rhythm section"})
	sc.Add(Session{time.Wednesday, 17 * 60, time.Hour, []string{"Dev"}, "drum fills"})

	slices.SortFunc(sc.Sessions, func(a, b Session) int {
		return cmp.Or(cmp.Compare(a.Day, b.Day), cmp.Compare(a.StartMin, b.StartMin))
	})

	fmt.Printf("Rehearsal schedule for %s\n", sc.Band)
	for _, s := range sc.Sessions {
		fmt.Printf("%-9s %s-%s %-16s %s\n", s.Day, s.Start(), s.End(), s.Focus, strings.Join(s.Members, ","))
	}

	var week time.Duration
	perDay := map[time.Weekday]int{}
	for _, s := range sc.Sessions {
		week += s.Length
		perDay[s.Day]++
	}
	fmt.Println("Total rehearsal time:", week)

	days := make([]time.Weekday, 0, len(perDay))
	for d := range perDay {
		days = append(days, d)
	}
	slices.Sort(days)
	for _, d := range days {
		fmt.Printf("  %s: %d session(s)\n", d, perDay[d])
	}

	members := []string{"Dev", "Ana", "Cleo", "Ben"}
	slices.SortFunc(members, func(a, b string) int {
		return cmp.Or(cmp.Compare(sc.HoursFor(b), sc.HoursFor(a)), strings.Compare(a, b))
	})
	fmt.Println("Hours per member:")
	for _, m := range members {
		fmt.Printf("  %-5s %v\n", m, sc.HoursFor(m))
	}
}
