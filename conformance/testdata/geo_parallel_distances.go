package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

type City struct {
	Name string
	X, Y float64
}

func dist(a, b City) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// Matrix fills a distance matrix; each goroutine owns exactly one row.
func Matrix(cities []City) [][]float64 {
	m := make([][]float64, len(cities))
	var wg sync.WaitGroup
	for i := range cities {
		wg.Add(1)
		go func() {
			defer wg.Done()
			row := make([]float64, len(cities))
			for j := range cities {
				row[j] = dist(cities[i], cities[j])
			}
			m[i] = row
		}()
	}
	wg.Wait()
	return m
}

func tourLen(m [][]float64, tour []int) float64 {
	s := 0.0
	for i := range tour {
		s += m[tour[i]][tour[(i+1)%len(tour)]]
	}
	return s
}

func nearestNeighbor(m [][]float64, start int) []int {
	used := make([]bool, len(m))
	tour := []int{start}
	used[start] = true
	for len(tour) < len(m) {
		cur, best := tour[len(tour)-1], -1
		for j := range m {
			if !used[j] && (best < 0 || m[cur][j] < m[cur][best]) {
				best = j
			}
		}
		used[best] = true
		tour = append(tour, best)
	}
	return tour
}

func twoOpt(m [][]float64, tour []int) ([]int, int) {
	t := append([]int(nil), tour...)
	swaps := 0
	for improved := true; improved; {
		improved = false
		for i := 1; i < len(t)-1; i++ {
			for k := i + 1; k < len(t); k++ {
				a, b, c, d := t[i-1], t[i], t[k], t[(k+1)%len(t)]
				if m[a][c]+m[b][d] < m[a][b]+m[c][d]-1e-9 {
					for l, r := i, k; l < r; l, r = l+1, r-1 {
						t[l], t[r] = t[r], t[l]
					}
					swaps++
					improved = true
				}
			}
		}
	}
	return t, swaps
}

type startResult struct {
	start   int
	nn, opt float64
	swaps   int
	tour    []int
}

func main() {
	cities := []City{
		{"Avalon", 0, 0}, {"Brook", 12, 3}, {"Cedar", 5, 11}, {"Dune", 20, 14},
		{"Elm", 9, 20}, {"Fjord", 27, 4}, {"Glen", 15, 25}, {"Harbor", 2, 17},
		{"Isle", 23, 22}, {"Juniper", 30, 12}, {"Knoll", 7, 6}, {"Lake", 18, 8},
	}
	m := Matrix(cities)
	fmt.Printf("%-8s", "")
	for _, c := range cities[:6] {
		fmt.Printf("%8.4s", c.Name)
	}
	fmt.Println()
	for i, c := range cities[:6] {
		fmt.Printf("%-8s", c.Name)
		for j := range 6 {
			fmt.Printf("%8.2f", m[i][j])
		}
		fmt.Println()
	}

	results := make(chan startResult)
	var wg sync.WaitGroup
	for s := range cities {
		wg.Add(1)
		go func(start int) {
			defer wg.Done()
			nn := nearestNeighbor(m, start)
			opt, swaps := twoOpt(m, nn)
			results <- startResult{start, tourLen(m, nn), tourLen(m, opt), swaps, opt}
		}(s)
	}
	go func() { wg.Wait(); close(results) }()

	var all []startResult
	for r := range results {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b startResult) int { return a.start - b.start })
	for _, r := range all {
		fmt.Printf("start %-8s NN=%7.3f 2opt=%7.3f swaps=%d\n", cities[r.start].Name, r.nn, r.opt, r.swaps)
	}
	best := slices.MinFunc(all, func(a, b startResult) int { return cmp.Compare(a.opt, b.opt) })
	names := make([]string, len(best.tour))
	for i, idx := range best.tour {
		names[i] = cities[idx].Name
	}
	fmt.Printf("best tour %.3f: %s\n", best.opt, strings.Join(names, " -> "))

	for i, c := range cities {
		far := 0
		for j := range cities {
			if m[i][j] > m[i][far] {
				far = j
			}
		}
		fmt.Printf("%-8s farthest=%-8s (%.2f)\n", c.Name, cities[far].Name, m[i][far])
	}
}
