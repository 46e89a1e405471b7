package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Ping struct {
	Truck string
	Seq   int
	Speed int // km/h
}

// Log stores GPS pings in arrival order.
type Log struct {
	pings []Ping
}

// All yields every ping with its index.
func (l *Log) All() iter.Seq2[int, Ping] {
	return func(yield func(int, Ping) bool) {
		for i, p := range l.pings {
			if !yield(i, p) {
				return
			}
		}
	}
}

// ForTruck yields only pings belonging to one truck.
func (l *Log) ForTruck(id string) iter.Seq[Ping] {
	return func(yield func(Ping) bool) {
		for _, p := range l.pings {
			if p.Truck == id && !yield(p) {
				return
			}
		}
	}
}

// Speeding adapts any ping sequence to those above a limit.
func Speeding(seq iter.Seq[Ping], limit int) iter.Seq[Ping] {
	return func(yield func(Ping) bool) {
		for p := range seq {
			if p.Speed > limit && !yield(p) {
				return
			}
		}
	}
}

// Countdown is a simple generator.
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	log := &Log{}
	speeds := []int{40, 95, 62, 110, 0, 88, 101, 55}
	for i, s := range speeds {
		truck := "T1"
		if i%2 == 1 {
			truck = "T2"
		}
		log.pings = append(log.pings, Ping{truck, i/2 + 1, s})
	}

	for i, p := range log.All() {
		if i >= 3 {
			fmt.Println("  (stopping early)")
			break
		}
		fmt.Printf("  #%d %+v\n", i, p)
	}

	for p := range log.ForTruck("T2") {
		fmt.Printf("T2 seq=%d speed=%d\n", p.Seq, p.Speed)
	}

	for p := range Speeding(log.ForTruck("T2"), 90) {
		fmt.Println("speeding:", p.Truck, p.Seq, p.Speed)
	}

	fast := slices.Collect(Speeding(log.ForTruck("T1"), 50))
	fmt.Println("T1 above 50:", len(fast), fast)

	counts := map[string]int{}
	for _, p := range log.All() {
		counts[p.Truck]++
	}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println("trucks:", keys)

	for v := range slices.Values([]string{"depot", "hub", "drop"}) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for n := range Countdown(5) {
		fmt.Print(n, "...")
	}
	fmt.Println("dispatch!")

	for i := range 3 {
		fmt.Printf("range-over-int %d\n", i)
	}
}
