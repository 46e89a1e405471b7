package main

import (
	"fmt"
	"sort"
	"time"
)

type Slot struct {
	Activity string
	Start    time.Duration
	Length   time.Duration
}

func (s Slot) End() time.Duration { return s.Start + s.Length }

func clock(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	day := []Slot{
		{"Penguin parade", 10*time.Hour + 30*time.Minute, 20 * time.Minute},
		{"Lion feeding", 14 * time.Hour, 45 * time.Minute},
		{"Sea lion show", 11*time.Hour + 15*time.Minute, 30 * time.Minute},
		{"Keeper talk: reptiles", 13*time.Hour + 5*time.Minute, 25 * time.Minute},
		{"Elephant bath", 15*time.Hour + 30*time.Minute, 90 * time.Minute},
	}
	sort.Slice(day, func(i, j int) bool { return day[i].Start < day[j].Start })

	var busy time.Duration
	for _, s := range day {
		fmt.Printf("%s-%s  %-22s (%v)\n", clock(s.Start), clock(s.End()), s.Activity, s.Length)
		busy += s.Length
	}
	fmt.Println("Total scheduled:", busy)
	fmt.Printf("In minutes: %.0f, in hours: %.2f\n", busy.Minutes(), busy.Hours())

	fmt.Println("Gaps between events:")
	for i := 1; i < len(day); i++ {
		gap := day[i].Start - day[i-1].End()
		fmt.Printf("  before %-22s %8v\n", day[i].Activity, gap)
	}

	opening := 9 * time.Hour
	closing := 17*time.Hour + 30*time.Minute
	fmt.Println("Open for", closing-opening)

	d, err := time.ParseDuration("1h15m30s")
	if err == nil {
		fmt.Println("Parsed vet visit:", d, "=", d.Seconds(), "seconds")
	}
	fmt.Println("Rounded:", d.Round(time.Hour), "Truncated:", d.Truncate(time.Hour))
	fmt.Println("Quarantine:", 14*24*time.Hour)
	fmt.Println("Injection delay:", 1500*time.Millisecond, 250*time.Microsecond)

	base := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	next := base.Add(day[0].Start)
	fmt.Println("First event on", next.Format("Mon 02 Jan 2006 15:04"))
}
