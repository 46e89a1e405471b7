package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Plot struct {
	Name  string
	Rows  int
	Yield int // kg per row
}

type Result struct {
	Plot   string
	Worker int
	Kg     int
}

type Barn struct {
	mu     sync.Mutex
	stored map[string]int
	loads  int
}

func (b *Barn) Store(crop string, kg int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.stored[crop] += kg
	b.loads++
}

func main() {
	plots := []Plot{
		{"apple-1", 12, 40},
		{"apple-2", 10, 38},
		{"pear-1", 8, 31},
		{"plum-1", 6, 23},
		{"pear-2", 9, 30},
		{"apple-3", 11, 41},
	}

	barn := &Barn{stored: make(map[string]int)}
	jobs := make(chan Plot)
	results := make(chan Result, len(plots))

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for p := range jobs {
				kg := p.Rows * p.Yield
				crop, _, _ := strings.Cut(p.Name, "-")
				barn.Store(crop, kg)
				results <- Result{Plot: p.Name, Worker: id, Kg: kg}
			}
		}(w)
	}

	for _, p := range plots {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	// Sort by plot name so worker scheduling does not affect output.
	sort.Slice(all, func(i, j int) bool { return all[i].Plot < all[j].Plot })
	for _, r := range all {
		fmt.Printf("%-8s %5d kg\n", r.Plot, r.Kg)
	}

	crops := make([]string, 0, len(barn.stored))
	for c := range barn.stored {
		crops = append(crops, c)
	}
	sort.Strings(crops)
	fmt.Println("barn contents:")
	var total int
	for _, c := range crops {
		fmt.Printf("  %-6s %6d kg\n", c, barn.stored[c])
		total += barn.stored[c]
	}
	fmt.Printf("loads stored: %d, total %d kg\n", barn.loads, total)
}
