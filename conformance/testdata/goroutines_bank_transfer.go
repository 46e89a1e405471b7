package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	log      int
}

func (b *Bank) Transfer(from, to string, amt int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.log++
	if b.accounts[from] < amt {
		return false
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return true
}

func main() {
	b := &Bank{accounts: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Transfer(names[i%3], names[(i+1)%3], 1+i%7)
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range b.accounts {
		total += v
	}
	fmt.Println("total:", total, "transfers:", b.log)
}
