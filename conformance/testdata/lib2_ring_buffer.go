package main

import (
	"fmt"
	"iter"
	"slices"
)

// Ring is a fixed-size circular buffer that overwrites the oldest element.
type Ring[T any] struct {
	buf   []T
	start int
	size  int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	end := (r.start + r.size) % len(r.buf)
	if r.size == len(r.buf) {
		evicted, didEvict = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[end] = v
	r.size++
	return
}

func (r *Ring[T]) At(i int) T { return r.buf[(r.start+i)%len(r.buf)] }

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.size {
			if !yield(i, r.At(i)) {
				return
			}
		}
	}
}

func (r *Ring[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range r.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func (r *Ring[T]) Len() int { return r.size }

type MovingAvg struct {
	win *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	old, ev := m.win.Push(x)
	m.sum += x
	if ev {
		m.sum -= old
	}
	return m.sum / float64(m.win.Len())
}

type LogLine struct {
	Seq int
	Msg string
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 6; i++ {
		ev, ok := r.Push(i * 10)
		fmt.Printf("push %d evicted=(%d,%v) contents=%v\n", i*10, ev, ok, slices.Collect(r.Values()))
	}
	for i, v := range r.All() {
		if v > 50 {
			break
		}
		fmt.Printf("  [%d]=%d\n", i, v)
	}

	ma := &MovingAvg{win: NewRing[float64](3)}
	for _, x := range []float64{2, 4, 6, 8, 100, 8, 6} {
		fmt.Printf("x=%-5g avg=%.3f\n", x, ma.Add(x))
	}

	logs := NewRing[LogLine](3)
	msgs := []string{"boot", "load config", "connect db", "serve", "request /", "request /api"}
	for i, m := range msgs {
		logs.Push(LogLine{i + 1, m})
	}
	fmt.Println("last", logs.Len(), "log lines:")
	for _, l := range logs.All() {
		fmt.Printf("  %+v\n", l)
	}

	empty := NewRing[string](2)
	fmt.Println("empty:", slices.Collect(empty.Values()) == nil, empty.Len())
	fmt.Printf("%T %T\n", empty, logs.Values())
}
