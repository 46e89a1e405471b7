package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	p := m["a"]
	p.X = 100
	fmt.Println(m["a"], p)
	m["a"] = p
	pm := map[string]*Point{"b": {3, 4}}
	pm["b"].X = 30
	fmt.Println(m, *pm["b"])
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	fmt.Println(nested, len(nested["missing"]))
	delete(nested, "nope")
	fmt.Println(len(nested))
}
