package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Story struct {
	Slug   string
	Weight int // editorial weight: higher means more likely to be featured
}

type Sampler struct {
	rng   *rand.Rand
	items []Story
	total int
}

func NewSampler(items []Story, seed1, seed2 uint64) *Sampler {
	s := &Sampler{rng: rand.New(rand.NewPCG(seed1, seed2)), items: items}
	for _, it := range items {
		s.total += it.Weight
	}
	return s
}

// Pick chooses one story with probability proportional to its weight.
func (s *Sampler) Pick() Story {
	n := s.rng.IntN(s.total)
	for _, it := range s.items {
		if n < it.Weight {
			return it
		}
		n -= it.Weight
	}
	panic("unreachable")
}

func main() {
	stories := []Story{
		{"election-results", 8},
		{"heatwave-advice", 5},
		{"stadium-vote", 3},
		{"bakery-profile", 1},
		{"crossword-answers", 1},
	}

	s := NewSampler(stories, 1, 2)
	fmt.Println("featured slots for the week:")
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	for _, d := range days {
		fmt.Printf("  %s %s\n", d, s.Pick().Slug)
	}

	tally := map[string]int{}
	for range 1000 {
		tally[s.Pick().Slug]++
	}
	fmt.Println("1000 draws:")
	for _, st := range stories {
		bar := strings.Repeat("#", tally[st.Slug]/25)
		fmt.Printf("  %-18s w=%d %4d %s\n", st.Slug, st.Weight, tally[st.Slug], bar)
	}

	order := slices.Clone(stories)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	fmt.Print("shuffled homepage:")
	for _, st := range order {
		fmt.Print(" ", st.Slug)
	}
	fmt.Println()

	fmt.Println("perm:", r.Perm(6))
	fmt.Printf("float: %.4f  int in [10,20): %d\n", r.Float64(), 10+r.IntN(10))

	again := NewSampler(stories, 1, 2)
	fmt.Println("same seed, same first pick:", again.Pick().Slug)
}
