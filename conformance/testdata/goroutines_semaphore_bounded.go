package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var active, peak atomic.Int32
	results := make([]int, 10)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			results[i] = i * i * i
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak within limit:", peak.Load() <= limit, "active now:", active.Load())
	fmt.Println("sem empty:", len(sem) == 0, cap(sem))
}
