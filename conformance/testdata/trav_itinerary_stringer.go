package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Leg is one segment of a trip.
type Leg struct {
	From, To string
	Day      int
	Depart   time.Duration // offset from midnight
	Duration time.Duration
	Mode     string
}

func (l Leg) String() string {
	return fmt.Sprintf("day %d %s -> %s by %s (%v)", l.Day, l.From, l.To, l.Mode, l.Duration)
}

// Arrival returns the arrival offset from midnight of the departure day.
func (l Leg) Arrival() time.Duration {
	return l.Depart + l.Duration
}

type Itinerary struct {
	Traveller string
	Legs      []Leg
}

func (it *Itinerary) Add(l Leg) {
	it.Legs = append(it.Legs, l)
}

func (it Itinerary) Total() time.Duration {
	var total time.Duration
	for _, l := range it.Legs {
		total += l.Duration
	}
	return total
}

func (it Itinerary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Itinerary for %s (%d legs)\n", it.Traveller, len(it.Legs))
	for i, l := range it.Legs {
		fmt.Fprintf(&b, "  %2d. %v\n", i+1, l)
	}
	fmt.Fprintf(&b, "  total travel time: %v", it.Total())
	return b.String()
}

func clock(d time.Duration) string {
	h := int(d.Hours()) % 24
	m := int(d.Minutes()) % 60
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	it := Itinerary{Traveller: "Ana"}
	it.Add(Leg{"Rome", "Florence", 2, 9 * time.Hour, 95 * time.Minute, "train"})
	it.Add(Leg{"Lisbon", "Madrid", 0, 7*time.Hour + 30*time.Minute, 80 * time.Minute, "plane"})
	it.Add(Leg{"Madrid", "Rome", 1, 13 * time.Hour, 2*time.Hour + 25*time.Minute, "plane"})
	it.Add(Leg{"Florence", "Venice", 3, 22*time.Hour + 45*time.Minute, 2*time.Hour + 5*time.Minute, "night bus"})

	sort.Slice(it.Legs, func(i, j int) bool {
		return it.Legs[i].Day < it.Legs[j].Day
	})
	fmt.Println(it)

	fmt.Println("Timetable:")
	for _, l := range it.Legs {
		arr := l.Arrival()
		note := ""
		if arr >= 24*time.Hour {
			note = " (+1 day)"
		}
		fmt.Printf("  %-8s %s  %-8s %s%s\n", l.From, clock(l.Depart), l.To, clock(arr), note)
	}

	longest := it.Legs[0]
	for _, l := range it.Legs[1:] {
		if l.Duration > longest.Duration {
			longest = l
		}
	}
	fmt.Printf("Longest leg: %s\n", longest)
	fmt.Printf("Average leg: %v\n", it.Total()/time.Duration(len(it.Legs)))
}
