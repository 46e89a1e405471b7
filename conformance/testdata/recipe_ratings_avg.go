package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Rating struct {
	Recipe string
	User   string
	Stars  int
}

type Summary struct {
	Recipe string
	Count  int
	Avg    float64
	Best   int
	Worst  int
}

// GroupBy collects values into buckets keyed by a function.
func GroupBy[T any, K comparable](xs []T, keyOf func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := keyOf(x)
		out[k] = append(out[k], x)
	}
	return out
}

func stars(n float64) string {
	full := int(n + 0.5)
	return strings.Repeat("*", full) + strings.Repeat(".", 5-full)
}

func main() {
	ratings := []Rating{
		{"lentil soup", "ana", 4}, {"lentil soup", "ben", 5}, {"lentil soup", "cy", 3},
		{"banana bread", "ana", 5}, {"banana bread", "dee", 5},
		{"fish pie", "ben", 2}, {"fish pie", "cy", 3}, {"fish pie", "dee", 4}, {"fish pie", "eli", 1},
		{"green curry", "eli", 4}, {"green curry", "ana", 4},
	}

	groups := GroupBy(ratings, func(r Rating) string { return r.Recipe })
	var sums []Summary
	for name, rs := range groups {
		s := Summary{Recipe: name, Count: len(rs), Best: 0, Worst: 6}
		total := 0
		for _, r := range rs {
			total += r.Stars
			s.Best = max(s.Best, r.Stars)
			s.Worst = min(s.Worst, r.Stars)
		}
		s.Avg = float64(total) / float64(len(rs))
		sums = append(sums, s)
	}

	// Highest average first; ties broken by more votes, then by name.
	slices.SortFunc(sums, func(a, b Summary) int {
		return cmp.Or(
			cmp.Compare(b.Avg, a.Avg),
			cmp.Compare(b.Count, a.Count),
			strings.Compare(a.Recipe, b.Recipe),
		)
	})

	for i, s := range sums {
		fmt.Printf("%d. %-13s %s avg=%.2f votes=%d range=%d..%d\n",
			i+1, s.Recipe, stars(s.Avg), s.Avg, s.Count, s.Worst, s.Best)
	}

	names := make([]string, 0, len(groups))
	for _, s := range sums {
		names = append(names, s.Recipe)
	}
	slices.Sort(names)
	for _, q := range []string{"fish pie", "pad thai"} {
		i, found := slices.BinarySearch(names, q)
		fmt.Printf("search %q: index=%d found=%t\n", q, i, found)
	}

	pos := slices.IndexFunc(sums, func(s Summary) bool { return s.Recipe == "fish pie" })
	fmt.Printf("fish pie is ranked #%d\n", pos+1)
	fmt.Printf("%+v\n", sums[0])
}
