package main

import (
	"fmt"
	"sort"
	"sync"
)

type RateTable struct {
	mu    sync.RWMutex
	rates map[string]int
	reads int
}

var (
	loadOnce  sync.Once
	loadCount int
	table     *RateTable
)

func loadRates() {
	loadCount++
	table = &RateTable{rates: map[string]int{
		"standard": 110, "superior": 145, "junior-suite": 230,
	}}
}

func (t *RateTable) Get(kind string) (int, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	r, ok := t.rates[kind]
	return r, ok
}

func (t *RateTable) Raise(kind string, by int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.rates[kind] += by
}

func (t *RateTable) Snapshot() map[string]int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	cp := make(map[string]int, len(t.rates))
	for k, v := range t.rates {
		cp[k] = v
	}
	return cp
}

var taxRate = sync.OnceValue(func() float64 {
	fmt.Println("(computing tax rate once)")
	return 0.075 + 0.025
})

func main() {
	var wg sync.WaitGroup
	found := make([]int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			loadOnce.Do(loadRates)
			kinds := []string{"standard", "superior", "junior-suite", "attic"}
			if _, ok := table.Get(kinds[i%4]); ok {
				found[i] = 1
			}
		}()
	}
	wg.Wait()
	fmt.Println("rate table loaded", loadCount, "time(s)")
	hits := 0
	for _, f := range found {
		hits += f
	}
	fmt.Println("successful lookups:", hits, "of", len(found))

	// Concurrent writers each raise a different room kind.
	for _, k := range []string{"standard", "superior", "junior-suite"} {
		for range 5 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				table.Raise(k, 2)
			}()
		}
	}
	wg.Wait()

	snap := table.Snapshot()
	kinds := make([]string, 0, len(snap))
	for k := range snap {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		gross := float64(snap[k]) * (1 + taxRate())
		fmt.Printf("%-13s net %4d  gross %7.2f\n", k, snap[k], gross)
	}
	fmt.Printf("tax rate: %.1f%%\n", taxRate()*100)
}
