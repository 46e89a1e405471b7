package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
	Start   int
	Teller  int
}

func (c Customer) Wait() int { return c.Start - c.Arrive }

type Teller struct {
	Name   string
	FreeAt int
	Served int
	Busy   int
}

type Stats struct {
	totalWait, maxWait, waited int
}

func (s *Stats) Add(c Customer) {
	w := c.Wait()
	s.totalWait += w
	s.maxWait = max(s.maxWait, w)
	if w > 0 {
		s.waited++
	}
}

func simulate(rng *rand.Rand, nCustomers int, tellers []*Teller, verbose bool) (Stats, int) {
	clock := 0
	var stats Stats
	for id := 1; id <= nCustomers; id++ {
		clock += 1 + rng.Intn(4)
		c := Customer{ID: id, Arrive: clock, Service: 3 + rng.Intn(7)}
		// choose the teller that frees up earliest (lowest index wins ties)
		best := 0
		for i, t := range tellers {
			if t.FreeAt < tellers[best].FreeAt {
				best = i
			}
		}
		t := tellers[best]
		c.Start = max(c.Arrive, t.FreeAt)
		c.Teller = best
		t.FreeAt = c.Start + c.Service
		t.Served++
		t.Busy += c.Service
		stats.Add(c)
		if verbose {
			line := fmt.Sprintf("%3d %6d %7d %6d %5d  %-6s %s", c.ID, c.Arrive, c.Service, c.Start, c.Wait(),
				t.Name, strings.Repeat("~", c.Wait()))
			fmt.Println(strings.TrimRight(line, " "))
		}
	}
	end := 0
	for _, t := range tellers {
		end = max(end, t.FreeAt)
	}
	return stats, end
}

func newTellers(names ...string) []*Teller {
	out := make([]*Teller, len(names))
	for i, n := range names {
		out[i] = &Teller{Name: n}
	}
	return out
}

func main() {
	const n = 20
	rng := rand.New(rand.NewSource(42))
	tellers := newTellers("Alice", "Bruno")
	fmt.Println(" id arrive service  start  wait  teller")
	stats, end := simulate(rng, n, tellers, true)
	fmt.Printf("closing time %d, average wait %.2f, max wait %d, %d of %d waited\n",
		end, float64(stats.totalWait)/n, stats.maxWait, stats.waited, n)
	for _, t := range tellers {
		fmt.Printf("  %-6s served %2d, utilisation %5.1f%%\n", t.Name, t.Served, 100*float64(t.Busy)/float64(end))
	}

	fmt.Println("\nstaffing comparison (same seed for each run):")
	for k := 1; k <= 4; k++ {
		names := []string{"T1", "T2", "T3", "T4"}[:k]
		s, e := simulate(rand.New(rand.NewSource(7)), 200, newTellers(names...), false)
		fmt.Printf("  %d teller(s): avg wait %6.2f  max %3d  done at %d\n", k, float64(s.totalWait)/200, s.maxWait, e)
	}
}
