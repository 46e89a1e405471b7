package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Go(func() { out[i] = i * i })
	}
	wg.Wait()
	fmt.Println(out)
	ch := make(chan string, 3)
	for _, s := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- s
		}()
	}
	wg.Wait()
	close(ch)
	seen := map[string]bool{}
	for s := range ch {
		seen[s] = true
	}
	fmt.Println(len(seen))
}
