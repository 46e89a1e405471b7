package main

import (
	"fmt"
	"strings"
)

type transform func(string) string

func compose(fs ...transform) transform {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func suffix(sfx string) transform {
	return func(s string) string { return s + sfx }
}

func main() {
	shout := compose(strings.TrimSpace, strings.ToUpper, suffix("!"))
	fmt.Println(shout("  hello gophers "))
	var ops []func(int) int
	for _, k := range []int{1, 10, 100} {
		ops = append(ops, func(x int) int { return x*k + k })
	}
	for i, op := range ops {
		fmt.Printf("op%d(2) = %d\n", i, op(2))
	}
}
