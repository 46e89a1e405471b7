package main

import (
	"fmt"
	"sort"
	"sync"
)

type Task struct {
	Animal string
	Food   string
	Kg     float64
}

type Pantry struct {
	mu    sync.Mutex
	stock map[string]float64
	log   []string
}

func (p *Pantry) Take(t Task) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stock[t.Food] < t.Kg {
		p.log = append(p.log, fmt.Sprintf("SHORT %s for %s", t.Food, t.Animal))
		return false
	}
	p.stock[t.Food] -= t.Kg
	p.log = append(p.log, fmt.Sprintf("fed %s %.1f kg %s", t.Animal, t.Kg, t.Food))
	return true
}

func main() {
	pantry := &Pantry{stock: map[string]float64{"meat": 30, "fish": 10, "hay": 200}}
	tasks := []Task{
		{"lion", "meat", 9}, {"tiger", "meat", 8}, {"seal", "fish", 4},
		{"pelican", "fish", 2}, {"zebra", "hay", 15}, {"giraffe", "hay", 35},
		{"hyena", "meat", 6}, {"otter", "fish", 1.5}, {"rhino", "hay", 50},
	}

	jobs := make(chan Task)
	var wg sync.WaitGroup
	var fedCount int
	var countMu sync.Mutex

	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				if pantry.Take(t) {
					countMu.Lock()
					fedCount++
					countMu.Unlock()
				}
			}
		}()
	}
	for _, t := range tasks {
		jobs <- t
	}
	close(jobs)
	wg.Wait()

	sort.Strings(pantry.log)
	fmt.Println("Feeding log (sorted):")
	for _, line := range pantry.log {
		fmt.Println(" ", line)
	}
	fmt.Printf("Animals fed: %d of %d\n", fedCount, len(tasks))

	foods := make([]string, 0, len(pantry.stock))
	for f := range pantry.stock {
		foods = append(foods, f)
	}
	sort.Strings(foods)
	fmt.Println("Remaining stock:")
	for _, f := range foods {
		fmt.Printf("  %-5s %6.1f kg\n", f, pantry.stock[f])
	}
}
