package main

import (
	"fmt"
	"sort"
	"sync"
)

type Request struct {
	ID       int
	From, To int
}

type Trip struct {
	Request
	Car      string
	Distance int
}

type Car struct {
	Name  string
	Floor int
	Moved int
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *Car) Serve(r Request) Trip {
	d := abs(c.Floor-r.From) + abs(r.From-r.To)
	c.Floor = r.To
	c.Moved += d
	return Trip{Request: r, Car: c.Name, Distance: d}
}

func dispatch(requests []Request, cars []*Car) map[string][]Request {
	// assign deterministically: each request goes to the car ending nearest to its origin
	pos := map[string]int{}
	for _, c := range cars {
		pos[c.Name] = c.Floor
	}
	plan := map[string][]Request{}
	for _, r := range requests {
		best := cars[0].Name
		for _, c := range cars[1:] {
			if abs(pos[c.Name]-r.From) < abs(pos[best]-r.From) {
				best = c.Name
			}
		}
		plan[best] = append(plan[best], r)
		pos[best] = r.To
	}
	return plan
}

func main() {
	cars := []*Car{{Name: "A", Floor: 0}, {Name: "B", Floor: 10}, {Name: "C", Floor: 5}}
	requests := []Request{
		{1, 0, 7}, {2, 9, 2}, {3, 4, 6}, {4, 7, 1}, {5, 3, 3},
		{6, 10, 0}, {7, 2, 8}, {8, 6, 5}, {9, 1, 9}, {10, 8, 4},
	}
	plan := dispatch(requests, cars)

	results := make(chan Trip)
	var wg sync.WaitGroup
	for _, c := range cars {
		queue := make(chan Request, len(plan[c.Name]))
		for _, r := range plan[c.Name] {
			queue <- r
		}
		close(queue)
		wg.Add(1)
		go func(c *Car) {
			defer wg.Done()
			for r := range queue {
				results <- c.Serve(r)
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var trips []Trip
	for t := range results {
		trips = append(trips, t)
	}
	sort.Slice(trips, func(i, j int) bool { return trips[i].ID < trips[j].ID })
	for _, t := range trips {
		fmt.Printf("req %2d: %2d -> %2d by car %s, travelled %2d floors\n", t.ID, t.From, t.To, t.Car, t.Distance)
	}
	total := 0
	for _, c := range cars {
		fmt.Printf("car %s: final floor %2d, moved %3d, served %d\n", c.Name, c.Floor, c.Moved, len(plan[c.Name]))
		total += c.Moved
	}
	fmt.Println("total floors moved:", total)
}
