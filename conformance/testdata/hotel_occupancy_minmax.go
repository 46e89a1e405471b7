package main

import (
	"fmt"
	"slices"
)

type DayStats struct {
	Day      string
	Occupied int
	Revenue  float64
}

const totalRooms = 120

func occupancyPct(s DayStats) float64 {
	return 100 * float64(s.Occupied) / totalRooms
}

func main() {
	week := []DayStats{
		{"Mon", 71, 9230.50},
		{"Tue", 64, 8120.00},
		{"Wed", 88, 11940.75},
		{"Thu", 95, 13002.10},
		{"Fri", 118, 19870.00},
		{"Sat", 120, 21500.25},
		{"Sun", 83, 10422.40},
	}

	lo, hi := totalRooms, 0
	var loRev, hiRev float64 = week[0].Revenue, week[0].Revenue
	for _, d := range week {
		lo = min(lo, d.Occupied)
		hi = max(hi, d.Occupied)
		loRev = min(loRev, d.Revenue)
		hiRev = max(hiRev, d.Revenue)
	}
	fmt.Printf("occupied rooms: min %d, max %d\n", lo, hi)
	fmt.Printf("revenue: min %.2f, max %.2f\n", loRev, hiRev)
	fmt.Println("largest of three constants:", max(3, 7.5, 2))

	for _, d := range week {
		pct := occupancyPct(d)
		bar := int(pct / 10)
		fmt.Printf("%s %5.1f%% %-10s ADR %7.2f\n", d.Day, pct, stars(bar), d.Revenue/float64(d.Occupied))
	}

	// Clearing a map removes every entry; clearing a slice zeroes the elements.
	vip := map[int]string{501: "Ms. Kato", 502: "Dr. Patel", 601: "Mr. Olsen"}
	fmt.Println("VIP rooms before clear:", len(vip))
	clear(vip)
	fmt.Println("VIP rooms after clear: ", len(vip))

	counts := []int{4, 8, 15, 16, 23, 42}
	clear(counts[2:4])
	fmt.Println("partially cleared slice:", counts, "len", len(counts))

	occ := make([]int, 0, len(week))
	for _, d := range week {
		occ = append(occ, d.Occupied)
	}
	fmt.Println("slices.Min/Max:", slices.Min(occ), slices.Max(occ))
	idx := slices.IndexFunc(week, func(d DayStats) bool { return d.Occupied == totalRooms })
	fmt.Println("first sold-out day:", week[idx].Day)

	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	for _, req := range []int{-3, 40, 250} {
		fmt.Printf("clamp(%d) to rooms = %d\n", req, clamp(req, 0, totalRooms))
	}
}

func stars(n int) string {
	b := make([]byte, n)
	for i := range n {
		b[i] = '*'
	}
	return string(b)
}
