package main

import (
	"fmt"
	"time"
)

// Profile describes how a car moves between floors.
type Profile struct {
	Name         string
	FloorHeightM float64
	SpeedMps     float64
	AccelPenalty time.Duration // extra time per trip for acceleration/braking
	DoorCycle    time.Duration // open + dwell + close
}

// TravelTime returns the time to move n floors (no door time).
func (p Profile) TravelTime(n int) time.Duration {
	if n == 0 {
		return 0
	}
	if n < 0 {
		n = -n
	}
	meters := float64(n) * p.FloorHeightM
	secs := meters / p.SpeedMps
	return time.Duration(secs*float64(time.Second)) + p.AccelPenalty
}

// Journey returns total time for a sequence of stops, including doors.
func (p Profile) Journey(start int, stops []int) (total time.Duration, legs []time.Duration) {
	cur := start
	for _, s := range stops {
		leg := p.TravelTime(s-cur) + p.DoorCycle
		legs = append(legs, leg)
		total += leg
		cur = s
	}
	return total, legs
}

func main() {
	profiles := []Profile{
		{"hydraulic", 3.2, 0.6, 2 * time.Second, 9 * time.Second},
		{"traction", 3.2, 2.5, 3 * time.Second, 7 * time.Second},
		{"express", 3.2, 8.0, 5*time.Second + 500*time.Millisecond, 6 * time.Second},
	}
	stops := []int{4, 10, 2, 30}

	for _, p := range profiles {
		total, legs := p.Journey(0, stops)
		fmt.Printf("%-10s total %-12v legs %v\n", p.Name, total, legs)
	}

	// Duration arithmetic and formatting.
	p := profiles[1]
	one := p.TravelTime(1)
	fmt.Println("one floor:", one, "=", one.Milliseconds(), "ms")
	fmt.Printf("thirty floors: %v (%.1f s)\n", p.TravelTime(30), p.TravelTime(30).Seconds())
	fmt.Println("truncated to second:", p.TravelTime(7).Truncate(time.Second))
	fmt.Println("rounded to 100ms:", p.TravelTime(7).Round(100*time.Millisecond))

	// Compare a day of operation.
	tripsPerDay := 420
	perTrip := p.TravelTime(6) + p.DoorCycle
	day := time.Duration(tripsPerDay) * perTrip
	fmt.Printf("daily busy time: %v (%.2f h, %.0f%% of 24h)\n", day, day.Hours(), 100*day.Hours()/24)

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println("parsed:", d, err, "minutes:", d.Minutes())
	_, err = time.ParseDuration("ten minutes")
	fmt.Println("bad duration:", err)
	fmt.Println("zero:", time.Duration(0), "tiny:", 1500*time.Nanosecond, "micro:", 2*time.Microsecond)
}
