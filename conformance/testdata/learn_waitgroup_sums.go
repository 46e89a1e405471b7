package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var grandTotal int

func sumRange(from, to int) int {
	s := 0
	for i := from; i <= to; i++ {
		s += i
	}
	return s
}

func worker(id int, from, to int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	s := sumRange(from, to)
	results[id] = s
	mu.Lock()
	grandTotal += s
	mu.Unlock()
}

func main() {
	const workers = 4
	results := make([]int, workers)
	var wg sync.WaitGroup
	chunk := 250
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(i, i*chunk+1, (i+1)*chunk, results, &wg)
	}
	wg.Wait()
	for i, r := range results {
		fmt.Printf("worker %d summed %d\n", i, r)
	}
	fmt.Println("grand total:", grandTotal, "check:", sumRange(1, 1000))
	fmt.Println("match?", grandTotal == sumRange(1, 1000))

	squares := make([]int, 10)
	var wg2 sync.WaitGroup
	for i := range squares {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			squares[n] = n * n
		}(i)
	}
	wg2.Wait()
	fmt.Println("squares:", squares)

	ch := make(chan int, 5)
	var wg3 sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			ch <- i * 10
		}()
	}
	wg3.Wait()
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("channel sum:", sum)
}
