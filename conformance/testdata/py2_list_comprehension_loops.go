package main

import (
	"fmt"
	"strings"
)

func main() {
	// [x*x for x in range(10)]
	squares := []int{}
	for x := range 10 {
		squares = append(squares, x*x)
	}
	fmt.Println(squares)

	// [x for x in squares if x % 2 == 0]
	var evens []int
	for _, x := range squares {
		if x%2 == 0 {
			evens = append(evens, x)
		}
	}
	fmt.Println(evens, len(evens), cap(evens) >= len(evens))

	// [(i, j) for i in range(3) for j in range(i)]
	type ij struct{ I, J int }
	pairs := []ij{}
	for i := range 4 {
		for j := range i {
			pairs = append(pairs, ij{i, j})
		}
	}
	fmt.Printf("%v\n", pairs)

	// [w.upper() for w in words if len(w) > 3]
	words := strings.Fields("the cat sat on a very warm mat today")
	long := make([]string, 0)
	for _, w := range words {
		if len(w) > 3 {
			long = append(long, strings.ToUpper(w))
		}
	}
	fmt.Printf("%q\n", long)

	// flatten: [x for row in matrix for x in row]
	matrix := [][]int{{1, 2, 3}, {4, 5}, {}, {6}}
	flat := []int{}
	for _, row := range matrix {
		flat = append(flat, row...)
	}
	fmt.Println(flat)

	// nested comprehension: [[r*c for c in range(1,4)] for r in range(1,4)]
	table := make([][]int, 0, 3)
	for r := 1; r <= 3; r++ {
		row := make([]int, 0, 3)
		for c := 1; c <= 3; c++ {
			row = append(row, r*c)
		}
		table = append(table, row)
	}
	for _, row := range table {
		fmt.Println(row)
	}

	// dict comprehension {w: len(w) for w in words}
	lengths := map[string]int{}
	for _, w := range words {
		lengths[w] = len(w)
	}
	fmt.Println(lengths)

	// conditional expression inside: ["even" if x%2==0 else "odd" for x in range(5)]
	labels := []string{}
	for x := range 5 {
		label := "odd"
		if x%2 == 0 {
			label = "even"
		}
		labels = append(labels, label)
	}
	fmt.Println(strings.Join(labels, ","))

	// gotcha: appending to a shared backing array
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, "(a was overwritten by b)")
	c := append(base[:3:3], 9)
	fmt.Println(c, base)
}
