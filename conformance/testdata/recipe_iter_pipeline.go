package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Recipe struct {
	Name    string
	Minutes int
	Vegan   bool
	Kcal    int
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

// title upper-cases the first letter of each word.
func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func main() {
	book := []Recipe{
		{"falafel wrap", 25, true, 540},
		{"beef stew", 150, false, 620},
		{"miso soup", 15, true, 90},
		{"mac and cheese", 30, false, 710},
		{"dal", 40, true, 430},
		{"omelette", 10, false, 320},
		{"stir fry tofu", 20, true, 410},
	}

	quickVegan := Filter(slices.Values(book), func(r Recipe) bool {
		return r.Vegan && r.Minutes <= 30
	})
	names := Map(quickVegan, func(r Recipe) string { return title(r.Name) })
	fmt.Println("quick vegan:", slices.Collect(names))

	fmt.Println("first two under 500 kcal:")
	light := Filter(slices.Values(book), func(r Recipe) bool { return r.Kcal < 500 })
	for r := range Take(light, 2) {
		fmt.Printf("  %-14s %4d kcal\n", r.Name, r.Kcal)
	}

	for i, r := range slices.Backward(book) {
		if i < 5 {
			break
		}
		fmt.Printf("from the back: #%d %s\n", i, r.Name)
	}

	byTime := map[string]int{}
	for _, r := range book {
		byTime[r.Name] = r.Minutes
	}
	keys := slices.Sorted(maps.Keys(byTime))
	fmt.Println("alphabetical:", strings.Join(keys, ", "))

	total := 0
	for m := range maps.Values(byTime) {
		total += m
	}
	fmt.Println("total minutes:", total)

	sortedByKcal := slices.SortedFunc(slices.Values(book), func(a, b Recipe) int {
		return a.Kcal - b.Kcal
	})
	for chunk := range slices.Chunk(sortedByKcal, 3) {
		fmt.Println("chunk:", slices.Collect(Map(slices.Values(chunk), func(r Recipe) int { return r.Kcal })))
	}
}
