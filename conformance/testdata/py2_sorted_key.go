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

func main() {
	students := []Student{
		{"dave", 90, 21}, {"alice", 85, 20}, {"bob", 90, 19},
		{"carol", 78, 22}, {"eve", 85, 23}, {"frank", 90, 20},
	}

	// sorted(students, key=lambda s: s.name)
	byName := slices.Clone(students)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name < byName[j].Name })
	for _, s := range byName {
		fmt.Printf("%-6s %d\n", s.Name, s.Grade)
	}

	// sorted(..., key=lambda s: (-s.grade, s.age))
	byGrade := slices.Clone(students)
	slices.SortFunc(byGrade, func(a, b Student) int {
		if c := cmp.Compare(b.Grade, a.Grade); c != 0 {
			return c
		}
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println("by grade desc, age asc:")
	for _, s := range byGrade {
		fmt.Printf("  %+v\n", s)
	}

	// stable sort keeps original order for equal keys (Python's sort is stable)
	stable := slices.Clone(students)
	slices.SortStableFunc(stable, func(a, b Student) int { return cmp.Compare(a.Grade, b.Grade) })
	names := []string{}
	for _, s := range stable {
		names = append(names, s.Name)
	}
	fmt.Println("stable by grade:", strings.Join(names, " "))

	// sorted(words, key=str.lower)
	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	ci := slices.Clone(words)
	slices.SortStableFunc(ci, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println("case-insensitive:", ci)
	plain := slices.Clone(words)
	slices.Sort(plain)
	fmt.Println("plain:", plain)

	// sorted(words, key=len, reverse=True)
	byLen := slices.Clone(words)
	slices.SortStableFunc(byLen, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	fmt.Println("len desc:", byLen)

	// sort a dict by value
	scores := map[string]int{"x": 3, "y": 1, "z": 2, "w": 3}
	keys := make([]string, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(scores[a], scores[b]), strings.Compare(a, b))
	})
	fmt.Println("keys by value:", keys)

	// bisect
	nums := []int{1, 3, 5, 7, 9}
	for _, t := range []int{0, 5, 6, 10} {
		i, found := slices.BinarySearch(nums, t)
		fmt.Printf("bisect %d -> %d %v\n", t, i, found)
	}
	fmt.Println("sorted?", slices.IsSorted(nums), sort.IntsAreSorted([]int{2, 1}))
}
