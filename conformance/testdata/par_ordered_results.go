// Keeping results in input order: each goroutine writes only its own index
// of a pre-sized slice, so no locking is needed and order is preserved.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Result[T any] struct {
	Value T
	Err   error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "error: " + r.Err.Error()
	}
	return fmt.Sprint(r.Value)
}

// ParallelMap applies f to each input concurrently, with at most limit
// goroutines in flight, and returns results in input order.
func ParallelMap[In, Out any](inputs []In, limit int, f func(In) (Out, error)) []Result[Out] {
	results := make([]Result[Out], len(inputs))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			v, err := f(in)
			results[i] = Result[Out]{v, err}
		}()
	}
	wg.Wait()
	return results
}

var errOdd = errors.New("odd digit sum")

func digitSum(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	sum := 0
	for n > 0 {
		sum += n % 10
		n /= 10
	}
	if sum%2 == 1 {
		return sum, fmt.Errorf("%s: %w", s, errOdd)
	}
	return sum, nil
}

func main() {
	inputs := []string{"123", "4567", "abc", "99", "1001", "77777", "", "2024"}
	results := ParallelMap(inputs, 3, digitSum)
	odd, failed := 0, 0
	for i, r := range results {
		fmt.Printf("%d %-7q %v\n", i, inputs[i], r)
		switch {
		case errors.Is(r.Err, errOdd):
			odd++
		case r.Err != nil:
			failed++
		}
	}
	fmt.Println("odd:", odd, "failed:", failed)

	squares := ParallelMap([]int{5, 4, 3, 2, 1}, 2, func(n int) (int, error) { return n * n, nil })
	fmt.Println(squares)
}
