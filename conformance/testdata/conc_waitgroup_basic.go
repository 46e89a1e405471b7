package main

import (
	"fmt"
	"strings"
	"sync"
)

// shout upper-cases a word and adds an exclamation mark.
func shout(s string) string {
	return strings.ToUpper(s) + "!"
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	results := make([]string, len(words))

	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each goroutine writes only its own slot, so no lock is needed.
			results[i] = shout(w)
		}()
	}
	wg.Wait()

	for i, r := range results {
		fmt.Printf("%d: %-10s -> %s\n", i, words[i], r)
	}

	// A second round: lengths summed after all goroutines finish.
	lengths := make([]int, len(words))
	wg.Add(len(words))
	for i := range words {
		go func(idx int) {
			defer wg.Done()
			lengths[idx] = len(words[idx])
		}(i)
	}
	wg.Wait()

	total := 0
	for _, n := range lengths {
		total += n
	}
	fmt.Println("lengths:", lengths)
	fmt.Println("total letters:", total)
}
