package main

import (
	"fmt"
	"iter"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

// Ring is a fixed-size buffer that overwrites the oldest value when full.
type Ring[T any] struct {
	buf   []T
	start int
	count int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Add(v T) (evicted T, didEvict bool) {
	end := (r.start + r.count) % len(r.buf)
	if r.count == len(r.buf) {
		evicted, didEvict = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[end] = v
	r.count++
	return
}

func (r *Ring[T]) Full() bool { return r.count == len(r.buf) }

func (r *Ring[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < r.count; i++ {
			if !yield(r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) String() string {
	return fmt.Sprintf("ring%v(full=%t)", slices.Collect(r.Values()), r.Full())
}

// MovingAverage embeds a Ring and tracks a running sum.
type MovingAverage[T Number] struct {
	*Ring[T]
	sum T
}

func NewMovingAverage[T Number](window int) *MovingAverage[T] {
	return &MovingAverage[T]{Ring: NewRing[T](window)}
}

func (m *MovingAverage[T]) Add(v T) float64 {
	if old, ok := m.Ring.Add(v); ok {
		m.sum -= old
	}
	m.sum += v
	return float64(m.sum) / float64(m.count)
}

type Celsius float32

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		if old, ok := r.Add(s); ok {
			fmt.Printf("add %s evicts %s -> %v\n", s, old, r)
		} else {
			fmt.Printf("add %s -> %v\n", s, r)
		}
	}

	ma := NewMovingAverage[int](4)
	for _, v := range []int{10, 20, 30, 40, 50, 60} {
		fmt.Printf("avg after %2d: %6.2f  window=%v\n", v, ma.Add(v), slices.Collect(ma.Values()))
	}

	temps := NewMovingAverage[Celsius](3)
	var last float64
	for _, t := range []Celsius{21.5, 22.0, 23.5, 19.0} {
		last = temps.Add(t)
	}
	fmt.Printf("temp avg %.3f over %v (%T)\n", last, temps.Ring, temps.sum)

	for v := range r.Values() {
		if v == "d" {
			fmt.Println("found d, stopping early")
			break
		}
		fmt.Println("saw", v)
	}
}
