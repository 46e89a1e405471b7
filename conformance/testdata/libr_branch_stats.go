package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Checkout struct {
	Branch string
	Genre  string
	Days   int
}

type Summary struct {
	Branch   string
	Loans    int
	AvgDays  float64
	Shortest int
	Longest  int
}

func main() {
	log := []Checkout{
		{"Central", "mystery", 12}, {"Central", "sci-fi", 21}, {"Harbor", "mystery", 7},
		{"Eastside", "history", 30}, {"Harbor", "romance", 14}, {"Central", "mystery", 3},
		{"Eastside", "sci-fi", 9}, {"Harbor", "mystery", 18}, {"Central", "history", 25},
		{"Northgate", "romance", 5},
	}

	byBranch := map[string][]int{}
	byGenre := map[string]int{}
	for _, c := range log {
		byBranch[c.Branch] = append(byBranch[c.Branch], c.Days)
		byGenre[c.Genre]++
	}

	var sums []Summary
	for _, b := range slices.Sorted(maps.Keys(byBranch)) {
		days := byBranch[b]
		total := 0
		for _, d := range days {
			total += d
		}
		sums = append(sums, Summary{
			Branch:   b,
			Loans:    len(days),
			AvgDays:  float64(total) / float64(len(days)),
			Shortest: slices.Min(days),
			Longest:  slices.Max(days),
		})
	}

	slices.SortFunc(sums, func(a, b Summary) int {
		if c := cmp.Compare(b.Loans, a.Loans); c != 0 {
			return c
		}
		return strings.Compare(a.Branch, b.Branch)
	})

	fmt.Printf("%-10s %5s %8s %5s %5s\n", "branch", "loans", "avg", "min", "max")
	for _, s := range sums {
		fmt.Printf("%-10s %5d %8.2f %5d %5d\n", s.Branch, s.Loans, s.AvgDays, s.Shortest, s.Longest)
	}

	type kv struct {
		genre string
		n     int
	}
	var genres []kv
	for g, n := range byGenre {
		genres = append(genres, kv{g, n})
	}
	slices.SortFunc(genres, func(a, b kv) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.genre, b.genre))
	})
	for i, g := range genres {
		fmt.Printf("#%d %-8s %s\n", i+1, g.genre, strings.Repeat("*", g.n))
	}

	byName := slices.Clone(sums)
	slices.SortFunc(byName, func(a, b Summary) int { return strings.Compare(a.Branch, b.Branch) })
	for _, name := range []string{"Harbor", "Southpoint"} {
		idx, found := slices.BinarySearchFunc(byName, name, func(s Summary, n string) int {
			return strings.Compare(s.Branch, n)
		})
		fmt.Printf("binary search %-10s index=%d found=%v\n", name, idx, found)
	}
	pos := slices.IndexFunc(sums, func(s Summary) bool { return s.Branch == "Harbor" })
	fmt.Println("Harbor ranks", pos+1, "by loans")

	clear(byGenre)
	fmt.Println("genres after clear:", len(byGenre))
	fmt.Println("overall min/max:", min(3, 7, 1, 9), max(3.5, 2.0))
}
