package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// ParallelMap applies f to every element using at most limit goroutines at a
// time and returns the results in input order.
func ParallelMap[T, U any](in []T, limit int, f func(T) U) []U {
	out := make([]U, len(in))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, v := range in {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			out[i] = f(v)
		})
	}
	wg.Wait()
	return out
}

type gauge struct {
	cur, peak atomic.Int32
}

func (g *gauge) enter() {
	n := g.cur.Add(1)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (g *gauge) leave() { g.cur.Add(-1) }

type Word struct {
	Text  string
	Vowel int
}

func (w Word) String() string { return fmt.Sprintf("%s(%d)", w.Text, w.Vowel) }

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
	const limit = 3
	var g gauge
	nums := []int{27, 1, 97, 6, 871, 19, 2, 703, 44, 9}
	steps := ParallelMap(nums, limit, func(n int) int {
		g.enter()
		defer g.leave()
		return collatzSteps(n)
	})
	for i, n := range nums {
		fmt.Printf("collatz(%d) = %d\n", n, steps[i])
	}
	fmt.Println("peak concurrency within limit:", g.peak.Load() <= limit, "final:", g.cur.Load())

	words := strings.Fields("concurrency is not parallelism but enables it")
	ws := ParallelMap(words, 2, func(s string) Word {
		return Word{strings.ToUpper(s), strings.Count(s, "a") + strings.Count(s, "e") +
			strings.Count(s, "i") + strings.Count(s, "o") + strings.Count(s, "u")}
	})
	fmt.Println(ws)

	lens := ParallelMap(ws, 1, func(w Word) int { return len(w.Text) })
	fmt.Println("lengths:", lens)
	fmt.Println("empty:", len(ParallelMap([]int{}, 4, func(int) string { return "x" })))
}
