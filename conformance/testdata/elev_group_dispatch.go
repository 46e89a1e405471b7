package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Car struct {
	Name    string
	Floor   int
	Dir     int // +1 up, -1 down, 0 idle
	Load    int // passengers
	Enabled bool
}

type HallCall struct {
	Floor int
	Dir   int
}

// CostFunc scores how expensive it is for car c to serve call h.
type CostFunc func(c Car, h HallCall) int

func distanceCost(c Car, h HallCall) int {
	return max(c.Floor-h.Floor, h.Floor-c.Floor)
}

// withDirectionPenalty wraps a cost function and penalises cars moving away.
func withDirectionPenalty(base CostFunc, penalty int) CostFunc {
	return func(c Car, h HallCall) int {
		cost := base(c, h)
		movingAway := (c.Dir > 0 && h.Floor < c.Floor) || (c.Dir < 0 && h.Floor > c.Floor)
		if movingAway {
			cost += penalty
		}
		return cost
	}
}

// withLoadPenalty adds cost per passenger already in the car.
func withLoadPenalty(base CostFunc, perRider int) CostFunc {
	return func(c Car, h HallCall) int {
		return base(c, h) + c.Load*perRider
	}
}

// assign picks the cheapest enabled car; ties go to the alphabetically first name.
func assign(cars []Car, h HallCall, cost CostFunc) (string, int) {
	enabled := slices.DeleteFunc(slices.Clone(cars), func(c Car) bool { return !c.Enabled })
	if len(enabled) == 0 {
		return "", -1
	}
	best := slices.MinFunc(enabled, func(a, b Car) int {
		return cmp.Or(cmp.Compare(cost(a, h), cost(b, h)), cmp.Compare(a.Name, b.Name))
	})
	return best.Name, cost(best, h)
}

func main() {
	cars := []Car{
		{"A", 1, 0, 0, true},
		{"B", 9, -1, 6, true},
		{"C", 6, 1, 2, true},
		{"D", 12, 0, 0, false},
	}
	calls := []HallCall{{5, 1}, {8, -1}, {0, 1}, {14, -1}}
	for _, c := range cars {
		fmt.Printf("%+v\n", c)
	}

	strategies := []struct {
		name string
		fn   CostFunc
	}{
		{"distance", distanceCost},
		{"direction", withDirectionPenalty(distanceCost, 10)},
		{"dir+load", withLoadPenalty(withDirectionPenalty(distanceCost, 10), 2)},
	}

	for _, s := range strategies {
		fmt.Printf("%-9s:", s.name)
		for _, h := range calls {
			name, cost := assign(cars, h, s.fn)
			fmt.Printf("  %2d->%s(%2d)", h.Floor, name, cost)
		}
		fmt.Println()
	}

	// A closure that counts how often it is called.
	calls2 := 0
	counted := func(c Car, h HallCall) int {
		calls2++
		return distanceCost(c, h)
	}
	assign(cars, HallCall{3, 1}, counted)
	fmt.Println("cost function calls for one assignment:", calls2)

	for i := range cars {
		cars[i].Enabled = false
	}
	name, cost := assign(cars, HallCall{2, 1}, distanceCost)
	fmt.Printf("all disabled: name=%q cost=%d\n", name, cost)
}
