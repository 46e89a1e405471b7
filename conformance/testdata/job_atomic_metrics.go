package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Counter struct{ v atomic.Int64 }

func (c *Counter) Inc()         { c.v.Add(1) }
func (c *Counter) Add(n int64)  { c.v.Add(n) }
func (c *Counter) Value() int64 { return c.v.Load() }

type Gauge struct{ v atomic.Int64 }

func (g *Gauge) Set(n int64)  { g.v.Store(n) }
func (g *Gauge) Inc()         { g.v.Add(1) }
func (g *Gauge) Dec()         { g.v.Add(-1) }
func (g *Gauge) Value() int64 { return g.v.Load() }

type Histogram struct {
	bounds []int64
	counts []atomic.Uint64
	sum    atomic.Int64
	max    atomic.Int64
}

func NewHistogram(bounds ...int64) *Histogram {
	return &Histogram{bounds: bounds, counts: make([]atomic.Uint64, len(bounds)+1)}
}

func (h *Histogram) Observe(v int64) {
	i := 0
	for i < len(h.bounds) && v > h.bounds[i] {
		i++
	}
	h.counts[i].Add(1)
	h.sum.Add(v)
	for {
		cur := h.max.Load()
		if v <= cur || h.max.CompareAndSwap(cur, v) {
			return
		}
	}
}

func (h *Histogram) String() string {
	var b strings.Builder
	var total uint64
	for i := range h.counts {
		n := h.counts[i].Load()
		total += n
		if i < len(h.bounds) {
			fmt.Fprintf(&b, "  le=%-5d %d\n", h.bounds[i], n)
		} else {
			fmt.Fprintf(&b, "  le=+Inf  %d\n", n)
		}
	}
	fmt.Fprintf(&b, "  count=%d sum=%d max=%d", total, h.sum.Load(), h.max.Load())
	return b.String()
}

type Registry struct {
	Requests Counter
	Errors   Counter
	Bytes    Counter
	InFlight Gauge
	Latency  *Histogram
	Ready    atomic.Bool
	Version  atomic.Pointer[string]
}

func main() {
	reg := &Registry{Latency: NewHistogram(5, 10, 25, 50, 100)}
	v1 := "v1.0.0"
	reg.Version.Store(&v1)

	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				reg.InFlight.Inc()
				reg.Requests.Inc()
				latency := int64((worker*37 + i*13) % 120)
				reg.Latency.Observe(latency)
				reg.Bytes.Add(int64(100 + i%50))
				if (worker+i)%17 == 0 {
					reg.Errors.Inc()
				}
				reg.InFlight.Dec()
			}
		}(w)
	}

	var readyFlips atomic.Int32
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if reg.Ready.CompareAndSwap(false, true) {
				readyFlips.Add(1)
			}
		}()
	}
	wg.Wait()

	v2 := "v1.1.0"
	old := reg.Version.Swap(&v2)

	fmt.Println("requests:", reg.Requests.Value())
	fmt.Println("errors:", reg.Errors.Value())
	fmt.Println("bytes:", reg.Bytes.Value())
	fmt.Println("in flight:", reg.InFlight.Value())
	fmt.Println("ready:", reg.Ready.Load(), "flips:", readyFlips.Load())
	fmt.Println("version:", *old, "->", *reg.Version.Load())
	fmt.Printf("error rate: %.4f\n", float64(reg.Errors.Value())/float64(reg.Requests.Value()))
	fmt.Println("latency histogram:")
	fmt.Println(reg.Latency)
}
