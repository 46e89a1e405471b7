package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type byAge []Student

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println("sort.Ints:", ints, sort.IntsAreSorted(ints))
	names := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(names)
	fmt.Println("sort.Strings:", names)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println("reversed:", ints)

	nums := []float64{2.5, -1, 3.25, 0}
	slices.Sort(nums)
	fmt.Println("slices.Sort:", nums)

	students := []Student{
		{"Ana", 90, 20}, {"Ben", 85, 19}, {"Cid", 90, 22},
		{"Dee", 70, 19}, {"Eve", 85, 21}, {"Fay", 90, 19},
	}
	sort.Sort(byAge(students))
	fmt.Println("by age (sort.Sort):", students)

	slices.SortFunc(students, func(a, b Student) int {
		return cmp.Or(cmp.Compare(b.Grade, a.Grade), strings.Compare(a.Name, b.Name))
	})
	fmt.Println("grade desc, name:", students)

	slices.SortStableFunc(students, func(a, b Student) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println("stable by age:", students)

	sort.SliceStable(names, func(i, j int) bool {
		return strings.ToLower(names[i]) < strings.ToLower(names[j])
	})
	fmt.Println("case-insensitive:", names)

	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, target := range []int{7, 4, 0, 12} {
		i, found := slices.BinarySearch(sorted, target)
		fmt.Printf("BinarySearch(%d) -> index %d found %v\n", target, i, found)
	}
	idx := sort.SearchInts(sorted, 6)
	fmt.Println("sort.SearchInts(6):", idx)
	first := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 8 })
	fmt.Println("first >= 8 at", first, "value", sorted[first])

	i, ok := slices.BinarySearchFunc(students, 21, func(s Student, age int) int {
		return cmp.Compare(s.Age, age)
	})
	fmt.Println("student age 21:", i, ok, students[i].Name)

	fmt.Println(slices.IsSorted(sorted), slices.Min(nums), slices.Max(nums))
	oldest := slices.MaxFunc(students, func(a, b Student) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("oldest: %+v\n", oldest)
}
