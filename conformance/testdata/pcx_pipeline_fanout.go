package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type squared struct {
	in, out int
	stage   string
}

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

func square(name string, in <-chan int) <-chan squared {
	out := make(chan squared)
	go func() {
		defer close(out)
		for n := range in {
			out <- squared{in: n, out: n * n, stage: name}
		}
	}()
	return out
}

// merge fans several channels back into one.
func merge(chans ...<-chan squared) <-chan squared {
	var wg sync.WaitGroup
	out := make(chan squared, 4)
	output := func(c <-chan squared) {
		defer wg.Done()
		for v := range c {
			out <- v
		}
	}
	wg.Add(len(chans))
	for _, c := range chans {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func keepIf(in <-chan squared, pred func(squared) bool) <-chan squared {
	out := make(chan squared)
	go func() {
		defer close(out)
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	nums := make([]int, 0, 20)
	for i := 1; i <= 20; i++ {
		nums = append(nums, i)
	}

	src := generate(nums...)
	stages := make([]<-chan squared, 3)
	for i := range stages {
		stages[i] = square(fmt.Sprintf("sq%d", i), src)
	}

	var results []squared
	perStage := map[string]int{}
	for r := range merge(stages...) {
		results = append(results, r)
		perStage[r.stage]++
	}
	sort.Slice(results, func(i, j int) bool { return results[i].in < results[j].in })

	sum := 0
	for _, r := range results {
		fmt.Printf("%3d^2 = %4d\n", r.in, r.out)
		sum += r.out
	}
	counted := 0
	for _, c := range perStage {
		counted += c
	}
	n := len(nums)
	fmt.Printf("items through stages: %d\n", counted)
	fmt.Printf("sum of squares: %d (formula %d)\n", sum, n*(n+1)*(2*n+1)/6)

	// Second pipeline: fan out, fan in, then filter odd squares.
	src2 := generate(nums...)
	odd := keepIf(merge(square("a", src2), square("b", src2)), func(s squared) bool {
		return s.out%2 == 1
	})
	var vals []int
	for s := range odd {
		vals = append(vals, s.out)
	}
	sort.Ints(vals)
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = fmt.Sprint(v)
	}
	fmt.Printf("odd squares: %s\n", strings.Join(parts, ","))
}
