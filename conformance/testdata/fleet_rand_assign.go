package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Truck struct {
	ID       string
	Capacity int
	Load     int
	Parcels  []int
}

func (t *Truck) Fits(kg int) bool { return t.Load+kg <= t.Capacity }

func (t *Truck) Take(id, kg int) {
	t.Load += kg
	t.Parcels = append(t.Parcels, id)
}

func (t Truck) String() string {
	bar := strings.Repeat("=", t.Load*20/t.Capacity)
	return fmt.Sprintf("%-3s [%-20s] %3d/%3d kg %v", t.ID, bar, t.Load, t.Capacity, t.Parcels)
}

func main() {
	// A fixed seed makes the "random" simulation reproducible.
	rng := rand.New(rand.NewPCG(1, 2))

	weights := make([]int, 12)
	for i := range weights {
		weights[i] = 5 + rng.IntN(40)
	}
	fmt.Println("parcel weights:", weights)

	trucks := []*Truck{
		{ID: "T1", Capacity: 120},
		{ID: "T2", Capacity: 100},
		{ID: "T3", Capacity: 80},
	}

	// First-fit in a shuffled order.
	order := rng.Perm(len(weights))
	fmt.Println("loading order:", order)
	var leftover []int
	for _, p := range order {
		placed := false
		for _, t := range trucks {
			if t.Fits(weights[p]) {
				t.Take(p, weights[p])
				placed = true
				break
			}
		}
		if !placed {
			leftover = append(leftover, p)
		}
	}
	for _, t := range trucks {
		slices.Sort(t.Parcels)
		fmt.Println(t)
	}
	fmt.Println("left at depot:", leftover)

	// Simulated GPS jitter with a normal distribution.
	lat, lon := 40.4168, -3.7038
	for i := range 4 {
		dlat := rng.NormFloat64() * 0.001
		dlon := rng.NormFloat64() * 0.001
		fmt.Printf("ping %d: %.5f, %.5f\n", i+1, lat+dlat, lon+dlon)
	}

	// Pick a random driver for a surprise inspection.
	drivers := []string{"Ana", "Bo", "Chen", "Dara", "Eli"}
	rng.Shuffle(len(drivers), func(i, j int) { drivers[i], drivers[j] = drivers[j], drivers[i] })
	fmt.Println("inspection order:", drivers)
	fmt.Printf("delay factor: %.4f\n", 1+rng.Float64()/10)
	fmt.Println("dice for bonus route:", rng.IntN(6)+1, rng.IntN(6)+1)

	// Two generators with the same seed produce the same sequence.
	a := rand.New(rand.NewPCG(7, 7))
	b := rand.New(rand.NewPCG(7, 7))
	same := true
	for range 100 {
		if a.Uint64() != b.Uint64() {
			same = false
		}
	}
	fmt.Println("same seed, same sequence:", same)
}
