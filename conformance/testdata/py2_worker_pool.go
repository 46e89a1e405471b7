package main

import (
	"errors"
	"fmt"
	"sync"
)

// multiprocessing.Pool(4).map(f, items) keeps input order
func poolMap[T, R any](workers int, items []T, f func(T) R) []R {
	results := make([]R, len(items))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				results[i] = f(items[i])
			}
		}()
	}
	for i := range items {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return results
}

type result struct {
	in  int
	out int
	err error
}

// apply_async with errors collected
func poolTry(workers int, items []int, f func(int) (int, error)) []result {
	jobs := make(chan int, len(items))
	res := make(chan result, len(items))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range jobs {
				v, err := f(x)
				res <- result{x, v, err}
			}
		}()
	}
	for _, x := range items {
		jobs <- x
	}
	close(jobs)
	wg.Wait()
	close(res)
	byIn := map[int]result{}
	for r := range res {
		byIn[r.in] = r
	}
	out := make([]result, 0, len(items))
	for _, x := range items {
		out = append(out, byIn[x])
	}
	return out
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func collatz(n int) (int, error) {
	if n <= 0 {
		return 0, errors.New("ValueError: n must be positive")
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
	nums := []int{2, 3, 4, 17, 20, 97, 100, 7919}
	fmt.Println(poolMap(3, nums, isPrime))
	fmt.Println(poolMap(4, []string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
	squares := poolMap(8, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, func(x int) int { return x * x })
	total := 0
	for _, s := range squares {
		total += s
	}
	fmt.Println(squares, "sum =", total)

	for _, r := range poolTry(3, []int{6, 7, -1, 27, 0, 1}, collatz) {
		if r.err != nil {
			fmt.Printf("collatz(%d) raised %v\n", r.in, r.err)
			continue
		}
		fmt.Printf("collatz(%d) = %d\n", r.in, r.out)
	}
	fmt.Println(len(poolMap(2, []int{}, isPrime)))
}
