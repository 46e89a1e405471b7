// Handout 24: lock-free statistics with sync/atomic.
// Min and max are maintained with compare-and-swap loops, a flag with
// atomic.Bool and a read-mostly configuration with atomic.Pointer.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type Stats struct {
	min, max, sum atomic.Int64
	count         atomic.Int64
	sawNegative   atomic.Bool
}

func NewStats() *Stats {
	s := &Stats{}
	s.min.Store(math.MaxInt64)
	s.max.Store(math.MinInt64)
	return s
}

func casUpdate(a *atomic.Int64, v int64, better func(new, old int64) bool) {
	for {
		old := a.Load()
		if !better(v, old) || a.CompareAndSwap(old, v) {
			return
		}
	}
}

func (s *Stats) Observe(v int64) {
	casUpdate(&s.min, v, func(n, o int64) bool { return n < o })
	casUpdate(&s.max, v, func(n, o int64) bool { return n > o })
	s.sum.Add(v)
	s.count.Add(1)
	if v < 0 {
		s.sawNegative.Store(true)
	}
}

type Scale struct {
	Name   string
	Factor int64
}

func main() {
	scale := atomic.Pointer[Scale]{}
	scale.Store(&Scale{"unit", 1})

	run := func(label string) {
		st := NewStats()
		cfg := scale.Load()
		var wg sync.WaitGroup
		for w := range 8 {
			wg.Go(func() {
				for i := range 250 {
					x := int64((w*250+i)*37%2001 - 1000)
					st.Observe(x * cfg.Factor)
				}
			})
		}
		wg.Wait()
		fmt.Printf("== %s (scale %s x%d) ==\n", label, cfg.Name, cfg.Factor)
		fmt.Println("  count:       ", st.count.Load())
		fmt.Println("  min:         ", st.min.Load())
		fmt.Println("  max:         ", st.max.Load())
		fmt.Println("  sum:         ", st.sum.Load())
		fmt.Println("  saw negative:", st.sawNegative.Load())
	}

	run("first run")
	old := scale.Swap(&Scale{"kilo", 1000})
	fmt.Println("swapped out config:", old.Name)
	run("second run")
	swapped := scale.CompareAndSwap(old, &Scale{"never", 0})
	fmt.Println("CAS with stale pointer succeeded:", swapped)
	fmt.Println("current config:", scale.Load().Name)
}
