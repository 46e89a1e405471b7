package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

var (
	ErrFull  = errors.New("ring buffer full")
	ErrEmpty = errors.New("ring buffer empty")
)

// Ring is a fixed-capacity FIFO queue. When Overwrite is set, pushing into
// a full buffer discards the oldest element instead of failing.
type Ring[T any] struct {
	buf       []T
	head      int // index of the oldest element
	count     int
	Overwrite bool
	dropped   int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Len() int { return r.count }

func (r *Ring[T]) Push(v T) error {
	if r.count == len(r.buf) {
		if !r.Overwrite {
			return fmt.Errorf("push %v: %w", v, ErrFull)
		}
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		r.dropped++
		return nil
	}
	r.buf[(r.head+r.count)%len(r.buf)] = v
	r.count++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.count == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.count--
	return v, nil
}

// At returns the i-th oldest element.
func (r *Ring[T]) At(i int) (T, error) {
	if i < 0 || i >= r.count {
		var zero T
		return zero, fmt.Errorf("index %d out of range [0,%d)", i, r.count)
	}
	return r.buf[(r.head+i)%len(r.buf)], nil
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.count {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
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

func (r *Ring[T]) String() string {
	items := slices.Collect(r.Values())
	return fmt.Sprintf("ring%v head=%d len=%d/%d raw=%v", items, r.head, r.count, len(r.buf), r.buf)
}

func movingAverage(samples []float64, window int) []float64 {
	r := NewRing[float64](window)
	r.Overwrite = true
	var out []float64
	for _, s := range samples {
		r.Push(s)
		sum := 0.0
		for _, v := range r.All() {
			sum += v
		}
		out = append(out, sum/float64(r.Len()))
	}
	return out
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 5; i++ {
		if err := r.Push(i * 10); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
		}
	}
	fmt.Println(r)
	for range 2 {
		v, _ := r.Pop()
		fmt.Println("pop", v, "->", r)
	}
	r.Push(60)
	r.Push(70)
	fmt.Println("wrapped:", r)
	if v, err := r.At(3); err == nil {
		fmt.Println("At(3) =", v)
	}
	_, err := r.At(4)
	fmt.Println("At(4) error:", err)
	for r.Len() > 0 {
		r.Pop()
	}
	_, err = r.Pop()
	fmt.Println("drained:", r, "pop error:", err)

	log := NewRing[string](3)
	log.Overwrite = true
	for _, m := range []string{"boot", "mount", "net up", "login", "logout"} {
		log.Push(m)
	}
	fmt.Printf("last messages: %q dropped=%d\n", slices.Collect(log.Values()), log.dropped)
	fmt.Printf("moving avg: %.2f\n", movingAverage([]float64{2, 4, 6, 8, 10, 3}, 3))
}
