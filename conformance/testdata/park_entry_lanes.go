package main

import (
	"fmt"
	"sort"
	"sync"
)

type Garage struct {
	mu       sync.Mutex
	capacity int
	inside   map[string]int // plate -> lane used
	rejected []string
}

func (g *Garage) TryEnter(lane int, plate string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.inside) >= g.capacity {
		g.rejected = append(g.rejected, plate)
		return false
	}
	g.inside[plate] = lane
	return true
}

func (g *Garage) Count() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.inside)
}

func main() {
	lanes := [][]string{
		{"A-01", "A-02", "A-03", "A-04"},
		{"B-01", "B-02", "B-03"},
		{"C-01", "C-02", "C-03", "C-04", "C-05"},
	}
	g := &Garage{capacity: 100, inside: make(map[string]int)}

	var wg sync.WaitGroup
	perLane := make([]int, len(lanes))
	for i, cars := range lanes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, plate := range cars {
				if g.TryEnter(i+1, plate) {
					perLane[i]++ // each goroutine owns its own index
				}
			}
		}()
	}
	wg.Wait()

	fmt.Println("cars inside:", g.Count())
	for i, n := range perLane {
		fmt.Printf("lane %d admitted %d\n", i+1, n)
	}

	plates := make([]string, 0, len(g.inside))
	for p := range g.inside {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	for _, p := range plates {
		fmt.Printf("  %s via lane %d\n", p, g.inside[p])
	}

	// Second wave: a tiny garage where the total admitted is fixed
	// even though the winners depend on scheduling.
	small := &Garage{capacity: 5, inside: make(map[string]int)}
	var wg2 sync.WaitGroup
	for lane := range 4 {
		wg2.Go(func() {
			for n := range 3 {
				small.TryEnter(lane, fmt.Sprintf("L%d-%d", lane, n))
			}
		})
	}
	wg2.Wait()
	fmt.Println("small garage inside:", small.Count())
	fmt.Println("small garage rejected:", len(small.rejected))
	fmt.Println("total attempts:", small.Count()+len(small.rejected))
}
