package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Entry[K cmp.Ordered, V Number] struct {
	Key   K
	Value V
}

// Tally accumulates numeric values per key.
type Tally[K cmp.Ordered, V Number] struct {
	m map[K]V
}

func NewTally[K cmp.Ordered, V Number]() *Tally[K, V] {
	return &Tally[K, V]{m: make(map[K]V)}
}

func (t *Tally[K, V]) Add(k K, v V) { t.m[k] += v }

// Top returns entries sorted by value descending, ties broken by key.
func (t *Tally[K, V]) Top(n int) []Entry[K, V] {
	out := make([]Entry[K, V], 0, len(t.m))
	for k, v := range t.m {
		out = append(out, Entry[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Entry[K, V]) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Key, b.Key))
	})
	return out[:min(n, len(out))]
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Match struct {
	Home, Away   string
	HomeG, AwayG int
}

type Points int

func main() {
	matches := []Match{
		{"Lions", "Tigers", 3, 1}, {"Bears", "Wolves", 2, 2}, {"Tigers", "Bears", 0, 1},
		{"Wolves", "Lions", 1, 1}, {"Lions", "Bears", 2, 0}, {"Tigers", "Wolves", 4, 2},
		{"Bears", "Lions", 1, 3}, {"Wolves", "Tigers", 2, 2}, {"Eagles", "Lions", 0, 0},
		{"Eagles", "Bears", 2, 1},
	}
	points := NewTally[string, Points]()
	goals := NewTally[string, int]()
	ratio := NewTally[string, float64]()
	played := map[string]int{}
	for _, m := range matches {
		played[m.Home]++
		played[m.Away]++
		goals.Add(m.Home, m.HomeG)
		goals.Add(m.Away, m.AwayG)
		switch {
		case m.HomeG > m.AwayG:
			points.Add(m.Home, 3)
			points.Add(m.Away, 0)
		case m.HomeG < m.AwayG:
			points.Add(m.Away, 3)
			points.Add(m.Home, 0)
		default:
			points.Add(m.Home, 1)
			points.Add(m.Away, 1)
		}
	}
	fmt.Printf("%-4s %-8s %2s %3s\n", "Pos", "Team", "P", "Pts")
	for i, e := range points.Top(10) {
		fmt.Printf("%-4d %-8s %2d %3d\n", i+1, e.Key, played[e.Key], e.Value)
		ratio.Add(e.Key, float64(goals.m[e.Key])/float64(played[e.Key]))
	}

	fmt.Println("\nTop scorers:")
	for _, e := range goals.Top(3) {
		fmt.Printf("  %-8s %s (%d)\n", e.Key, strings.Repeat("o", e.Value), e.Value)
	}

	fmt.Println("\nGoals per game:")
	for _, e := range ratio.Top(5) {
		fmt.Printf("  %-8s %.2f\n", e.Key, e.Value)
	}

	names := Map(points.Top(2), func(e Entry[string, Points]) string { return strings.ToUpper(e.Key) })
	fmt.Printf("Finalists: %q\n", names)
	fmt.Printf("%T\n", points.Top(1)[0])
}
