package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Result[T any] struct {
	Index int
	Value T
	Err   error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return fmt.Sprintf("#%d error: %v", r.Index, r.Err)
	}
	return fmt.Sprintf("#%d %v", r.Index, r.Value)
}

type Pool[In, Out any] struct {
	Workers int
	Fn      func(In) (Out, error)
}

func (p Pool[In, Out]) Run(inputs []In) []Result[Out] {
	jobs := make(chan int)
	results := make([]Result[Out], len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < p.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := p.Fn(inputs[i])
				results[i] = Result[Out]{Index: i, Value: v, Err: err}
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

func Collect[T any](rs []Result[T]) ([]T, error) {
	var vals []T
	var errs []error
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("item %d: %w", r.Index, r.Err))
			continue
		}
		vals = append(vals, r.Value)
	}
	return vals, errors.Join(errs...)
}

type WordStats struct {
	Words, Vowels int
	Longest       string
}

func analyze(s string) (WordStats, error) {
	if strings.TrimSpace(s) == "" {
		return WordStats{}, errors.New("blank document")
	}
	var st WordStats
	for _, w := range strings.Fields(s) {
		st.Words++
		st.Vowels += strings.Count(w, "a") + strings.Count(w, "e") + strings.Count(w, "i") +
			strings.Count(w, "o") + strings.Count(w, "u")
		if len(w) > len(st.Longest) {
			st.Longest = w
		}
	}
	return st, nil
}

func main() {
	docs := []string{
		"generic worker pools keep order by index",
		"",
		"channels and wait groups",
		"results are written to distinct slice slots",
		"   ",
		"no mutex needed here",
	}
	pool := Pool[string, WordStats]{Workers: 3, Fn: analyze}
	results := pool.Run(docs)
	for _, r := range results {
		fmt.Printf("%v\n", r)
	}
	vals, err := Collect(results)
	fmt.Printf("%T ok=%d\n", vals, len(vals))
	fmt.Println("errors:")
	fmt.Println(err)

	var mu sync.Mutex
	total := 0
	squares := Pool[int, int]{Workers: 4, Fn: func(n int) (int, error) {
		mu.Lock()
		total += n
		mu.Unlock()
		if n%7 == 0 {
			return 0, fmt.Errorf("%d is unlucky", n)
		}
		return n * n, nil
	}}
	inputs := make([]int, 20)
	for i := range inputs {
		inputs[i] = i + 1
	}
	sq, err := Collect(squares.Run(inputs))
	fmt.Printf("%T squares=%v\n", squares, sq)
	fmt.Printf("total input=%d err=%q\n", total, err)
}
