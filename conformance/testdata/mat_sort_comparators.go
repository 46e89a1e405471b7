package main

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sort"
)

type point struct {
	x, y int
}

func (p point) dist2() int { return p.x*p.x + p.y*p.y }

func digitSum(n int) int {
	if n < 0 {
		n = -n
	}
	s := 0
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return s
}

func main() {
	nums := []int{42, -7, 19, 0, 88, -23, 5, 19, 100, 64, -1}

	asc := slices.Clone(nums)
	slices.Sort(asc)
	fmt.Println("ascending: ", asc)

	desc := slices.Clone(nums)
	slices.SortFunc(desc, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println("descending:", desc)

	byAbs := slices.Clone(nums)
	slices.SortStableFunc(byAbs, func(a, b int) int {
		return cmp.Compare(max(a, -a), max(b, -b))
	})
	fmt.Println("by |x|:    ", byAbs)

	byDigits := slices.Clone(nums)
	slices.SortStableFunc(byDigits, func(a, b int) int {
		return cmp.Or(cmp.Compare(digitSum(a), digitSum(b)), cmp.Compare(a, b))
	})
	fmt.Println("by digit sum then value:", byDigits)

	evensFirst := slices.Clone(nums)
	slices.SortFunc(evensFirst, func(a, b int) int {
		ea, eb := a%2 == 0, b%2 == 0
		if ea != eb {
			if ea {
				return -1
			}
			return 1
		}
		return cmp.Compare(a, b)
	})
	fmt.Println("evens first:", evensFirst)

	u := []uint{7, 8, 255, 1, 3, 1024, 6}
	slices.SortFunc(u, func(a, b uint) int {
		return cmp.Or(cmp.Compare(bits.OnesCount(a), bits.OnesCount(b)), cmp.Compare(a, b))
	})
	fmt.Println("by popcount:", u)

	pts := []point{{3, 4}, {-1, 1}, {0, 5}, {2, -2}, {1, 1}, {-4, -3}}
	slices.SortFunc(pts, func(a, b point) int {
		return cmp.Or(cmp.Compare(a.dist2(), b.dist2()), cmp.Compare(a.x, b.x), cmp.Compare(a.y, b.y))
	})
	for _, p := range pts {
		fmt.Printf("  (%2d,%2d) d2=%d\n", p.x, p.y, p.dist2())
	}

	i, found := slices.BinarySearch(asc, 19)
	fmt.Println("binary search 19:", i, found)
	i, found = slices.BinarySearch(asc, 20)
	fmt.Println("binary search 20:", i, found, "(insertion point)")
	fmt.Println("sorted?", slices.IsSorted(asc), slices.IsSorted(nums))
	fmt.Println("compacted:", slices.Compact(slices.Clone(asc)))
	fmt.Println("min/max:", slices.Min(nums), slices.Max(nums))

	floats := []float64{2.5, -0.75, 3.25, 1e-3, -10}
	sort.Float64s(floats)
	fmt.Println("sort.Float64s:", floats)
	words := []string{"10", "9", "100", "2", "1"}
	sort.Strings(words)
	fmt.Println("lexical sort of numeric strings:", words)
	fmt.Println("search >= 50 in asc:", sort.SearchInts(asc, 50))
}
