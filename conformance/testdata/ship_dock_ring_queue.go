package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("queue full")

// Ring is a fixed-capacity FIFO queue.
type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Len() int { return r.size }

func (r *Ring[T]) Push(v T) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Pop() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) Each(fn func(int, T)) {
	for i := range r.size {
		fn(i, r.buf[(r.head+i)%len(r.buf)])
	}
}

type Trailer struct {
	Plate string
	Bays  int
}

func main() {
	yard := NewRing[Trailer](4)
	arrivals := []Trailer{
		{"KX-11", 2}, {"LM-40", 1}, {"QR-07", 3}, {"ZZ-90", 1}, {"AB-12", 2}, {"CD-34", 1},
	}
	turnedAway := 0
	for i, t := range arrivals {
		if err := yard.Push(t); err != nil {
			fmt.Printf("arrival %d %s: %v\n", i, t.Plate, err)
			turnedAway++
		}
		if i == 3 {
			if t, ok := yard.Pop(); ok {
				fmt.Printf("to dock: %+v\n", t)
			}
		}
	}
	fmt.Println("waiting:", yard.Len(), "turned away:", turnedAway)
	yard.Each(func(i int, t Trailer) {
		fmt.Printf("  #%d %-6s bays=%d\n", i+1, t.Plate, t.Bays)
	})
	bays := 0
	for {
		t, ok := yard.Pop()
		if !ok {
			break
		}
		bays += t.Bays
		fmt.Printf("unload %s (total bays %d)\n", t.Plate, bays)
	}
	_, ok := yard.Pop()
	fmt.Printf("empty pop ok=%t len=%d\n", ok, yard.Len())

	ids := NewRing[int](2)
	fmt.Println(ids.Push(1), ids.Push(2), ids.Push(3))
	fmt.Printf("%T %v\n", ids, errors.Is(ids.Push(4), ErrFull))
}
