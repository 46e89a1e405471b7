package main

import (
	"fmt"
	"slices"
)

type Journey struct {
	Train  string
	Counts []int // passengers on board after each stop
}

func (j Journey) Peak() int {
	peak := 0
	for _, c := range j.Counts {
		peak = max(peak, c)
	}
	return peak
}

func main() {
	journeys := []Journey{
		{"2M50", []int{34, 88, 140, 162, 97, 41}},
		{"2M52", []int{12, 45, 51, 49, 30}},
		{"2M54", []int{60, 150, 210, 205, 180, 120, 10}},
	}
	const capacity = 180

	for _, j := range journeys {
		lo := slices.Min(j.Counts)
		hi := slices.Max(j.Counts)
		over := max(0, j.Peak()-capacity)
		fmt.Printf("%s stops=%d min=%3d max=%3d peak=%3d standing-over-capacity=%d\n",
			j.Train, len(j.Counts), lo, hi, j.Peak(), over)
	}

	// Board and alight at each of 6 stops using range over int.
	onBoard := 0
	boarding := []int{40, 25, 60, 5, 0, 0}
	alighting := []int{0, 10, 20, 45, 30, 25}
	for stop := range 6 {
		onBoard = onBoard + boarding[stop] - min(alighting[stop], onBoard)
		fmt.Printf("stop %d: on board %3d, fill %5.1f%%\n", stop+1, onBoard, float64(onBoard)/float64(capacity)*100)
	}

	fmt.Println("min of mixed constants:", min(3, 1.5, 2), "max string:", max("Bath", "Bristol", "Box"))

	// clear on a map removes every entry; on a slice it zeroes elements.
	reservations := map[string]int{"A12": 1, "A13": 1, "C40": 2}
	seatsOut := []int{1, 2, 3, 4}
	fmt.Println("before clear:", len(reservations), "reservations,", seatsOut)
	clear(reservations)
	clear(seatsOut[1:3])
	fmt.Println("after clear: ", len(reservations), "reservations,", seatsOut)

	reservations["B01"] = 4
	fmt.Println("map still usable:", reservations)

	var countdown []string
	for i := range 5 {
		countdown = append(countdown, fmt.Sprint(5-i))
	}
	fmt.Println("doors closing", countdown)
}
