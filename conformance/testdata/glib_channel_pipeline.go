package main

import (
	"fmt"
	"strings"
	"sync"
)

// Source emits the given values on a channel and closes it.
func Source[T any](vals ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- v
		}
	}()
	return out
}

// Stage transforms each value in order with a single goroutine.
func Stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func FilterChan[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Drain[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

// FanInSum merges numeric channels; only the total is reported, so order does not matter.
func FanInSum[T ~int | ~float64](chans ...<-chan T) T {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var total T
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				mu.Lock()
				total += v
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return total
}

type Record struct {
	Line  int
	Text  string
	Words int
}

func (r Record) String() string { return fmt.Sprintf("#%d(%d words) %q", r.Line, r.Words, r.Text) }

func main() {
	squares := Stage(Source(1, 2, 3, 4, 5, 6), func(n int) int { return n * n })
	odd := FilterChan(squares, func(n int) bool { return n%2 == 1 })
	fmt.Println("odd squares:", Drain(odd))

	lines := []string{"the quick brown fox", "", "jumps over", "the lazy dog today"}
	type numbered struct {
		i int
		s string
	}
	var in []numbered
	for i, l := range lines {
		in = append(in, numbered{i + 1, l})
	}
	recs := Stage(Source(in...), func(n numbered) Record {
		return Record{n.i, strings.ToUpper(n.s), len(strings.Fields(n.s))}
	})
	nonEmpty := FilterChan(recs, func(r Record) bool { return r.Words > 0 })
	for _, r := range Drain(nonEmpty) {
		fmt.Println(" ", r)
	}

	lengths := Stage(Source(strings.Fields("generic channels are typed")...), func(s string) int { return len(s) })
	fmt.Printf("lengths %v\n", Drain(lengths))

	total := FanInSum(Source(1, 2, 3), Source(10, 20), Source(100))
	ftotal := FanInSum(Source(0.5, 0.25), Source(1.25))
	fmt.Printf("fan-in int=%d float=%.2f (%T, %T)\n", total, ftotal, total, ftotal)

	done := make(chan struct{})
	results := make(chan string, 3)
	go func() {
		defer close(done)
		for _, w := range []string{"a", "b", "c"} {
			results <- strings.Repeat(w, 2)
		}
		close(results)
	}()
	<-done
	fmt.Println("buffered:", Drain(results))
}
