package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	es := []Emp{{"Zed", "ops", 30}, {"amy", "dev", 25}, {"Bob", "dev", 30}, {"cat", "ops", 25}}
	slices.SortFunc(es, func(a, b Emp) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Age, b.Age),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	for _, e := range es {
		fmt.Println(e.Dept, e.Age, e.Name)
	}
	slices.SortStableFunc(es, func(a, b Emp) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(es)
	i := slices.IndexFunc(es, func(e Emp) bool { return e.Name == "Bob" })
	fmt.Println(i)
}
