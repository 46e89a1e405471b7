package eval

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkExecuteTrivial measures a cell `1+1` end to end: split, parse,
// rewrite, compile, run, display.
func BenchmarkExecuteTrivial(b *testing.B) {
	s := newSession(b, Options{})
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Execute(ctx, "1+1"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYaegiTrivial is the interpreter alone on the same cell, for
// comparison with BenchmarkExecuteTrivial.
func BenchmarkYaegiTrivial(b *testing.B) {
	s := newSession(b, Options{})
	for b.Loop() {
		if _, err := s.in.Eval("1+1"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteStatements is a typical small cell of statements.
func BenchmarkExecuteStatements(b *testing.B) {
	s := newSession(b, Options{})
	ctx := context.Background()
	if _, err := s.Execute(ctx, "total := 0"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Execute(ctx, "for i := 0; i < 10; i++ { total += i }\ntotal"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewSession is the cost of a session (and of a rebuild).
func BenchmarkNewSession(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{Preload: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// benchmarkCellThreads runs the same CPU-bound interpreted work (counting
// primes below 100,000) split over n goroutines of a cell: compare
// BenchmarkCellThreads1 and 2 for the speedup on several cores (Go has no
// interpreter lock; yaegi runs goroutines in parallel).
func benchmarkCellThreads(b *testing.B, n int) {
	s := newSession(b, Options{Preload: true})
	ctx := context.Background()
	setup := `func primes(lo, hi int) int {
	c := 0
	for x := lo; x < hi; x++ {
		p := x > 1
		for d := 2; d*d <= x; d++ {
			if x%d == 0 {
				p = false
				break
			}
		}
		if p {
			c++
		}
	}
	return c
}
func split(workers int) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(first int) {
			defer wg.Done()
			for lo := first * 5000; lo < 100000; lo += workers * 5000 {
				primes(lo, lo+5000)
			}
		}(w)
	}
	wg.Wait()
}`
	if _, err := s.Execute(ctx, setup); err != nil {
		b.Fatal(err)
	}
	cell := fmt.Sprintf("split(%d)", n)
	for b.Loop() {
		if _, err := s.Execute(ctx, cell); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCellThreads1(b *testing.B) { benchmarkCellThreads(b, 1) }
func BenchmarkCellThreads2(b *testing.B) { benchmarkCellThreads(b, 2) }

// BenchmarkGoroutinesOfALoop is a cell that starts 1,000 goroutines from
// a loop, each a closure of its iteration (the function of each go
// statement is made by a call of its own: see freshClosures); compare
// with BenchmarkClosuresOfALoop, the same closures called in place.
func BenchmarkGoroutinesOfALoop(b *testing.B) {
	benchmarkLoopCell(b, "var wg sync.WaitGroup\nfor i := range 1000 {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); n.Add(int64(i)) }()\n}\nwg.Wait()")
}

// BenchmarkClosuresOfALoop: 1,000 closures of a loop's iterations,
// made and called in place.
func BenchmarkClosuresOfALoop(b *testing.B) {
	benchmarkLoopCell(b, "for i := range 1000 {\n\tfunc() { n.Add(int64(i)) }()\n}")
}

func benchmarkLoopCell(b *testing.B, cell string) {
	s := newSession(b, Options{})
	ctx := context.Background()
	if _, err := s.Execute(ctx, "import (\n\t\"sync\"\n\t\"sync/atomic\"\n)\nvar n atomic.Int64"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Execute(ctx, cell); err != nil {
			b.Fatal(err)
		}
	}
}
