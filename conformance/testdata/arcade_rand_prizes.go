package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Slot struct {
	Prize  string
	Weight int
}

type Wheel struct {
	slots []Slot
	total int
	rng   *rand.Rand
}

func NewWheel(r *rand.Rand, slots ...Slot) *Wheel {
	w := &Wheel{slots: slots, rng: r}
	for _, s := range slots {
		w.total += s.Weight
	}
	return w
}

func (w *Wheel) Spin() string {
	n := w.rng.IntN(w.total)
	for _, s := range w.slots {
		if n < s.Weight {
			return s.Prize
		}
		n -= s.Weight
	}
	return "nothing"
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	wheel := NewWheel(rng,
		Slot{"10 tickets", 50},
		Slot{"50 tickets", 25},
		Slot{"100 tickets", 15},
		Slot{"mega plush", 8},
		Slot{"JACKPOT", 2},
	)

	for i := range 8 {
		fmt.Printf("spin %d: %s\n", i+1, wheel.Spin())
	}

	counts := map[string]int{}
	for range 1000 {
		counts[wheel.Spin()]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("1000 spins:")
	for _, k := range keys {
		bar := strings.Repeat("#", counts[k]/25)
		fmt.Printf("  %-12s %4d %s\n", k, counts[k], bar)
	}

	deck := []string{"Ace", "Bolt", "Comet", "Dash", "Echo"}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("tournament order:", deck)

	fmt.Printf("lucky number: %d, float: %.4f\n", rng.IntN(100), rng.Float64())
	fmt.Println("perm:", rng.Perm(6))
}
