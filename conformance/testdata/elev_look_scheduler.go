package main

import (
	"fmt"
	"slices"
)

// LookScheduler implements the LOOK algorithm: keep moving in the current
// direction while there are requests ahead, then reverse.
type LookScheduler struct {
	pos     int
	goingUp bool
	pending []int
}

func (s *LookScheduler) Add(floors ...int) {
	for _, f := range floors {
		if !slices.Contains(s.pending, f) {
			s.pending = append(s.pending, f)
		}
	}
	slices.Sort(s.pending)
}

// Next returns the next floor to stop at and false when idle.
func (s *LookScheduler) Next() (int, bool) {
	if len(s.pending) == 0 {
		return 0, false
	}
	i, _ := slices.BinarySearch(s.pending, s.pos)
	if s.goingUp {
		if i == len(s.pending) {
			s.goingUp = false
			return s.Next()
		}
	} else if i == len(s.pending) || s.pending[i] != s.pos {
		// Nothing at the current floor: look below.
		if i == 0 {
			s.goingUp = true
			return s.Next()
		}
		i--
	}
	f := s.pending[i]
	s.pending = slices.Delete(s.pending, i, i+1)
	s.pos = f
	return f, true
}

func totalDistance(start int, stops []int) int {
	d := 0
	for _, f := range stops {
		d += max(f-start, start-f)
		start = f
	}
	return d
}

func main() {
	s := &LookScheduler{pos: 5, goingUp: true}
	s.Add(9, 2, 14, 5, 7, 1, 9)
	fmt.Println("start at 5 going up, pending:", s.pending)

	var order []int
	for step := 1; ; step++ {
		f, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, f)
		dir := "down"
		if s.goingUp {
			dir = "up"
		}
		fmt.Printf("step %d: stop at %2d heading %-4s remaining %v\n", step, f, dir, s.pending)
		if step == 3 {
			s.Add(3, 12)
			fmt.Println("        new calls: 3, 12 ->", s.pending)
		}
	}
	fmt.Println("LOOK order:", order, "distance:", totalDistance(5, order))

	fcfs := []int{9, 2, 14, 5, 7, 1, 3, 12}
	fmt.Println("FCFS order:", fcfs, "distance:", totalDistance(5, fcfs))

	sorted := slices.Sorted(slices.Values(fcfs))
	fmt.Println("sorted:", sorted, "min:", slices.Min(sorted), "max:", slices.Max(sorted))
	fmt.Println("reversed:", reversed(sorted))
	fmt.Println("original untouched:", fcfs)
}

func reversed(in []int) []int {
	out := slices.Clone(in)
	slices.Reverse(out)
	return out
}
