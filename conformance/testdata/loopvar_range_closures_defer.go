package main

import (
	"fmt"
	"sync"
)

func main() {
	var prints []func()
	for _, name := range []string{"ann", "bob", "cy"} {
		prints = append(prints, func() { fmt.Print(name, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	results := make([]int, 4)
	var wg sync.WaitGroup
	for i := range results {
		wg.Go(func() { results[i] = i * 10 })
	}
	wg.Wait()
	fmt.Println(results)
	func() {
		for i := range 3 {
			defer func() { fmt.Print("defer ", i, "; ") }()
		}
	}()
	fmt.Println()
	for i := 0; i < 6; i++ {
		i := i * 2
		if i > 6 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
