package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

const input = `Sensor at x=2, y=18: closest beacon is at x=-2, y=15
Sensor at x=9, y=16: closest beacon is at x=10, y=16
Sensor at x=13, y=2: closest beacon is at x=15, y=3
Sensor at x=12, y=14: closest beacon is at x=10, y=16
Sensor at x=10, y=20: closest beacon is at x=10, y=16
Sensor at x=14, y=17: closest beacon is at x=10, y=16
Sensor at x=8, y=7: closest beacon is at x=2, y=10
Sensor at x=2, y=0: closest beacon is at x=2, y=10
Sensor at x=0, y=11: closest beacon is at x=2, y=10
Sensor at x=20, y=14: closest beacon is at x=25, y=17
Sensor at x=17, y=20: closest beacon is at x=21, y=22
Sensor at x=16, y=7: closest beacon is at x=15, y=3
Sensor at x=14, y=3: closest beacon is at x=15, y=3
Sensor at x=20, y=1: closest beacon is at x=15, y=3`

type Point struct{ X, Y int }

func (p Point) Dist(q Point) int { return abs(p.X-q.X) + abs(p.Y-q.Y) }

func abs(n int) int { return max(n, -n) }

type Sensor struct {
	At, Beacon Point
	Radius     int
}

type Span struct{ Lo, Hi int }

// Coverage returns the merged spans covered on row y.
func Coverage(sensors []Sensor, y int) []Span {
	var spans []Span
	for _, s := range sensors {
		w := s.Radius - abs(s.At.Y-y)
		if w >= 0 {
			spans = append(spans, Span{s.At.X - w, s.At.X + w})
		}
	}
	slices.SortFunc(spans, func(a, b Span) int { return cmp.Compare(a.Lo, b.Lo) })
	var merged []Span
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.Lo <= merged[n-1].Hi+1 {
			merged[n-1].Hi = max(merged[n-1].Hi, sp.Hi)
		} else {
			merged = append(merged, sp)
		}
	}
	return merged
}

func main() {
	var sensors []Sensor
	for _, line := range strings.Split(input, "\n") {
		var s Sensor
		fmt.Sscanf(line, "Sensor at x=%d, y=%d: closest beacon is at x=%d, y=%d",
			&s.At.X, &s.At.Y, &s.Beacon.X, &s.Beacon.Y)
		s.Radius = s.At.Dist(s.Beacon)
		sensors = append(sensors, s)
	}
	const row = 10
	covered := 0
	for _, sp := range Coverage(sensors, row) {
		covered += sp.Hi - sp.Lo + 1
	}
	beacons := map[Point]struct{}{}
	for _, s := range sensors {
		if s.Beacon.Y == row {
			beacons[s.Beacon] = struct{}{}
		}
	}
	fmt.Println("part 1:", covered-len(beacons))

	const limit = 20
	for y := 0; y <= limit; y++ {
		spans := Coverage(sensors, y)
		for i := 0; i+1 < len(spans); i++ {
			if x := spans[i].Hi + 1; x >= 0 && x <= limit {
				fmt.Printf("beacon at (%d,%d)\n", x, y)
				fmt.Println("part 2:", x*4_000_000+y)
			}
		}
	}
}
