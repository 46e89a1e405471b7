package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Departure struct {
	Train    string
	Platform int
	Dest     string
	Leaves   time.Duration // offset from midnight
	Delay    time.Duration
}

func (d Departure) Expected() time.Duration {
	return d.Leaves + d.Delay
}

func clock(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	return fmt.Sprintf("%02d:%02d", h, m)
}

func main() {
	board := []Departure{
		{"IC 512", 3, "Utrecht", 8*time.Hour + 15*time.Minute, 0},
		{"SPR 7410", 1, "Gouda", 8*time.Hour + 2*time.Minute, 4 * time.Minute},
		{"ICE 123", 5, "Frankfurt", 8*time.Hour + 10*time.Minute, 12 * time.Minute},
		{"IC 2240", 3, "Rotterdam", 7*time.Hour + 58*time.Minute, 0},
		{"SPR 4022", 2, "Leiden", 8*time.Hour + 2*time.Minute, 0},
	}

	slices.SortFunc(board, func(a, b Departure) int {
		return cmp.Or(
			cmp.Compare(a.Expected(), b.Expected()),
			cmp.Compare(a.Train, b.Train),
		)
	})

	fmt.Println("Departures by expected time")
	fmt.Printf("%-9s %-10s %5s %6s %s\n", "Train", "To", "Plat", "Sched", "Delay")
	for _, d := range board {
		delay := "on time"
		if d.Delay > 0 {
			delay = "+" + d.Delay.String()
		}
		fmt.Printf("%-9s %-10s %5d %6s %s\n", d.Train, d.Dest, d.Platform, clock(d.Leaves), delay)
	}

	byPlatform := slices.Clone(board)
	slices.SortStableFunc(byPlatform, func(a, b Departure) int {
		return cmp.Compare(a.Platform, b.Platform)
	})
	fmt.Println()
	fmt.Println("Grouped by platform")
	for _, d := range byPlatform {
		fmt.Printf("  platform %d: %s at %s\n", d.Platform, d.Train, clock(d.Expected()))
	}

	idx, found := slices.BinarySearchFunc(board, 8*time.Hour+15*time.Minute, func(d Departure, t time.Duration) int {
		return cmp.Compare(d.Expected(), t)
	})
	fmt.Printf("\nfirst train at or after 08:15 -> index %d found=%t (%s)\n", idx, found, board[idx].Train)

	var total time.Duration
	for _, d := range board {
		total += d.Delay
	}
	fmt.Printf("total delay %v, average %v\n", total, total/time.Duration(len(board)))
}
