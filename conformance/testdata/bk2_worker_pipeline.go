package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(chans ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type job struct {
	id   int
	text string
}

type result struct {
	id    int
	words int
	upper string
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
	}
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	// Pipeline in order: a single chain preserves ordering.
	for v := range square(square(generate(1, 2, 3, 4))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Fan-in does not preserve order, so sort before printing.
	src := generate(1, 2, 3, 4, 5, 6, 7, 8)
	var collected []int
	for v := range merge(square(src), square(src), square(src)) {
		collected = append(collected, v)
	}
	sort.Ints(collected)
	fmt.Println("fan-in:", collected)

	texts := []string{"the quick brown fox", "jumps over", "the lazy dog", "go", "channels are typed conduits"}
	jobs := make(chan job, len(texts))
	results := make(chan result, len(texts))
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)

	ordered := make([]result, len(texts))
	for r := range results {
		ordered[r.id] = r
	}
	for _, r := range ordered {
		fmt.Printf("job %d: %d words %q\n", r.id, r.words, r.upper)
	}

	counter := SafeCounter{m: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			counter.Inc([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg2.Wait()
	fmt.Println("counts:", counter.m)

	var once sync.Once
	var initCount int
	var wg3 sync.WaitGroup
	for range 10 {
		wg3.Go(func() { once.Do(func() { initCount++ }) })
	}
	wg3.Wait()
	fmt.Println("once ran:", initCount)
}
