package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

// Precinct holds the raw ballots cast at one polling place.
type Precinct struct {
	ID      string
	Ballots []string
}

// Tally is a concurrency-safe vote counter.
type Tally struct {
	mu     sync.Mutex
	counts map[string]int
	seen   []string
}

func NewTally() *Tally {
	return &Tally{counts: make(map[string]int)}
}

func (t *Tally) Merge(precinct string, partial map[string]int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for name, n := range partial {
		t.counts[name] += n
	}
	t.seen = append(t.seen, precinct)
}

func (t *Tally) Snapshot() (map[string]int, []string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := maps.Clone(t.counts)
	seen := slices.Clone(t.seen)
	slices.Sort(seen)
	return out, seen
}

func countPrecinct(p Precinct) map[string]int {
	local := map[string]int{}
	for _, b := range p.Ballots {
		local[b]++
	}
	return local
}

func main() {
	names := []string{"Harper", "Iqbal", "Jonsson"}
	var precincts []Precinct
	for i := range 8 {
		p := Precinct{ID: fmt.Sprintf("P-%02d", i+1)}
		for j := range 40 + i*5 {
			p.Ballots = append(p.Ballots, names[(i*7+j*j)%len(names)])
		}
		precincts = append(precincts, p)
	}

	tally := NewTally()
	var wg sync.WaitGroup
	for _, p := range precincts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tally.Merge(p.ID, countPrecinct(p))
		}()
	}
	wg.Wait()

	counts, seen := tally.Snapshot()
	fmt.Println("precincts reported:", len(seen))
	fmt.Println("first/last:", seen[0], seen[len(seen)-1])

	total := 0
	for _, n := range counts {
		total += n
	}
	keys := slices.Sorted(maps.Keys(counts))
	for _, k := range keys {
		share := 100 * float64(counts[k]) / float64(total)
		fmt.Printf("%-8s %5d %6.2f%%\n", k, counts[k], share)
	}
	fmt.Printf("total    %5d\n", total)
}
