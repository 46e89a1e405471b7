package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

var (
	results []string
	mu      sync.Mutex
	wg      sync.WaitGroup
)

func main() {
	names := []string{"delta", "alpha", "echo", "charlie", "bravo", "foxtrot"}
	fmt.Println("input:", names)

	for i, n := range names {
		wg.Add(1)
		go process(i, n)
	}
	wg.Wait()

	fmt.Println("got", len(results), "results")
	slices.Sort(results)
	for _, r := range results {
		fmt.Println(" ", r)
	}

	lengths := map[int]int{}
	var lmu sync.Mutex
	for _, n := range names {
		wg.Add(1)
		go func(word string) {
			defer wg.Done()
			lmu.Lock()
			lengths[len(word)]++
			lmu.Unlock()
		}(n)
	}
	wg.Wait()
	fmt.Println("length histogram:", lengths)

	squares := make([]int, 10)
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println("squares (each goroutine wrote its own index):", squares)

	shared := []int{}
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%3 == 0 {
				mu.Lock()
				shared = append(shared, i)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	slices.Sort(shared)
	fmt.Println("multiples of 3:", shared, "count:", len(shared))
	fmt.Println("sum:", sum(shared))
}

func process(id int, name string) {
	defer wg.Done()
	upper := strings.ToUpper(name)
	line := fmt.Sprintf("%s (from goroutine %d, %d letters)", upper, id, len(name))
	mu.Lock()
	results = append(results, line)
	mu.Unlock()
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
