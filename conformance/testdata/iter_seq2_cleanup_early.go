package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Lines(text []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		fmt.Println("open")
		defer fmt.Println("close")
		for i, l := range text {
			if !yield(i+1, l) {
				return
			}
		}
	}
}

func main() {
	src := []string{"alpha", "beta", "STOP", "gamma"}
	for n, l := range Lines(src) {
		if l == "STOP" {
			fmt.Println("stop at line", n)
			break
		}
		fmt.Println(n, l)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	collected := maps.Collect(func(yield func(string, int) bool) {
		for i, s := range src[:2] {
			if !yield(s, i) {
				return
			}
		}
	})
	fmt.Println(collected, slices.Collect(maps.Values(map[int]int{1: 5})))
}
