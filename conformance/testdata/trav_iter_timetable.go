package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Departure struct {
	Train  string
	Dest   string
	Minute int // minutes after midnight
	Track  int
}

type Board struct {
	deps []Departure
}

// All yields every departure in board order.
func (b *Board) All() iter.Seq2[int, Departure] {
	return func(yield func(int, Departure) bool) {
		for i, d := range b.deps {
			if !yield(i, d) {
				return
			}
		}
	}
}

// To yields only departures heading to dest.
func (b *Board) To(dest string) iter.Seq[Departure] {
	return func(yield func(Departure) bool) {
		for _, d := range b.deps {
			if d.Dest == dest && !yield(d) {
				return
			}
		}
	}
}

// Every generates repeating departures from start, every step minutes, until end.
func Every(start, step, end int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for m := start; m < end; m += step {
			if !yield(m) {
				return
			}
		}
	}
}

func hhmm(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func main() {
	b := &Board{}
	n := 0
	for m := range Every(6*60+15, 50, 10*60) {
		n++
		dest := []string{"Kyoto", "Osaka", "Nagoya"}[n%3]
		b.deps = append(b.deps, Departure{fmt.Sprintf("N%03d", 700+n), dest, m, 10 + n%4})
	}

	fmt.Println("Full board:")
	for i, d := range b.All() {
		fmt.Printf("  %d %s %s %-6s track %d\n", i, hhmm(d.Minute), d.Train, d.Dest, d.Track)
	}

	fmt.Print("To Kyoto:")
	for d := range b.To("Kyoto") {
		fmt.Print(" ", hhmm(d.Minute))
	}
	fmt.Println()

	// Stop early: first departure to Osaka after 08:00.
	for d := range b.To("Osaka") {
		if d.Minute >= 8*60 {
			fmt.Println("next Osaka after 08:00:", d.Train, hhmm(d.Minute))
			break
		}
	}

	byDest := map[string][]string{}
	for _, d := range b.All() {
		byDest[d.Dest] = append(byDest[d.Dest], d.Train)
	}
	for _, dest := range slices.Sorted(maps.Keys(byDest)) {
		fmt.Printf("%-6s %s\n", dest, strings.Join(byDest[dest], ","))
	}

	times := slices.Collect(Every(0, 45, 200))
	fmt.Println("shuttle minutes:", times)
}
