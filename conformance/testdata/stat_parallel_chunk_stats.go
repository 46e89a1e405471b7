package main

import (
	"fmt"
	"math"
	"sync"
)

// Partial holds mergeable summary statistics (parallel Welford/Chan).
type Partial struct {
	N        int
	Mean, M2 float64
	Min, Max float64
}

func (p *Partial) Add(x float64) {
	if p.N == 0 {
		p.Min, p.Max = x, x
	}
	p.N++
	d := x - p.Mean
	p.Mean += d / float64(p.N)
	p.M2 += d * (x - p.Mean)
	p.Min = min(p.Min, x)
	p.Max = max(p.Max, x)
}

func Merge(a, b Partial) Partial {
	if a.N == 0 {
		return b
	}
	if b.N == 0 {
		return a
	}
	n := a.N + b.N
	d := b.Mean - a.Mean
	return Partial{
		N:    n,
		Mean: a.Mean + d*float64(b.N)/float64(n),
		M2:   a.M2 + b.M2 + d*d*float64(a.N)*float64(b.N)/float64(n),
		Min:  min(a.Min, b.Min),
		Max:  max(a.Max, b.Max),
	}
}

func (p Partial) Std() float64 { return math.Sqrt(p.M2 / float64(p.N-1)) }

func generate(n int) []float64 {
	data := make([]float64, n)
	x := uint32(12345)
	for i := range data {
		x = x*1664525 + 1013904223 // simple LCG, deterministic
		data[i] = float64(x%10000) / 100
	}
	return data
}

func main() {
	data := generate(100000)
	for _, workers := range []int{1, 2, 4, 8} {
		parts := make([]Partial, workers)
		var wg sync.WaitGroup
		chunk := (len(data) + workers - 1) / workers
		for w := range workers {
			lo := w * chunk
			hi := min(lo+chunk, len(data))
			wg.Add(1)
			go func() {
				defer wg.Done()
				var p Partial
				for _, x := range data[lo:hi] {
					p.Add(x)
				}
				parts[w] = p
			}()
		}
		wg.Wait()
		total := Partial{}
		for _, p := range parts {
			total = Merge(total, p)
		}
		fmt.Printf("workers=%d n=%d mean=%.4f sd=%.4f min=%.2f max=%.2f\n",
			workers, total.N, total.Mean, total.Std(), total.Min, total.Max)
		for i, p := range parts {
			fmt.Printf("   chunk %d: n=%-6d mean=%.4f\n", i, p.N, p.Mean)
		}
	}
}
