package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Histogram struct {
	Lo, Width int
	Buckets   []atomic.Int64
	Under     atomic.Int64
	Over      atomic.Int64
}

func NewHistogram(lo, width, n int) *Histogram {
	return &Histogram{Lo: lo, Width: width, Buckets: make([]atomic.Int64, n)}
}

func (h *Histogram) Observe(v int) {
	switch {
	case v < h.Lo:
		h.Under.Add(1)
	case v >= h.Lo+h.Width*len(h.Buckets):
		h.Over.Add(1)
	default:
		h.Buckets[(v-h.Lo)/h.Width].Add(1)
	}
}

func (h *Histogram) String() string {
	var sb strings.Builder
	var maxC int64 = 1
	for i := range h.Buckets {
		maxC = max(maxC, h.Buckets[i].Load())
	}
	for i := range h.Buckets {
		c := h.Buckets[i].Load()
		lo := h.Lo + i*h.Width
		fmt.Fprintf(&sb, "[%3d,%3d) %5d %s\n", lo, lo+h.Width, c, strings.Repeat("#", int(c*40/maxC)))
	}
	fmt.Fprintf(&sb, "under=%d over=%d\n", h.Under.Load(), h.Over.Load())
	return sb.String()
}

// lcg is a deterministic pseudo-random generator per worker.
type lcg uint32

func (l *lcg) next() int {
	*l = *l*1664525 + 1013904223
	return int(*l >> 16)
}

func main() {
	h := NewHistogram(0, 10, 10)
	const workers, per = 8, 5000
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			g := lcg(w + 1)
			for range per {
				// sum of three uniforms gives a bell-ish shape in [-5, 115)
				v := g.next()%40 + g.next()%40 + g.next()%40 - 5
				h.Observe(v)
			}
		})
	}
	wg.Wait()
	fmt.Print(h)
	var total int64
	for i := range h.Buckets {
		total += h.Buckets[i].Load()
	}
	total += h.Under.Load() + h.Over.Load()
	fmt.Println("total:", total, "== expected:", total == workers*per)
}
