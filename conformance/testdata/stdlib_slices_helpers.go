package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	langs := []string{"go", "rust", "zig", "go", "c", "python"}
	fmt.Println("Index zig:", slices.Index(langs, "zig"), "Index java:", slices.Index(langs, "java"))
	fmt.Println("Contains c:", slices.Contains(langs, "c"))
	fmt.Println("IndexFunc len>3:", slices.IndexFunc(langs, func(s string) bool { return len(s) > 3 }))
	fmt.Println("ContainsFunc upper:", slices.ContainsFunc(langs, func(s string) bool { return strings.ToUpper(s) == s }))

	rev := slices.Clone(langs)
	slices.Reverse(rev)
	fmt.Println("reversed:", rev, "original:", langs)

	dups := []int{1, 1, 2, 2, 2, 3, 1, 1, 4}
	fmt.Println("Compact:", slices.Compact(slices.Clone(dups)))
	sortedDups := slices.Clone(dups)
	slices.Sort(sortedDups)
	fmt.Println("Sort+Compact:", slices.Compact(sortedDups))
	words := []string{"Go", "go", "GO", "Rust", "rust"}
	fmt.Println("CompactFunc:", slices.CompactFunc(words, strings.EqualFold))

	data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for chunk := range slices.Chunk(data, 4) {
		fmt.Println("chunk:", chunk, len(chunk))
	}

	evens := slices.Collect(func(yield func(int) bool) {
		for _, v := range data {
			if v%2 == 0 && !yield(v*v) {
				return
			}
		}
	})
	fmt.Println("collected squares of evens:", evens)
	fmt.Println("Values->Collect:", slices.Collect(slices.Values([]string{"x", "y"})))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 28, "li": 40}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println("sorted keys:", keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, ages[k])
	}
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println("sorted values:", vals)

	s := []int{10, 20, 30, 40}
	s = slices.Insert(s, 1, 15, 17)
	fmt.Println("Insert:", s)
	s = slices.Delete(s, 3, 5)
	fmt.Println("Delete:", s)
	s = slices.DeleteFunc(s, func(v int) bool { return v%10 != 0 })
	fmt.Println("DeleteFunc:", s)
	fmt.Println("Equal:", slices.Equal(s, []int{10, 40}), "Repeat:", slices.Repeat([]int{0, 1}, 3))
	fmt.Println("Concat:", slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println("Grow:", g, len(g), cap(g) >= 11)
}
