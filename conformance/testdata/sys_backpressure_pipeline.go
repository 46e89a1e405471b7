package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stage string

type Stats struct {
	In, Out     atomic.Int64
	MaxInFlight atomic.Int64
}

func (s *Stats) String() string {
	return fmt.Sprintf("in=%d out=%d", s.In.Load(), s.Out.Load())
}

func stage[T, U any](name Stage, in <-chan T, buf int, st *Stats, f func(T) U) <-chan U {
	out := make(chan U, buf)
	go func() {
		defer close(out)
		for v := range in {
			st.In.Add(1)
			out <- f(v)
			st.Out.Add(1)
		}
	}()
	_ = name
	return out
}

func main() {
	const n = 200
	const buf = 4
	src := make(chan int, buf)
	var produced atomic.Int64
	var maxAhead atomic.Int64
	var consumed atomic.Int64
	go func() {
		defer close(src)
		for i := 1; i <= n; i++ {
			src <- i
			p := produced.Add(1)
			ahead := p - consumed.Load()
			for {
				m := maxAhead.Load()
				if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
					break
				}
			}
		}
	}()
	names := []Stage{"square", "offset", "label"}
	stats := make([]*Stats, len(names))
	for i := range stats {
		stats[i] = &Stats{}
	}
	sq := stage(names[0], src, buf, stats[0], func(x int) int { return x * x })
	off := stage(names[1], sq, buf, stats[1], func(x int) int { return x + 1 })
	lbl := stage(names[2], off, buf, stats[2], func(x int) string { return fmt.Sprint("v", x) })
	var wg sync.WaitGroup
	sum := 0
	last := ""
	wg.Go(func() {
		for s := range lbl {
			consumed.Add(1)
			var x int
			fmt.Sscanf(s, "v%d", &x)
			sum += x
			last = s
		}
	})
	wg.Wait()
	for i, s := range stats {
		fmt.Printf("stage %-6s %v\n", names[i], s)
	}
	fmt.Println("produced:", produced.Load(), "consumed:", consumed.Load())
	// bound: 3 stage buffers + source buffer + items held by each goroutine
	bound := int64(4*buf + 4)
	fmt.Println("max in flight within bound:", maxAhead.Load() <= bound)
	fmt.Println("sum:", sum, "last:", last)
}
