package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	Input string
	Words int
	Upper string
	Err   error
}

var ErrEmpty = errors.New("empty input")

func process(s string) (Result, error) {
	if strings.TrimSpace(s) == "" {
		return Result{Input: s}, ErrEmpty
	}
	f := strings.Fields(s)
	return Result{Input: s, Words: len(f), Upper: strings.ToUpper(f[0])}, nil
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	inputs := []string{
		"closures capture variables",
		"",
		"goroutines run concurrently",
		"   ",
		"wait groups wait",
		"each result goes to its own slot",
	}

	// Each goroutine writes only to its own index: no locking needed.
	results := make([]Result, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := process(in)
			r.Err = err
			results[i] = r
		}()
	}
	wg.Wait()

	failed := 0
	for i, r := range results {
		if r.Err != nil {
			failed++
			fmt.Printf("%d: error %v (input %q)\n", i, r.Err, r.Input)
			continue
		}
		fmt.Printf("%d: %d words, first=%s\n", i, r.Words, r.Upper)
	}
	fmt.Printf("%d of %d failed\n", failed, len(inputs))

	// Chunked parallel computation using wg.Go.
	const chunks = 4
	limit := 2000
	best := make([][2]int, chunks)
	var wg2 sync.WaitGroup
	for c := range chunks {
		wg2.Go(func() {
			lo := c*limit/chunks + 1
			hi := (c + 1) * limit / chunks
			for n := lo; n <= hi; n++ {
				if s := collatzSteps(n); s > best[c][1] {
					best[c] = [2]int{n, s}
				}
			}
		})
	}
	wg2.Wait()

	overall := best[0]
	for c, b := range best {
		fmt.Printf("chunk %d: n=%d steps=%d\n", c, b[0], b[1])
		if b[1] > overall[1] {
			overall = b
		}
	}
	fmt.Printf("longest chain up to %d: n=%d with %d steps\n", limit, overall[0], overall[1])

	// Mutex-protected map filled from goroutines, printed in fixed order.
	var mu sync.Mutex
	lengths := map[int][]string{}
	var wg3 sync.WaitGroup
	for _, in := range inputs {
		wg3.Go(func() {
			n := len(strings.Fields(in))
			mu.Lock()
			lengths[n] = append(lengths[n], in)
			mu.Unlock()
		})
	}
	wg3.Wait()
	for n := 0; n <= 10; n++ {
		if group, ok := lengths[n]; ok {
			fmt.Printf("%d words: %d input(s)\n", n, len(group))
		}
	}
}
