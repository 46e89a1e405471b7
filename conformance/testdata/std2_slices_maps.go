package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Product struct {
	Name     string
	Category string
	Price    int
}

func main() {
	nums := []int{5, 2, 8, 2, 9, 1, 5, 5, 3}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println("original:", nums, "sorted:", sorted)
	fmt.Println("compact:", slices.Compact(slices.Clone(sorted)))
	idx, found := slices.BinarySearch(sorted, 8)
	fmt.Println("binary search 8:", idx, found, "| index of 9:", slices.Index(nums, 9), "| contains 7:", slices.Contains(nums, 7))
	fmt.Println("min/max:", slices.Min(nums), slices.Max(nums), "| reversed:", func() []int { r := slices.Clone(nums); slices.Reverse(r); return r }())
	firstBig := slices.IndexFunc(nums, func(n int) bool { return n > 6 })
	fmt.Println("first > 6 at:", firstBig, "| equal clones:", slices.Equal(nums, slices.Clone(nums)))

	ins := slices.Insert([]string{"a", "d"}, 1, "b", "c")
	del := slices.Delete(slices.Clone(ins), 1, 3)
	fmt.Println("insert:", ins, "delete:", del, "| replace:", slices.Replace(slices.Clone(ins), 0, 2, "X"))
	evens := slices.DeleteFunc(slices.Clone(nums), func(n int) bool { return n%2 == 1 })
	fmt.Println("evens only:", evens, "| repeat:", slices.Repeat([]int{0, 1}, 3), "| concat:", slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	var chunks []string
	for chunk := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		chunks = append(chunks, fmt.Sprint(chunk))
	}
	fmt.Println("chunks:", strings.Join(chunks, " "))

	products := []Product{
		{"laptop", "tech", 1200}, {"pen", "office", 2}, {"phone", "tech", 800},
		{"desk", "office", 300}, {"mouse", "tech", 25}, {"chair", "office", 300},
	}
	slices.SortStableFunc(products, func(a, b Product) int {
		return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(b.Price, a.Price))
	})
	for _, p := range products {
		fmt.Printf("  %-7s %-7s %5d\n", p.Category, p.Name, p.Price)
	}
	cheapest := slices.MinFunc(products, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println("cheapest:", cheapest.Name)
	byName := slices.SortedFunc(slices.Values(products), func(a, b Product) int { return strings.Compare(a.Name, b.Name) })
	pos, ok := slices.BinarySearchFunc(byName, "phone", func(p Product, name string) int {
		return strings.Compare(p.Name, name)
	})
	fmt.Println("phone in name order at:", pos, ok)

	byCategory := map[string][]string{}
	totals := map[string]int{}
	for _, p := range products {
		byCategory[p.Category] = append(byCategory[p.Category], p.Name)
		totals[p.Category] += p.Price
	}
	for _, cat := range slices.Sorted(maps.Keys(byCategory)) {
		fmt.Printf("%s: %v total=%d\n", cat, byCategory[cat], totals[cat])
	}
	fmt.Println("sorted totals:", slices.Sorted(maps.Values(totals)))

	inventory := map[string]int{"apple": 5, "pear": 0, "plum": 12}
	extra := map[string]int{"kiwi": 3, "pear": 7}
	merged := maps.Clone(inventory)
	maps.Copy(merged, extra)
	maps.DeleteFunc(merged, func(k string, v int) bool { return v > 10 })
	fmt.Println("merged (printed sorted by fmt):", merged)
	fmt.Println("inventory unchanged:", maps.Equal(inventory, map[string]int{"plum": 12, "pear": 0, "apple": 5}))

	wordLens := maps.Collect(func(yield func(string, int) bool) {
		for _, w := range strings.Fields("go is a fun language to use") {
			if !yield(w, len(w)) {
				return
			}
		}
	})
	keys := slices.SortedFunc(maps.Keys(wordLens), func(a, b string) int {
		return cmp.Or(cmp.Compare(wordLens[b], wordLens[a]), strings.Compare(a, b))
	})
	fmt.Println("words by length desc:", keys)
	var back []string
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		back = append(back, fmt.Sprintf("%d=%s", i, v))
	}
	fmt.Println("backward:", strings.Join(back, " "))
	fmt.Println("collected:", slices.Collect(maps.Keys(map[int]bool{3: true})), "| grow cap>=10:", cap(slices.Grow([]int{}, 10)) >= 10)
}
