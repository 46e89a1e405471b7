package main

import (
	"fmt"
	"sort"
)

type Booking struct {
	Guest string
	From  int // first night (day number)
	To    int // checkout day (exclusive)
}

const capacity = 3

// nightlyDemand counts how many bookings cover each night.
func nightlyDemand(bookings []Booking) map[int]int {
	demand := make(map[int]int)
	for _, b := range bookings {
		for night := b.From; night < b.To; night++ {
			demand[night]++
		}
	}
	return demand
}

func main() {
	bookings := []Booking{
		{"Alvarez", 1, 4},
		{"Brooks", 2, 3},
		{"Chen", 2, 5},
		{"Dubois", 3, 6},
		{"Evans", 3, 4},
		{"Fischer", 5, 7},
	}

	demand := nightlyDemand(bookings)

	nights := make([]int, 0, len(demand))
	for n := range demand {
		nights = append(nights, n)
	}
	sort.Ints(nights)

	overbooked := map[int]int{}
	fmt.Println("night  booked  free  status")
	for _, n := range nights {
		d := demand[n]
		status := "ok"
		if d > capacity {
			status = "OVERBOOKED"
			overbooked[n] = d - capacity
		} else if d == capacity {
			status = "full"
		}
		fmt.Printf("%5d  %6d  %4d  %s\n", n, d, capacity-d, status)
	}

	if len(overbooked) == 0 {
		fmt.Println("no overbooking detected")
		return
	}

	// Find the guests whose stays touch an overbooked night,
	// ordered by the number of overbooked nights they cover.
	touches := map[string]int{}
	for _, b := range bookings {
		for night := range b.To - b.From {
			if _, bad := overbooked[b.From+night]; bad {
				touches[b.Guest]++
			}
		}
	}
	guests := make([]string, 0, len(touches))
	for g := range touches {
		guests = append(guests, g)
	}
	sort.Slice(guests, func(i, j int) bool {
		if touches[guests[i]] != touches[guests[j]] {
			return touches[guests[i]] > touches[guests[j]]
		}
		return guests[i] < guests[j]
	})

	fmt.Println("guests affected by overbooking:")
	for _, g := range guests {
		fmt.Printf("  %-8s %d night(s)\n", g, touches[g])
	}
	total := 0
	for _, extra := range overbooked {
		total += extra
	}
	fmt.Printf("rooms to relocate (sum over nights): %d\n", total)
}
