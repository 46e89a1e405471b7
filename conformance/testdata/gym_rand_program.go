package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Move struct {
	Name    string
	Group   string
	MinReps int
	MaxReps int
}

var library = []Move{
	{"push-up", "push", 8, 20},
	{"dip", "push", 5, 12},
	{"pike press", "push", 6, 10},
	{"pull-up", "pull", 3, 10},
	{"ring row", "pull", 8, 15},
	{"squat", "legs", 10, 25},
	{"lunge", "legs", 8, 16},
	{"step-up", "legs", 10, 14},
	{"plank", "core", 30, 60},
	{"hollow hold", "core", 20, 40},
}

func pick(r *rand.Rand, group string) Move {
	var options []Move
	for _, m := range library {
		if m.Group == group {
			options = append(options, m)
		}
	}
	return options[r.IntN(len(options))]
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	groups := []string{"push", "pull", "legs", "core"}

	for day := range 3 {
		fmt.Printf("Day %d\n", day+1)
		for _, g := range groups {
			m := pick(r, g)
			reps := m.MinReps + r.IntN(m.MaxReps-m.MinReps+1)
			unit := "reps"
			if g == "core" {
				unit = "sec"
			}
			sets := 2 + r.IntN(3)
			fmt.Printf("  %-5s %-12s %d x %d %s\n", g, m.Name, sets, reps, unit)
		}
	}

	order := slices.Clone(groups)
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	fmt.Println("circuit order:", strings.Join(order, " -> "))

	perm := r.Perm(5)
	fmt.Println("station permutation:", perm)

	var hr []int
	for range 6 {
		hr = append(hr, 120+r.IntN(50))
	}
	fmt.Println("simulated heart rates:", hr)
	fmt.Println("peak:", slices.Max(hr), "low:", slices.Min(hr))

	f := r.Float64()
	fmt.Printf("effort factor: %.4f\n", f)

	r2 := rand.New(rand.NewPCG(1, 2))
	r3 := rand.New(rand.NewPCG(1, 2))
	same := true
	for range 10 {
		if r2.Uint64() != r3.Uint64() {
			same = false
		}
	}
	fmt.Println("same seed, same sequence:", same)
}
