package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"
)

type Freq int

const (
	Once Freq = iota
	Daily
	Weekly
	Monthly
)

func (f Freq) String() string {
	return [...]string{"once", "daily", "weekly", "monthly"}[f]
}

type Event struct {
	Title string
	Start time.Time
	Every Freq
	Count int // 0 = unlimited
}

func (e Event) Occurrences() iter.Seq[time.Time] {
	return func(yield func(time.Time) bool) {
		if e.Every == Once {
			e.Count = 1
		}
		for i := 0; e.Count == 0 || i < e.Count; i++ {
			t := e.Start
			switch e.Every {
			case Daily:
				t = e.Start.AddDate(0, 0, i)
			case Weekly:
				t = e.Start.AddDate(0, 0, 7*i)
			case Monthly:
				t = e.Start.AddDate(0, i, 0)
			}
			if !yield(t) {
				return
			}
		}
	}
}

type Entry struct {
	When  time.Time
	Title string
}

func Agenda(events []Event, from, to time.Time) []Entry {
	var out []Entry
	for _, e := range events {
		for t := range e.Occurrences() {
			if !t.Before(to) {
				break
			}
			if !t.Before(from) {
				out = append(out, Entry{t, e.Title})
			}
		}
	}
	slices.SortFunc(out, func(a, b Entry) int {
		return cmp.Or(a.When.Compare(b.When), strings.Compare(a.Title, b.Title))
	})
	return out
}

func main() {
	d := func(m time.Month, day, h int) time.Time { return time.Date(2025, m, day, h, 0, 0, 0, time.UTC) }
	events := []Event{
		{"Parallel Computing lecture", d(time.January, 6, 10), Weekly, 0}, {"Standup", d(time.January, 13, 9), Daily, 5},
		{"Rent due", d(time.January, 31, 0), Monthly, 0}, {"Midterm", d(time.February, 3, 14), Once, 0},
		{"Lab", d(time.January, 8, 15), Weekly, 3},
	}
	from, to := d(time.January, 12, 0), d(time.February, 5, 0)
	agenda := Agenda(events, from, to)
	lastDay := ""
	for _, e := range agenda {
		if day := e.When.Format("Mon 2006-01-02"); day != lastDay {
			fmt.Println(day)
			lastDay = day
		}
		fmt.Printf("   %02d:00 %s\n", e.When.Hour(), e.Title)
	}
	fmt.Printf("%d entries between %s and %s\n", len(agenda), from.Format("Jan 2"), to.Format("Jan 2"))
	var months []string
	for t := range (Event{"x", d(time.January, 31, 0), Monthly, 4}).Occurrences() {
		months = append(months, t.Format("Jan 2"))
	}
	fmt.Printf("monthly from Jan 31 (%v): %q\n", Monthly, months)
}
