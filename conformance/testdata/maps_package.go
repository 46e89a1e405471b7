package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := maps.Clone(a)
	b["z"] = 3
	fmt.Println(maps.Equal(a, b), len(a), len(b))
	maps.DeleteFunc(b, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(b)
	maps.Copy(a, map[string]int{"w": 0})
	fmt.Println(slices.Sorted(maps.Keys(a)))
	c := map[int]string{}
	maps.Insert(c, maps.All(map[int]string{1: "one"}))
	fmt.Println(c)
	fmt.Println(maps.EqualFunc(a, a, func(x, y int) bool { return x == y }))
}
