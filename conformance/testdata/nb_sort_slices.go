package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func people() []Person {
	return []Person{
		{"Dana", 34}, {"Ali", 27}, {"Chen", 34}, {"Bo", 19}, {"Eve", 27},
	}
}

func main() {
	// Step 1: sort.Ints and sort.Strings sort in place
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println("step 1:", ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println("step 2:", strs)

	// Step 3: binary search on a sorted slice
	fmt.Println("step 3:", sort.SearchInts(ints, 8), sort.SearchInts(ints, 4))

	// Step 4: sort.Slice with a less function
	ps := people()
	sort.Slice(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name })
	fmt.Println("step 4:", ps)

	// Step 5: stable sort keeps equal elements in order
	ps = people()
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println("step 5:", ps)

	// Step 6: sort.Interface and Reverse
	ps = people()
	sort.Stable(sort.Reverse(ByAge(ps)))
	fmt.Println("step 6:", ps)

	// Step 7: slices.Sort on generic slices
	fl := []float64{2.5, -1, 3.25, 0}
	slices.Sort(fl)
	fmt.Println("step 7:", fl)

	// Step 8: SortFunc with cmp.Compare and a tie-breaker
	ps = people()
	slices.SortFunc(ps, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println("step 8:", ps)

	// Step 9: BinarySearch returns position and found flag
	pos, found := slices.BinarySearch(ints, 5)
	fmt.Println("step 9:", pos, found)
	pos, found = slices.BinarySearch(ints, 6)
	fmt.Println("step 10:", pos, found)

	// Step 11: search by key
	idx, ok := slices.BinarySearchFunc(ps, 27, func(p Person, age int) int { return cmp.Compare(age, p.Age) })
	fmt.Println("step 11:", idx, ok)

	// Step 12: Index, Contains, Min, Max
	fmt.Println("step 12:", slices.Index(ints, 9), slices.Contains(strs, "kiwi"), slices.Min(ints), slices.Max(ints))

	// Step 13: IndexFunc
	i := slices.IndexFunc(ps, func(p Person) bool { return p.Age < 20 })
	fmt.Println("step 13:", i, ps[i].Name)

	// Step 14: Reverse, Compact, Equal
	dup := []int{1, 1, 2, 2, 2, 3, 1}
	dup = slices.Compact(dup)
	fmt.Println("step 14:", dup)
	rev := slices.Clone(ints)
	slices.Reverse(rev)
	fmt.Println("step 15:", rev, slices.Equal(rev, ints))

	// Step 16: Insert and Delete return new slice headers
	xs := []string{"a", "b", "e"}
	xs = slices.Insert(xs, 2, "c", "d")
	fmt.Println("step 16:", xs)
	xs = slices.Delete(xs, 0, 2)
	fmt.Println("step 17:", xs)

	// Step 18: sorting strings by length, then alphabetically
	words := strings.Fields("go is a fun and tiny language to learn")
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println("step 18:", words)

	// Step 19: IsSortedFunc
	fmt.Println("step 19:", slices.IsSortedFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))

	// Step 20: sort a copy, leave the original alone
	orig := []int{3, 1, 2}
	sorted := slices.Sorted(slices.Values(orig))
	fmt.Println("step 20:", orig, sorted)
}
