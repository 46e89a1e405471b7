package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var mu sync.Mutex
	var wg sync.WaitGroup
	arrived := 0
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // every waiter wakes when start closes
			mu.Lock()
			arrived++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("arrived:", arrived)
	_, ok := <-start
	fmt.Println("receive on closed:", ok)
	results := make(chan int, 3)
	results <- 1
	results <- 2
	close(results)
	for v := range results {
		fmt.Println("drained", v)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	close(results)
}
