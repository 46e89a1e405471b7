package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Slot struct {
	Zone     string
	Start    time.Duration // offset from midnight
	Duration time.Duration
	FlowLPM  float64 // litres per minute
}

func (s Slot) End() time.Duration { return s.Start + s.Duration }

func (s Slot) Litres() float64 { return s.FlowLPM * s.Duration.Minutes() }

func clock(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	schedule := []Slot{
		{"vegetables", 5*time.Hour + 30*time.Minute, 45 * time.Minute, 18},
		{"orchard", 4 * time.Hour, 90 * time.Minute, 25},
		{"lawn", 21 * time.Hour, 20 * time.Minute, 12.5},
		{"greenhouse", 6*time.Hour + 10*time.Minute, 15*time.Minute + 30*time.Second, 8},
		{"berries", 5 * time.Hour, 40 * time.Minute, 10},
	}
	slices.SortFunc(schedule, func(a, b Slot) int { return int(a.Start - b.Start) })

	fmt.Printf("%-11s %-5s %-5s %-10s %8s\n", "zone", "from", "to", "length", "litres")
	fmt.Println(strings.Repeat("-", 43))
	var total time.Duration
	var litres float64
	for _, s := range schedule {
		fmt.Printf("%-11s %-5s %-5s %-10v %8.1f\n", s.Zone, clock(s.Start), clock(s.End()), s.Duration, s.Litres())
		total += s.Duration
		litres += s.Litres()
	}
	fmt.Println(strings.Repeat("-", 43))
	fmt.Printf("total watering time %v (%.2f hours), %.1f litres\n", total, total.Hours(), litres)

	fmt.Println("overlaps:")
	for i := range len(schedule) - 1 {
		a, b := schedule[i], schedule[i+1]
		if a.End() > b.Start {
			fmt.Printf("  %s overlaps %s by %v\n", a.Zone, b.Zone, a.End()-b.Start)
		}
	}

	cycle := 36*time.Hour + 15*time.Minute
	fmt.Println("pump service cycle:", cycle)
	fmt.Println("rounded to hours:", cycle.Round(time.Hour))
	fmt.Println("truncated to days:", cycle.Truncate(24*time.Hour))
	fmt.Printf("as seconds: %.0f, as int64: %d\n", cycle.Seconds(), int64(cycle))

	d, err := time.ParseDuration("1h15m30s")
	fmt.Println("parsed:", d, err)
	_, err = time.ParseDuration("two hours")
	fmt.Println("bad parse:", err)

	drip := 750 * time.Millisecond
	fmt.Printf("drip interval %v, %d drips per minute\n", drip, time.Minute/drip)

	base := time.Date(2024, time.June, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("first slot starts:", base.Add(schedule[0].Start).Format("2006-01-02 15:04"))
}
