package main

import (
	"fmt"
	"iter"
)

type Ring[T any] struct {
	buf   []T
	start int
	count int
}

func NewRing[T any](capacity int) *Ring[T] { return &Ring[T]{buf: make([]T, capacity)} }

func (r *Ring[T]) Len() int   { return r.count }
func (r *Ring[T]) Cap() int   { return len(r.buf) }
func (r *Ring[T]) Full() bool { return r.count == len(r.buf) }

// Push adds v and returns the overwritten element, if any.
func (r *Ring[T]) Push(v T) (old T, overwritten bool) {
	if r.Full() {
		old = r.buf[r.start]
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return old, true
	}
	r.buf[(r.start+r.count)%len(r.buf)] = v
	r.count++
	return old, false
}

func (r *Ring[T]) Get(i int) (T, error) {
	if i < 0 || i >= r.count {
		var zero T
		return zero, fmt.Errorf("index %d out of range [0,%d)", i, r.count)
	}
	return r.buf[(r.start+i)%len(r.buf)], nil
}

func (r *Ring[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := range r.count {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type MovingAverage struct {
	window *Ring[float64]
	sum    float64
}

func NewMovingAverage(n int) *MovingAverage { return &MovingAverage{window: NewRing[float64](n)} }

func (m *MovingAverage) Add(v float64) float64 {
	if old, ok := m.window.Push(v); ok {
		m.sum -= old
	}
	m.sum += v
	return m.Value()
}

func (m *MovingAverage) Value() float64 {
	if m.window.Len() == 0 {
		return 0
	}
	return m.sum / float64(m.window.Len())
}

func (m *MovingAverage) Len() int { return m.window.Len() }

func (m *MovingAverage) String() string {
	vals := []float64{}
	for v := range m.window.All() {
		vals = append(vals, v)
	}
	return fmt.Sprintf("avg=%.3f over %v", m.Value(), vals)
}

func main() {
	temps := []float64{20.5, 21.0, 22.5, 19.0, 18.5, 23.0, 25.5, 24.0}
	ma := NewMovingAverage(3)
	for i, t := range temps {
		ma.Add(t)
		fmt.Printf("t%d=%.1f %v\n", i, t, ma)
	}
	fmt.Println("window len:", ma.Len())

	log := NewRing[string](4)
	for _, ev := range []string{"boot", "login", "open", "edit", "save", "logout"} {
		if old, ok := log.Push(ev); ok {
			fmt.Println("dropped", old)
		}
	}
	for i := range log.Len() + 1 {
		if v, err := log.Get(i); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("log[%d]=%s\n", i, v)
		}
	}
	fmt.Println("full:", log.Full(), "cap:", log.Cap())
}
