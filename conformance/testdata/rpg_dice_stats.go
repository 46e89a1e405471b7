// Dice-rolling statistics: observed versus expected frequencies.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Histogram[K cmp.Ordered] struct {
	counts map[K]int
	total  int
}

func NewHistogram[K cmp.Ordered]() *Histogram[K] {
	return &Histogram[K]{counts: make(map[K]int)}
}

func (h *Histogram[K]) Add(k K) { h.counts[k]++; h.total++ }

func (h *Histogram[K]) Keys() []K {
	keys := make([]K, 0, len(h.counts))
	for k := range h.counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// exact computes the exact distribution of the sum of n dice with s sides.
func exact(n, s int) map[int]float64 {
	ways := map[int]int{0: 1}
	outcomes := 1
	for range n {
		next := map[int]int{}
		for total, w := range ways {
			for face := 1; face <= s; face++ {
				next[total+face] += w
			}
		}
		ways = next
		outcomes *= s
	}
	dist := make(map[int]float64, len(ways))
	for total, w := range ways {
		dist[total] = float64(w) / float64(outcomes)
	}
	return dist
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	const trials = 6000
	h := NewHistogram[int]()
	var sum, doubles int
	for range trials {
		a, b := r.IntN(6)+1, r.IntN(6)+1
		h.Add(a + b)
		sum += a + b
		if a == b {
			doubles++
		}
	}
	want := exact(2, 6)
	fmt.Printf("2d6 rolled %d times\n", trials)
	fmt.Printf("%3s %6s %7s %7s  %s\n", "sum", "count", "obs%", "exp%", "bar")
	for _, k := range h.Keys() {
		c := h.counts[k]
		obs := 100 * float64(c) / float64(h.total)
		fmt.Printf("%3d %6d %6.2f%% %6.2f%%  %s\n", k, c, obs, 100*want[k], strings.Repeat("=", c/40))
	}
	fmt.Printf("mean %.3f (expected 7.000), doubles %d (%.1f%%)\n",
		float64(sum)/trials, doubles, 100*float64(doubles)/trials)

	// 4d6 drop the lowest: the classic ability score roll.
	scores := NewHistogram[int]()
	for range 2000 {
		rolls := []int{r.IntN(6) + 1, r.IntN(6) + 1, r.IntN(6) + 1, r.IntN(6) + 1}
		slices.Sort(rolls)
		scores.Add(rolls[1] + rolls[2] + rolls[3])
	}
	keys := scores.Keys()
	fmt.Printf("4d6-drop-lowest range %d..%d over %d rolls\n", keys[0], keys[len(keys)-1], scores.total)
	mode := slices.MaxFunc(keys, func(a, b int) int { return cmp.Compare(scores.counts[a], scores.counts[b]) })
	fmt.Printf("mode %d seen %d times; counts %v\n", mode, scores.counts[mode], scores.counts)
}
