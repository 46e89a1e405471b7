package main

import (
	"fmt"
	"sort"
)

type RawSet struct {
	Member string
	Kg     float64
	Reps   int
}

type Scored struct {
	RawSet
	OneRM float64
}

func generate(sets []RawSet) <-chan RawSet {
	out := make(chan RawSet)
	go func() {
		defer close(out)
		for _, s := range sets {
			out <- s
		}
	}()
	return out
}

func validate(in <-chan RawSet, rejected chan<- string) <-chan RawSet {
	out := make(chan RawSet)
	go func() {
		defer close(out)
		defer close(rejected)
		for s := range in {
			if s.Reps <= 0 || s.Kg < 0 {
				rejected <- fmt.Sprintf("%s %.1fx%d", s.Member, s.Kg, s.Reps)
				continue
			}
			out <- s
		}
	}()
	return out
}

func score(in <-chan RawSet) <-chan Scored {
	out := make(chan Scored)
	go func() {
		defer close(out)
		for s := range in {
			out <- Scored{s, s.Kg * (1 + float64(s.Reps)/30)}
		}
	}()
	return out
}

func main() {
	sets := []RawSet{
		{"ana", 60, 5}, {"ben", 100, 3}, {"cy", 50, 0}, {"ana", 65, 3},
		{"dee", -5, 5}, {"ben", 105, 1}, {"cy", 45, 10},
	}

	rejected := make(chan string, len(sets))
	results := score(validate(generate(sets), rejected))

	best := map[string]float64{}
	count := 0
	for r := range results {
		count++
		fmt.Printf("%-4s %6.1f x %-2d -> 1RM %6.2f\n", r.Member, r.Kg, r.Reps, r.OneRM)
		best[r.Member] = max(best[r.Member], r.OneRM)
	}
	fmt.Println("accepted:", count)

	for r := range rejected {
		fmt.Println("rejected:", r)
	}

	names := make([]string, 0, len(best))
	for n := range best {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("best %-4s %.2f\n", n, best[n])
	}

	// Buffered channel as a fixed-size queue for the squat rack.
	rack := make(chan string, 3)
	for _, m := range []string{"ana", "ben", "cy"} {
		rack <- m
	}
	fmt.Println("rack queue length:", len(rack), "cap:", cap(rack))
	close(rack)
	for m := range rack {
		fmt.Println("on the rack:", m)
	}
}
