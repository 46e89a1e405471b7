package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 6, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5))
	strs := []string{"pear", "Apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
