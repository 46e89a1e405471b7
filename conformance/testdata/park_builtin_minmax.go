package main

import (
	"fmt"
	"slices"
)

type Level struct {
	Name     string
	Capacity int
	Occupied int
}

func (l Level) Free() int { return max(l.Capacity-l.Occupied, 0) }

func main() {
	levels := []Level{
		{"B2", 80, 80},
		{"B1", 120, 95},
		{"G", 60, 64}, // oversold: sensors report more cars than spots
		{"P1", 150, 40},
	}

	total, free := 0, 0
	busiest, emptiest := 0.0, 1.0
	for _, l := range levels {
		total += l.Capacity
		free += l.Free()
		ratio := min(float64(l.Occupied)/float64(l.Capacity), 1.0)
		busiest = max(busiest, ratio)
		emptiest = min(emptiest, ratio)
		fmt.Printf("%-3s cap=%3d occ=%3d free=%3d load=%5.1f%%\n", l.Name, l.Capacity, l.Occupied, l.Free(), ratio*100)
	}
	fmt.Printf("total=%d free=%d busiest=%.2f emptiest=%.2f\n", total, free, busiest, emptiest)
	fmt.Println("smallest of several:", min(9, 3, 7, 5), "largest:", max("B1", "P1", "G"))

	// range over int to build a numbered spot list for one row.
	row := make([]string, 0, 6)
	for i := range 6 {
		row = append(row, fmt.Sprintf("R%02d", i+1))
	}
	fmt.Println("row:", row)

	// clear on a map empties it, clear on a slice zeroes elements.
	reservations := map[string]string{"R01": "staff", "R02": "visitor", "R05": "ev"}
	fmt.Println("reservations before:", len(reservations))
	clear(reservations)
	fmt.Println("reservations after:", len(reservations), reservations == nil)

	hourly := []int{4, 9, 15, 22, 18, 7}
	peak := slices.Max(hourly)
	fmt.Println("hourly entries:", hourly, "peak:", peak)
	clear(hourly[2:4])
	fmt.Println("after clearing hours 2-3:", hourly, "len:", len(hourly))

	// counting down with range over int
	for i := range 3 {
		fmt.Printf("barrier closing in %d\n", 3-i)
	}

	var counts [5]int
	for n := range 23 {
		counts[n%5]++
	}
	fmt.Println("spread over 5 booths:", counts)
	clear(counts[:])
	fmt.Println("reset:", counts)
}
