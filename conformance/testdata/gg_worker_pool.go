package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// ParallelMap applies f to each input using n workers; results keep input order.
func ParallelMap[T, R any](in []T, workers int, f func(T) (R, error)) ([]R, []error) {
	out := make([]R, len(in))
	errs := make([]error, len(in))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
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
	return out, errs
}

// SafeCounter is a mutex-protected generic counter map.
type SafeCounter[K comparable] struct {
	mu sync.Mutex
	m  map[K]int
}

func NewSafeCounter[K comparable]() *SafeCounter[K] { return &SafeCounter[K]{m: map[K]int{}} }

func (c *SafeCounter[K]) Inc(k K, by int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] += by
}

func (c *SafeCounter[K]) Snapshot() map[K]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[K]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

var ErrTooLong = errors.New("word too long")

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda")
	lengths, errs := ParallelMap(words, 4, func(w string) (int, error) {
		if len(w) > 6 {
			return 0, fmt.Errorf("%q: %w", w, ErrTooLong)
		}
		return len(w), nil
	})
	fmt.Println("lengths:", lengths)
	for i, err := range errs {
		if err != nil {
			fmt.Printf("  error at %d: %v (too long: %v)\n", i, err, errors.Is(err, ErrTooLong))
		}
	}
	fmt.Println("joined:", errors.Join(errs...))

	squares, _ := ParallelMap([]int{1, 2, 3, 4, 5, 6, 7, 8}, 3, func(n int) (float64, error) {
		return float64(n*n) / 4, nil
	})
	fmt.Printf("squares/4: %v %T\n", squares, squares)

	counter := NewSafeCounter[string]()
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Inc(words[i%len(words)][:1], i)
		}()
	}
	wg.Wait()
	fmt.Println("counts:", counter.Snapshot())

	type result struct {
		In  string
		Out string
	}
	res, _ := ParallelMap(words[:4], 2, func(w string) (result, error) {
		return result{w, strings.ToUpper(w)}, nil
	})
	for _, r := range res {
		fmt.Printf("  %+v\n", r)
	}
}
