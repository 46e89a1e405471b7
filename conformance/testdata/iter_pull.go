package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]string{"x", "y", "z"}))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	n2, stop2 := iter.Pull2(slices.All([]int{10, 20}))
	i, v, ok := n2()
	fmt.Println(i, v, ok)
	stop2()
	_, _, ok = n2()
	fmt.Println(ok)
}
