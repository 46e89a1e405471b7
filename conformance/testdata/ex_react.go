package main

import (
	"fmt"
	"strings"
)

type Cell interface{ Value() int }

type Reactor struct{ computes []*ComputeCell }

type InputCell struct {
	r   *Reactor
	val int
}

func (c *InputCell) Value() int { return c.val }

func (c *InputCell) SetValue(v int) {
	c.val = v
	// Compute cells are created in dependency order, so one pass suffices;
	// callbacks only fire for cells whose value actually changed.
	for _, cc := range c.r.computes {
		cc.recompute()
	}
}

type ComputeCell struct {
	compute   func() int
	val       int
	callbacks []func(int) // nil entries are canceled
}

func (c *ComputeCell) Value() int { return c.val }

func (c *ComputeCell) recompute() {
	if nv := c.compute(); nv != c.val {
		c.val = nv
		for _, cb := range c.callbacks {
			if cb != nil {
				cb(nv)
			}
		}
	}
}

func (c *ComputeCell) AddCallback(cb func(int)) (cancel func()) {
	id := len(c.callbacks)
	c.callbacks = append(c.callbacks, cb)
	return func() { c.callbacks[id] = nil }
}

func (r *Reactor) CreateInput(v int) *InputCell { return &InputCell{r: r, val: v} }

func (r *Reactor) CreateCompute1(a Cell, f func(int) int) *ComputeCell {
	return r.CreateCompute2(a, a, func(x, _ int) int { return f(x) })
}

func (r *Reactor) CreateCompute2(a, b Cell, f func(int, int) int) *ComputeCell {
	compute := func() int { return f(a.Value(), b.Value()) }
	c := &ComputeCell{compute: compute, val: compute()}
	r.computes = append(r.computes, c)
	return c
}

func main() {
	var log strings.Builder
	r := &Reactor{}
	in := r.CreateInput(1)
	plus1 := r.CreateCompute1(in, func(v int) int { return v + 1 })
	times2 := r.CreateCompute1(in, func(v int) int { return v * 2 })
	sum := r.CreateCompute2(plus1, times2, func(a, b int) int { return a + b })
	parity := r.CreateCompute1(in, func(v int) int { return v % 2 })
	sum.AddCallback(func(v int) { fmt.Fprintf(&log, "sum->%d ", v) })
	cancel := parity.AddCallback(func(v int) { fmt.Fprintf(&log, "parity->%d ", v) })
	parity.AddCallback(func(v int) { fmt.Fprintf(&log, "parity2->%d ", v) })

	tests := []struct {
		set              int
		cancelParity     bool
		wantSum, wantPar int
		wantLog          string
	}{
		{3, false, 10, 1, "sum->10 "}, {4, false, 13, 0, "sum->13 parity->0 parity2->0 "},
		{4, false, 13, 0, ""}, // unchanged input: no callbacks
		{5, true, 16, 1, "sum->16 parity2->1 "}, {-1, false, -2, -1, "sum->-2 parity2->-1 "},
	}
	for _, tc := range tests {
		if tc.cancelParity {
			cancel()
		}
		log.Reset()
		in.SetValue(tc.set)
		status := "PASS"
		if sum.Value() != tc.wantSum || parity.Value() != tc.wantPar || log.String() != tc.wantLog {
			status = "FAIL"
		}
		fmt.Printf("%s set %2d: plus1=%d times2=%d sum=%d parity=%d callbacks=[%s]\n", status, tc.set, plus1.Value(), times2.Value(), sum.Value(), parity.Value(), strings.TrimSpace(log.String()))
	}
}
