package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

// ByGrade sorts by descending grade, then name.
type ByGrade []Student

func (s ByGrade) Len() int      { return len(s) }
func (s ByGrade) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s ByGrade) Less(i, j int) bool {
	if s[i].Grade != s[j].Grade {
		return s[i].Grade > s[j].Grade
	}
	return s[i].Name < s[j].Name
}

// byKey is a reusable sorter parameterised by a less function.
type byKey struct {
	items []Student
	less  func(a, b *Student) bool
}

func (b byKey) Len() int           { return len(b.items) }
func (b byKey) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }
func (b byKey) Less(i, j int) bool { return b.less(&b.items[i], &b.items[j]) }

func main() {
	class := []Student{
		{"Maya", 88, 20},
		{"Liam", 92, 22},
		{"Zoe", 88, 19},
		{"Adam", 75, 21},
		{"Ivy", 92, 20},
	}

	sort.Sort(ByGrade(class))
	fmt.Println("by grade:")
	for i, s := range class {
		fmt.Printf("  %d. %+v\n", i+1, s)
	}

	sort.Sort(byKey{class, func(a, b *Student) bool { return a.Age < b.Age }})
	fmt.Println("stable? by age:", sort.IsSorted(byKey{class, func(a, b *Student) bool { return a.Age < b.Age }}))

	sort.SliceStable(class, func(i, j int) bool { return class[i].Name < class[j].Name })
	names := make([]string, len(class))
	for i, s := range class {
		names[i] = s.Name
	}
	fmt.Println("by name:", names)

	sort.Sort(sort.Reverse(ByGrade(class)))
	fmt.Printf("reversed: %v\n", class)

	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	nums := []int{42, 7, 19, 3, 88, 7}
	sort.Ints(nums)
	i := sort.SearchInts(nums, 19)
	fmt.Println(nums, "19 at", i, "sorted:", sort.IntsAreSorted(nums))
	fs := sort.Float64Slice{2.5, -1, 3.25}
	fs.Sort()
	fmt.Println(fs, fs.Search(3))
}
