package main

import (
	"fmt"
	"strings"
)

type OvenLoad struct {
	Name  string
	Temps []int
}

func main() {
	// range over an int: one line per rack.
	const racks = 4
	for r := range racks {
		fmt.Printf("rack %d: %s\n", r+1, strings.TrimSpace(strings.Repeat("o ", r+2)))
	}

	loads := []OvenLoad{
		{"deck", []int{220, 228, 235, 231, 226}},
		{"convection", []int{175, 180, 178, 182}},
		{"wood-fired", []int{310, 295, 340, 325, 318, 301}},
	}
	for _, l := range loads {
		lo, hi := l.Temps[0], l.Temps[0]
		sum := 0
		for _, t := range l.Temps {
			lo = min(lo, t)
			hi = max(hi, t)
			sum += t
		}
		fmt.Printf("%-10s min %3d max %3d avg %6.1f swing %2d\n",
			l.Name, lo, hi, float64(sum)/float64(len(l.Temps)), hi-lo)
	}

	fmt.Println("min of several:", min(3.5, 2.25, 8.0), "max of strings:", max("rye", "oat", "spelt"))

	// Clamp a requested temperature into the oven's safe range.
	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	for _, want := range []int{120, 200, 290} {
		fmt.Printf("requested %d -> set %d\n", want, clamp(want, 150, 260))
	}

	// clear on a map and on a slice.
	orders := map[string]int{"tart": 3, "pie": 2}
	fmt.Println("orders before clear:", len(orders))
	clear(orders)
	fmt.Println("orders after clear:", len(orders))

	slots := []int{4, 8, 15, 16}
	clear(slots)
	fmt.Println("slots after clear:", slots, "len", len(slots))

	// Multiplication table of tray sizes using nested range-over-int.
	fmt.Print("   ")
	for c := range 5 {
		fmt.Printf("%4d", c+1)
	}
	fmt.Println()
	for r := range 3 {
		fmt.Printf("%2d:", (r+1)*6)
		for c := range 5 {
			fmt.Printf("%4d", (r+1)*6*(c+1))
		}
		fmt.Println()
	}
}
