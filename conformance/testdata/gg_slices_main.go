package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	xs := []int{7, 3, 9, 3, 1, 12, 7, 7, 5, 0, 9}
	fmt.Println("input:", xs)

	top := slices.Max(xs)
	bottom := slices.Min(xs)
	fmt.Println("max:", top, "min:", bottom)

	sorted := slices.Sorted(slices.Values(xs))
	fmt.Println("sorted:", sorted, "input untouched:", xs[:3])

	idx, found := slices.BinarySearch(sorted, 7)
	fmt.Println("search 7:", idx, found)
	idx2, found2 := slices.BinarySearch(sorted, 8)
	fmt.Println("search 8:", idx2, found2, "-> insert at", idx2)

	uniq := slices.Compact(slices.Clone(sorted))
	fmt.Println("uniq:", uniq, "len", len(uniq))

	cleaned := slices.DeleteFunc(slices.Clone(xs), func(x int) bool { return x%3 == 0 })
	fmt.Println("without multiples of 3:", cleaned)

	pos := slices.Index(xs, 12)
	has := slices.Contains(xs, 4)
	fmt.Println("index of 12:", pos, "contains 4:", has)

	firstBig := slices.IndexFunc(xs, func(x int) bool { return x > 8 })
	fmt.Println("first > 8 at:", firstBig, "value:", xs[firstBig])

	m := map[string]int{"pear": 4, "apple": 7, "fig": 2, "kiwi": 7}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println("keys:", keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println("values:", vals)
	fmt.Println("map:", m)

	inverse := make(map[int][]string)
	for _, k := range keys {
		inverse[m[k]] = append(inverse[m[k]], k)
	}
	fmt.Println("inverse:", inverse)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	byLen := slices.Clone(words)
	slices.SortStableFunc(byLen, func(a, b string) int { return len(a) - len(b) })
	fmt.Printf("by length: %q\n", byLen)

	rev := slices.Clone(words)
	slices.Reverse(rev)
	fmt.Println("reversed:", strings.Join(rev, " "))

	chunks := slices.Collect(slices.Chunk(xs, 4))
	fmt.Println("chunks:", chunks, len(chunks))

	inserted := slices.Insert(slices.Clone(uniq), 2, 100, 200)
	fmt.Println("inserted:", inserted)
	fmt.Println("equal:", slices.Equal(uniq, inserted), slices.Equal(uniq, slices.Compact(slices.Clone(sorted))))

	repeated := slices.Repeat([]string{"ab"}, 3)
	fmt.Printf("%q %T\n", repeated, repeated)

	grown := slices.Grow([]int(nil), 10)
	fmt.Println("grown len:", len(grown), "cap>=10:", cap(grown) >= 10)

	type point struct{ X, Y int }
	pts := []point{{3, 1}, {1, 2}, {3, 0}, {2, 2}}
	far := slices.MaxFunc(pts, func(a, b point) int { return (a.X*a.X + a.Y*a.Y) - (b.X*b.X + b.Y*b.Y) })
	fmt.Printf("farthest: %+v\n", far)
	i, ok := slices.BinarySearchFunc([]point{{1, 0}, {2, 0}, {4, 0}}, 3, func(p point, t int) int { return p.X - t })
	fmt.Println("point search:", i, ok)
}
