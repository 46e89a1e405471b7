package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Story struct {
	Slug  string
	Desk  string
	Words int
}

func main() {
	stories := []Story{
		{"tram-delays", "metro", 540},
		{"cup-final", "sport", 910},
		{"jazz-fest", "arts", 380},
		{"rent-rise", "metro", 720},
		{"new-coach", "sport", 410},
		{"museum-gift", "arts", 380},
	}

	slices.SortFunc(stories, func(a, b Story) int {
		return cmp.Or(
			cmp.Compare(a.Desk, b.Desk),
			cmp.Compare(b.Words, a.Words),
			strings.Compare(a.Slug, b.Slug),
		)
	})
	for _, s := range stories {
		fmt.Printf("%-6s %-12s %4d\n", s.Desk, s.Slug, s.Words)
	}

	slugs := make([]string, len(stories))
	for i, s := range stories {
		slugs[i] = s.Slug
	}
	slices.Sort(slugs)
	fmt.Println("sorted slugs:", slugs)
	if i, found := slices.BinarySearch(slugs, "new-coach"); found {
		fmt.Println("new-coach at index", i)
	}
	i, found := slices.BinarySearch(slugs, "obituary")
	fmt.Println("obituary would insert at", i, found)

	perDesk := map[string]int{}
	for _, s := range stories {
		perDesk[s.Desk] += s.Words
	}
	desks := slices.Sorted(maps.Keys(perDesk))
	var parts []string
	for _, d := range desks {
		parts = append(parts, fmt.Sprintf("%s=%d", d, perDesk[d]))
	}
	fmt.Println(strings.Join(parts, " "))

	counts := slices.Collect(maps.Values(perDesk))
	slices.Sort(counts)
	fmt.Println("desk totals ascending:", counts, "min", slices.Min(counts), "max", slices.Max(counts))
	fmt.Println("builtin min/max:", min(3, 1, 2), max(2.5, 1.0), min("zeta", "alpha"))

	idx := slices.IndexFunc(stories, func(s Story) bool { return s.Words > 900 })
	fmt.Println("first over 900:", stories[idx].Slug)

	words := []int{540, 910, 380, 720, 410, 380}
	uniq := slices.Compact(slices.Sorted(slices.Values(words)))
	fmt.Println("unique word counts:", uniq)
	fmt.Println("reversed:", reverse(uniq))
	for i, v := range slices.Backward(uniq) {
		if i < 3 {
			break
		}
		fmt.Println("  backward", i, v)
	}
	fmt.Println("chunks:")
	for c := range slices.Chunk(words, 4) {
		fmt.Println("  ", c)
	}

	clone := maps.Clone(perDesk)
	clear(perDesk)
	fmt.Println("after clear:", len(perDesk), "clone still has", len(clone))
	delete(clone, "arts")
	fmt.Println("equal?", maps.Equal(clone, map[string]int{"metro": 1260, "sport": 1320}))

	buf := slices.Insert([]string{"a", "d"}, 1, "b", "c")
	fmt.Println(buf, slices.Index(buf, "c"), slices.Equal(buf, []string{"a", "b", "c", "d"}))
}

func reverse(xs []int) []int {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}
