package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func (v Version) Compare(o Version) int {
	return cmp.Or(
		cmp.Compare(v.Major, o.Major),
		cmp.Compare(v.Minor, o.Minor),
		cmp.Compare(v.Patch, o.Patch),
	)
}

type Student struct {
	Name  string
	Grade int
}

// Dedup sorts and removes duplicates in place.
func Dedup[S ~[]E, E cmp.Ordered](s S) S {
	slices.Sort(s)
	return slices.Compact(s)
}

func main() {
	nums := []int{5, 3, 8, 3, 1, 9, 5, 5, 2}
	uniq := Dedup(slices.Clone(nums))
	fmt.Println("orig:", nums, "dedup:", uniq)

	for _, target := range []int{5, 6} {
		i, found := slices.BinarySearch(uniq, target)
		fmt.Printf("search %d: index=%d found=%t\n", target, i, found)
	}
	if i, found := slices.BinarySearch(uniq, 4); !found {
		uniq = slices.Insert(uniq, i, 4)
	}
	fmt.Println("after insert:", uniq)

	firstBig := slices.IndexFunc(nums, func(n int) bool { return n > 7 })
	fmt.Println("first >7 at", firstBig, "contains 9:", slices.Contains(nums, 9), "index of 1:", slices.Index(nums, 1))

	rev := slices.Clone(uniq)
	slices.Reverse(rev)
	fmt.Println("reversed:", rev, "min/max:", slices.Min(rev), slices.Max(rev))

	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 10}, {2, 0, 0}}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println("versions:", vs)
	i, ok := slices.BinarySearchFunc(vs, Version{1, 10, 0}, Version.Compare)
	fmt.Printf("found %v at %d: %t\n", vs[i], i, ok)

	students := []Student{
		{"Maya", 90}, {"Liam", 85}, {"Noah", 90}, {"Ava", 85}, {"Zed", 70}, {"Ivy", 90},
	}
	slices.SortStableFunc(students, func(a, b Student) int { return cmp.Compare(b.Grade, a.Grade) })
	fmt.Printf("stable by grade: %v\n", students)

	grades := slices.CompactFunc(slices.Clone(students), func(a, b Student) bool { return a.Grade == b.Grade })
	fmt.Printf("first per grade: %+v\n", grades)

	words := strings.Fields("b a c a b d")
	words = slices.DeleteFunc(words, func(s string) bool { return s == "a" })
	fmt.Printf("%q len=%d\n", words, len(words))
	fmt.Println("equal:", slices.Equal(words, []string{"b", "c", "b", "d"}), "compare:", slices.Compare([]int{1, 2}, []int{1, 3}))

	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Printf("chunks %v %T\n", chunks, chunks)
	grown := slices.Grow([]int{}, 10)
	fmt.Println("grown len:", len(grown), "repeat:", slices.Repeat([]string{"ab"}, 3))
	fmt.Println("max builtin:", max(3, 7, 1), "min builtin:", min(2.5, -1.0), min("pear", "apple"))
}
