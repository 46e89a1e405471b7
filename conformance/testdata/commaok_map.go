package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	fmt.Println(v, ok)
	w, ok := m["b"]
	fmt.Println(w, ok)
}
