package main

import (
	"fmt"
	"slices"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func source(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := range n {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func main() {
	var all []string
	for s := range merge(source("a", 3), source("b", 2), source("c", 1)) {
		all = append(all, s)
	}
	slices.Sort(all)
	fmt.Println(all)
}
