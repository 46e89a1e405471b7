package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Add(v T) (evicted T, full bool) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return evicted, false
	}
	evicted = r.buf[r.start]
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	return evicted, true
}

func (r *Ring[T]) Len() int { return r.n }

func (r *Ring[T]) Get(i int) T { return r.buf[(r.start+i)%len(r.buf)] }

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.n)
	for i := range out {
		out[i] = r.Get(i)
	}
	return out
}

func (r *Ring[T]) String() string {
	return fmt.Sprintf("Ring(%d/%d)%v", r.n, len(r.buf), r.Slice())
}

type Window[T Number] struct {
	*Ring[T]
	sum T
}

func NewWindow[T Number](size int) *Window[T] {
	return &Window[T]{Ring: NewRing[T](size)}
}

func (w *Window[T]) Add(v T) {
	old, full := w.Ring.Add(v)
	if full {
		w.sum -= old
	}
	w.sum += v
}

func (w *Window[T]) Mean() float64 {
	if w.Len() == 0 {
		return 0
	}
	return float64(w.sum) / float64(w.Len())
}

func (w *Window[T]) Max() T {
	m := w.Get(0)
	for i := 1; i < w.Len(); i++ {
		m = max(m, w.Get(i))
	}
	return m
}

type Millis int64

func main() {
	r := NewRing[string](3)
	for _, s := range strings.Fields("alpha beta gamma delta epsilon") {
		old, full := r.Add(s)
		fmt.Printf("add %-7s evicted=%q full=%t -> %v\n", s, old, full, r)
	}

	latency := NewWindow[Millis](4)
	for i, v := range []Millis{120, 80, 95, 300, 60, 70, 65} {
		latency.Add(v)
		fmt.Printf("t=%d sample=%d mean=%.2f max=%d sum=%d\n", i, v, latency.Mean(), latency.Max(), latency.sum)
	}
	fmt.Printf("%T %v\n", latency, latency.Ring)

	temps := NewWindow[float64](3)
	for _, v := range []float64{20.5, 21, 19.75, 22.25} {
		temps.Add(v)
	}
	fmt.Printf("%T mean=%.3f max=%v items=%v\n", temps, temps.Mean(), temps.Max(), temps.Slice())
	empty := NewWindow[int](2)
	fmt.Println("empty mean:", empty.Mean(), empty)
}
