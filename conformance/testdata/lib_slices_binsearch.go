package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name string
	Age  int
}

func main() {
	people := []Employee{
		{"Gina", 45}, {"Alice", 30}, {"Bob", 25}, {"Eve", 30}, {"Dan", 60},
	}
	slices.SortFunc(people, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)

	byAge := func(e Employee, age int) int { return cmp.Compare(e.Age, age) }
	for _, age := range []int{30, 31, 10, 60, 99} {
		i, found := slices.BinarySearchFunc(people, age, byAge)
		fmt.Printf("age %d -> index %d found %v\n", age, i, found)
	}

	slices.SortStableFunc(people, func(a, b Employee) int { return strings.Compare(a.Name, b.Name) })
	i, ok := slices.BinarySearchFunc(people, "Eve", func(e Employee, n string) int { return strings.Compare(e.Name, n) })
	fmt.Println("Eve at", i, ok, people[i])
	i, ok = slices.BinarySearchFunc(people, "Carl", func(e Employee, n string) int { return strings.Compare(e.Name, n) })
	fmt.Println("Carl would insert at", i, ok)
	people = slices.Insert(people, i, Employee{"Carl", 33})
	fmt.Println(people)

	nums := []int{1, 3, 5, 7, 9, 11}
	j, found := slices.BinarySearch(nums, 7)
	fmt.Println("BinarySearch 7:", j, found)
	j, found = slices.BinarySearch(nums, 8)
	fmt.Println("BinarySearch 8:", j, found)

	k := sort.Search(len(nums), func(i int) bool { return nums[i] >= 6 })
	fmt.Println("sort.Search >=6:", k, nums[k])
	k = sort.SearchInts(nums, 100)
	fmt.Println("SearchInts 100:", k)
	words := []string{"apple", "banana", "cherry"}
	fmt.Println("SearchStrings:", sort.SearchStrings(words, "blueberry"))
	k, found = sort.Find(len(words), func(i int) int { return strings.Compare("cherry", words[i]) })
	fmt.Println("sort.Find:", k, found)

	// guess a number via sort.Search
	secret := 737
	guess := sort.Search(1000, func(n int) bool { return n >= secret })
	fmt.Println("guessed:", guess)
}
