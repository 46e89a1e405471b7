// Go by Example: Sorting and Sorting by Functions
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	name string
	age  int
}

func main() {
	// Natural order for built-in ordered types.
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)

	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))

	// Sort fruits by name length.
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	// The same technique works for custom types.
	people := []Person{
		Person{name: "Jax", age: 37},
		Person{name: "TJ", age: 25},
		Person{name: "Alex", age: 72},
		Person{name: "Bo", age: 25},
	}
	slices.SortFunc(people,
		func(a, b Person) int {
			return cmp.Compare(a.age, b.age)
		})
	fmt.Println(people[0].age, people[1].age, people[2], people[3])

	// Multi-key ordering with cmp.Or: age descending, then name.
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(b.age, a.age),
			strings.Compare(a.name, b.name),
		)
	})
	fmt.Println(people)

	// A stable sort keeps the original order of equal elements.
	words := []string{"go", "is", "a", "fun", "language", "to", "use"}
	slices.SortStableFunc(words, lenCmp)
	fmt.Println(words)

	// Binary search in a sorted slice.
	i, found := slices.BinarySearch(ints, 4)
	fmt.Println("search 4:", i, found)
	i, found = slices.BinarySearch(ints, 5)
	fmt.Println("search 5:", i, found)

	// The older sort package, with sort.Slice and reverse order.
	nums := []float64{2.5, -1, 9.75, 0}
	sort.Sort(sort.Reverse(sort.Float64Slice(nums)))
	fmt.Println(nums)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)

	// Case-insensitive ordering, and min/max by function.
	names := []string{"bob", "Alice", "carol", "Dave"}
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(names)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println("oldest:", oldest.name)
}
