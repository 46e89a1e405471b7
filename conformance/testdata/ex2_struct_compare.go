package main

import (
	"fmt"
	"sort"
)

type Point struct {
	X, Y int
}

type Segment struct {
	From, To Point
	Label    string
}

type key struct {
	city string
	year int
}

func main() {
	a := Point{1, 2}
	b := Point{X: 1, Y: 2}
	c := Point{2, 1}
	fmt.Println("a == b:", a == b)
	fmt.Println("a == c:", a == c)
	fmt.Println("a != c:", a != c)

	s1 := Segment{a, c, "diag"}
	s2 := Segment{From: b, To: Point{2, 1}, Label: "diag"}
	fmt.Println("s1 == s2:", s1 == s2)
	s2.Label = "other"
	fmt.Println("after relabel s1 == s2:", s1 == s2)

	// anonymous struct compared with named struct of identical fields
	anon := struct{ X, Y int }{1, 2}
	fmt.Println("a == anon:", a == anon)

	// struct as map key
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println("visits:", visits)
	fmt.Println("origin visited", visits[Point{}], "times")

	population := map[key]int{
		{"Oslo", 2020}:   693494,
		{"Oslo", 2021}:   697010,
		{"Bergen", 2020}: 283929,
	}
	keys := make([]key, 0, len(population))
	for k := range population {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].city != keys[j].city {
			return keys[i].city < keys[j].city
		}
		return keys[i].year < keys[j].year
	})
	for _, k := range keys {
		fmt.Printf("%-6s %d: %d\n", k.city, k.year, population[k])
	}
	if _, ok := population[key{"Oslo", 2019}]; !ok {
		fmt.Println("no data for Oslo 2019")
	}

	// arrays of structs are comparable too
	tri1 := [3]Point{{0, 0}, {1, 0}, {0, 1}}
	tri2 := tri1
	fmt.Println("tri1 == tri2:", tri1 == tri2)
	tri2[2].Y = 5
	fmt.Println("after change:", tri1 == tri2, tri1[2], tri2[2])
}
