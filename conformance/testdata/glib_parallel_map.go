package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// ParallelMap applies f using a bounded pool of workers and keeps input order.
func ParallelMap[T, U any](in []T, workers int, f func(T) (U, error)) ([]U, error) {
	out := make([]U, len(in))
	errs := make([]error, len(in))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i], errs[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out, errors.Join(errs...)
}

// SafeCounter is a mutex-protected generic counter.
type SafeCounter[K comparable] struct {
	mu sync.Mutex
	m  map[K]int
}

func NewSafeCounter[K comparable]() *SafeCounter[K] {
	return &SafeCounter[K]{m: make(map[K]int)}
}

func (c *SafeCounter[K]) Inc(k K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter[K]) Snapshot() map[K]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp := make(map[K]int, len(c.m))
	for k, v := range c.m {
		cp[k] = v
	}
	return cp
}

func collatzSteps(n int) (int, error) {
	if n <= 0 {
		return 0, fmt.Errorf("collatz(%d): must be positive", n)
	}
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps, nil
}

func main() {
	inputs := []int{1, 6, 7, 27, 97, 871, 12, 19}
	steps, err := ParallelMap(inputs, 4, collatzSteps)
	fmt.Println("steps:", steps, "err:", err)
	for i, n := range inputs[:4] {
		fmt.Printf("  collatz(%d) = %d\n", n, steps[i])
	}

	_, err = ParallelMap([]int{5, -1, 8, 0}, 3, collatzSteps)
	fmt.Printf("errors:\n%v\n", err)

	upper, _ := ParallelMap(strings.Fields("alpha beta gamma delta"), 2, func(s string) (string, error) {
		return strings.ToUpper(s), nil
	})
	fmt.Printf("%q\n", upper)

	counter := NewSafeCounter[string]()
	text := strings.Fields("a b a c b a d a c b")
	var wg sync.WaitGroup
	for _, w := range text {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Inc(w)
		}()
	}
	wg.Wait()
	snap := counter.Snapshot()
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range snap {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("  %s: %d\n", k, snap[k])
	}
	fmt.Println(snap)

	results := make(chan int, len(inputs))
	var wg2 sync.WaitGroup
	for _, n := range inputs {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			s, _ := collatzSteps(n)
			results <- s
		}()
	}
	wg2.Wait()
	close(results)
	var collected []int
	for r := range results {
		collected = append(collected, r)
	}
	slices.Sort(collected)
	fmt.Println("sorted results:", collected, "max:", slices.Max(collected))
}
