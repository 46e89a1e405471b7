package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Number is satisfied by any integer or float type.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Entry[K cmp.Ordered, V Number] struct {
	Key   K
	Value V
}

// Leaderboard accumulates values per key and ranks them.
type Leaderboard[K cmp.Ordered, V Number] struct {
	totals map[K]V
}

func NewLeaderboard[K cmp.Ordered, V Number]() *Leaderboard[K, V] {
	return &Leaderboard[K, V]{totals: map[K]V{}}
}

func (l *Leaderboard[K, V]) Add(k K, v V) { l.totals[k] += v }

func (l *Leaderboard[K, V]) Top(n int) []Entry[K, V] {
	out := make([]Entry[K, V], 0, len(l.totals))
	for k, v := range l.totals {
		out = append(out, Entry[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Entry[K, V]) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Key, b.Key))
	})
	return out[:min(n, len(out))]
}

func Sum[V Number](xs []V) V {
	var s V
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Points float64

func (p Points) String() string { return fmt.Sprintf("%.1f pts", float64(p)) }

func main() {
	points := NewLeaderboard[string, Points]()
	results := []struct {
		winner, loser string
		draw          bool
	}{
		{"Magnus", "Hikaru", false},
		{"Fabiano", "Ian", true},
		{"Hikaru", "Ian", false},
		{"Magnus", "Fabiano", true},
		{"Ian", "Magnus", false},
		{"Hikaru", "Fabiano", false},
	}
	for _, r := range results {
		if r.draw {
			points.Add(r.winner, 0.5)
			points.Add(r.loser, 0.5)
			continue
		}
		points.Add(r.winner, 1)
		points.Add(r.loser, 0)
	}
	for i, e := range points.Top(10) {
		fmt.Printf("%d. %-8s %v\n", i+1, e.Key, e.Value)
	}

	blunders := NewLeaderboard[int, int]()
	for _, round := range []int{1, 3, 1, 2, 3, 3} {
		blunders.Add(round, 1)
	}
	fmt.Printf("blunders by round: %v\n", blunders.Top(2))
	fmt.Printf("%T\n", blunders)

	elos := []int{2830, 2790, 2805, 2760}
	fmt.Println("avg elo:", Sum(elos)/len(elos))
	labels := Map(elos, func(e int) string { return fmt.Sprintf("%dk", e/100) })
	fmt.Printf("%q\n", labels)
	fmt.Println("total points:", Sum(Map(points.Top(4), func(e Entry[string, Points]) Points { return e.Value })))
	fmt.Println("strongest:", slices.Max(elos), "weakest:", slices.Min(elos))
}
