package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var m atomic.Int64
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			for range 100 {
				atomic.AddInt64(&n, 1)
				m.Add(2)
			}
		})
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), m.Load())
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
