package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Histogram struct {
	lo, width int
	buckets   []atomic.Int64
	under     atomic.Int64
	over      atomic.Int64
}

func NewHistogram(lo, hi, n int) *Histogram {
	return &Histogram{lo: lo, width: (hi - lo) / n, buckets: make([]atomic.Int64, n)}
}

func (h *Histogram) Observe(v int) {
	switch i := (v - h.lo) / h.width; {
	case v < h.lo:
		h.under.Add(1)
	case i >= len(h.buckets):
		h.over.Add(1)
	default:
		h.buckets[i].Add(1)
	}
}

func (h *Histogram) String() string {
	var sb strings.Builder
	for i := range h.buckets {
		n := h.buckets[i].Load()
		lo := h.lo + i*h.width
		fmt.Fprintf(&sb, "[%3d,%3d) %4d %s\n", lo, lo+h.width, n, strings.Repeat("#", int(n/20)))
	}
	fmt.Fprintf(&sb, "under=%d over=%d", h.under.Load(), h.over.Load())
	return sb.String()
}

func (h *Histogram) Total() int64 {
	t := h.under.Load() + h.over.Load()
	for i := range h.buckets {
		t += h.buckets[i].Load()
	}
	return t
}

func main() {
	h := NewHistogram(0, 100, 10)
	const workers, per = 8, 250
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			state := uint32(w*977 + 13)
			for range per {
				state = state*1103515245 + 12345
				// sum of three values approximates a bell curve, plus a few outliers
				v := int(state>>8)%40 + int(state>>16)%40 + int(state>>24)%30 - 5
				h.Observe(v)
			}
		})
	}
	wg.Wait()
	fmt.Println(h)
	fmt.Println("total:", h.Total(), "expected:", workers*per)
}
