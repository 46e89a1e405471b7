package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type FrontDesk struct {
	mu       sync.Mutex
	checkins map[string]int
	byDoor   map[string][]string
}

func NewFrontDesk() *FrontDesk {
	return &FrontDesk{checkins: map[string]int{}, byDoor: map[string][]string{}}
}

func (f *FrontDesk) CheckIn(door, member string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.checkins[member]++
	f.byDoor[door] = append(f.byDoor[door], member)
}

func (f *FrontDesk) Snapshot() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make(map[string]int, len(f.checkins))
	for k, v := range f.checkins {
		out[k] = v
	}
	return out
}

func main() {
	doors := map[string][]string{
		"north": {"ana", "ben", "cy", "ana"},
		"south": {"dee", "ben", "eli"},
		"east":  {"ana", "fay", "gus", "dee", "cy"},
	}

	desk := NewFrontDesk()
	var wg sync.WaitGroup
	for door, queue := range doors {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, m := range queue {
				desk.CheckIn(door, m)
			}
		}()
	}
	wg.Wait()

	snap := desk.Snapshot()
	names := make([]string, 0, len(snap))
	for n := range snap {
		names = append(names, n)
	}
	slices.Sort(names)
	total := 0
	for _, n := range names {
		fmt.Printf("%-4s %s\n", n, strings.Repeat("*", snap[n]))
		total += snap[n]
	}
	fmt.Println("total check-ins:", total)

	doorNames := slices.Sorted(func(yield func(string) bool) {
		for d := range desk.byDoor {
			if !yield(d) {
				return
			}
		}
	})
	for _, d := range doorNames {
		// Each door is handled by one goroutine, so its order is stable.
		fmt.Printf("%-5s %v\n", d, desk.byDoor[d])
	}

	// Parallel computation with results written to distinct indices.
	weights := []float64{100, 120, 80, 140}
	warmups := make([][]float64, len(weights))
	var wg2 sync.WaitGroup
	for i, w := range weights {
		wg2.Go(func() {
			warmups[i] = []float64{w * 0.4, w * 0.6, w * 0.8}
		})
	}
	wg2.Wait()
	for i, w := range weights {
		fmt.Printf("work set %.0f: warm-ups %v\n", w, warmups[i])
	}
}
