package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
)

type Quote struct {
	Agency string
	Route  string
	Price  int
}

// agencyQuote simulates a fare lookup. The random markup is drawn
// before the goroutines start, so prices do not depend on scheduling.
func agencyQuote(agency string, markup int, route string) Quote {
	base := 180 + markup
	if route == "OSL-TYO" {
		base += 450
	}
	return Quote{Agency: agency, Route: route, Price: base}
}

func main() {
	agencies := []string{"SkyCheap", "GlobeTrot", "FareHawk", "JetDeals", "RoamIt"}
	routes := []string{"OSL-BCN", "OSL-TYO"}

	var (
		mu     sync.Mutex
		wg     sync.WaitGroup
		quotes []Quote
		calls  int
	)

	rng := rand.New(rand.NewPCG(1, 2))
	markups := make([][]int, len(agencies))
	for i := range markups {
		markups[i] = []int{rng.IntN(220), rng.IntN(220)}
	}

	for i, a := range agencies {
		for j, r := range routes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				q := agencyQuote(a, markups[i][j], r)
				mu.Lock()
				quotes = append(quotes, q)
				calls++
				mu.Unlock()
			}()
		}
	}
	wg.Wait()

	sort.Slice(quotes, func(i, j int) bool {
		if quotes[i].Route != quotes[j].Route {
			return quotes[i].Route < quotes[j].Route
		}
		if quotes[i].Price != quotes[j].Price {
			return quotes[i].Price < quotes[j].Price
		}
		return quotes[i].Agency < quotes[j].Agency
	})

	fmt.Printf("collected %d quotes from %d lookups\n", len(quotes), calls)
	best := map[string]Quote{}
	current := ""
	for _, q := range quotes {
		if q.Route != current {
			current = q.Route
			fmt.Println("Route", current)
			best[current] = q
		}
		fmt.Printf("  %-10s %5d NOK\n", q.Agency, q.Price)
	}

	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("best for %s: %s at %d\n", k, best[k].Agency, best[k].Price)
	}
}
