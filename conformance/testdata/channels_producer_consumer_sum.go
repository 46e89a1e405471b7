package main

import (
	"fmt"
	"sync"
)

type Item struct {
	Producer int
	Value    int
}

func main() {
	items := make(chan Item, 4)
	var prod sync.WaitGroup
	for p := range 3 {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for i := 1; i <= 10; i++ {
				items <- Item{Producer: p, Value: i * (p + 1)}
			}
		}()
	}
	go func() {
		prod.Wait()
		close(items)
	}()

	totals := make([]int, 3)
	var mu sync.Mutex
	var cons sync.WaitGroup
	for range 2 {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for it := range items {
				mu.Lock()
				totals[it.Producer] += it.Value
				mu.Unlock()
			}
		}()
	}
	cons.Wait()
	for p, t := range totals {
		fmt.Printf("producer %d: %d\n", p, t)
	}
	fmt.Println("cap", cap(items), "len", len(items))
}
