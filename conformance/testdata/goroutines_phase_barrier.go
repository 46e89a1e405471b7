package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers = 4
	data := []int{1, 2, 3, 4}
	var history [][]int
	for phase := range 3 {
		var wg sync.WaitGroup
		next := make([]int, len(data))
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				left := data[(w+len(data)-1)%len(data)]
				right := data[(w+1)%len(data)]
				next[w] = left + right + phase
			}()
		}
		wg.Wait()
		data = next
		history = append(history, data)
	}
	for i, h := range history {
		fmt.Printf("phase %d: %v\n", i, h)
	}
	total := 0
	for _, v := range data {
		total += v
	}
	fmt.Println("total:", total)
}
