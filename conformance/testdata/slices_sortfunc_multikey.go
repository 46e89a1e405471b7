package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	es := []Employee{
		{"Zoe", "eng", 31}, {"adam", "ops", 45}, {"Bob", "eng", 31},
		{"Cara", "ops", 29}, {"dan", "eng", 25},
	}
	slices.SortFunc(es, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Age, b.Age),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	for _, e := range es {
		fmt.Printf("%-4s %-5s %d\n", e.Dept, e.Name, e.Age)
	}
	oldest := slices.MaxFunc(es, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	i, ok := slices.BinarySearchFunc([]int{10, 20, 30}, 25, func(e, t int) int { return cmp.Compare(e, t) })
	fmt.Println(i, ok)
}
