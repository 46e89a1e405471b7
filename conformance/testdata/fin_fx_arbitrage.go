package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Quote struct {
	From, To string
	Rate     float64
}

// findArbitrage runs Bellman-Ford on -log(rate) edges and returns a
// negative cycle (a profitable loop) if one exists.
func findArbitrage(ccys []string, quotes []Quote) []string {
	idx := map[string]int{}
	for i, c := range ccys {
		idx[c] = i
	}
	n := len(ccys)
	dist := make([]float64, n)
	pred := make([]int, n)
	for i := range pred {
		pred[i] = -1
	}
	relaxed := -1
	for iter := 0; iter < n; iter++ {
		relaxed = -1
		for _, q := range quotes {
			u, v := idx[q.From], idx[q.To]
			w := -math.Log(q.Rate)
			if dist[u]+w < dist[v]-1e-12 {
				dist[v] = dist[u] + w
				pred[v] = u
				relaxed = v
			}
		}
	}
	if relaxed == -1 {
		return nil
	}
	// walk back n steps to land inside the cycle
	x := relaxed
	for i := 0; i < n; i++ {
		x = pred[x]
	}
	var cycle []string
	for cur := x; ; cur = pred[cur] {
		cycle = append(cycle, ccys[cur])
		if cur == x && len(cycle) > 1 {
			break
		}
	}
	slices.Reverse(cycle)
	return cycle
}

func rateOf(quotes []Quote, from, to string) float64 {
	for _, q := range quotes {
		if q.From == from && q.To == to {
			return q.Rate
		}
	}
	return math.NaN()
}

func evaluate(name string, ccys []string, quotes []Quote) {
	fmt.Printf("== %s ==\n", name)
	cycle := findArbitrage(ccys, quotes)
	if cycle == nil {
		fmt.Println("no arbitrage")
		return
	}
	amount := 1_000_000.0
	fmt.Printf("cycle: %s\n", strings.Join(cycle, " -> "))
	for i := 0; i+1 < len(cycle); i++ {
		r := rateOf(quotes, cycle[i], cycle[i+1])
		next := amount * r
		fmt.Printf("  %14.2f %s x %10.6f = %14.2f %s\n", amount, cycle[i], r, next, cycle[i+1])
		amount = next
	}
	fmt.Printf("profit on 1,000,000 %s: %.2f (%.4f bps)\n", cycle[0], amount-1_000_000, (amount/1_000_000-1)*1e4)
}

func withInverses(qs []Quote, spreadBps float64) []Quote {
	out := slices.Clone(qs)
	for _, q := range qs {
		inv := 1 / q.Rate * (1 - spreadBps/1e4)
		out = append(out, Quote{q.To, q.From, inv})
	}
	return out
}

func main() {
	ccys := []string{"USD", "EUR", "GBP", "JPY", "CHF"}
	consistent := withInverses([]Quote{
		{"USD", "EUR", 0.92},
		{"USD", "GBP", 0.79},
		{"USD", "JPY", 151.0},
		{"USD", "CHF", 0.88},
		{"EUR", "GBP", 0.79 / 0.92},
		{"EUR", "JPY", 151.0 / 0.92},
		{"GBP", "JPY", 151.0 / 0.79},
	}, 5)
	evaluate("consistent market with spreads", ccys, consistent)

	mispriced := withInverses([]Quote{
		{"USD", "EUR", 0.92},
		{"USD", "GBP", 0.79},
		{"USD", "JPY", 151.0},
		{"USD", "CHF", 0.88},
		{"EUR", "GBP", 0.79 / 0.92},
		{"EUR", "JPY", 151.0 / 0.92 * 1.004},
		{"JPY", "CHF", 0.88 / 151.0},
	}, 2)
	evaluate("mispriced EUR/JPY", ccys, mispriced)

	// cross rate table implied from USD legs
	fmt.Println("implied crosses via USD:")
	for _, a := range ccys[1:] {
		var row []string
		for _, b := range ccys[1:] {
			r := rateOf(consistent, "USD", b) / rateOf(consistent, "USD", a)
			row = append(row, fmt.Sprintf("%s%s=%.5f", a, b, r))
		}
		fmt.Println(" ", strings.Join(row, " "))
	}
}
