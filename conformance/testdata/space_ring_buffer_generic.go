package main

import (
	"fmt"
	"strings"
)

// Ring is a fixed-size buffer that keeps the most recent telemetry frames.
type Ring[T any] struct {
	data  []T
	start int
	size  int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{data: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	idx := (r.start + r.size) % len(r.data)
	if r.size == len(r.data) {
		evicted, didEvict = r.data[r.start], true
		r.data[r.start] = v
		r.start = (r.start + 1) % len(r.data)
		return evicted, didEvict
	}
	r.data[idx] = v
	r.size++
	return evicted, false
}

func (r *Ring[T]) Len() int { return r.size }

// Items returns the buffered values oldest first.
func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := range r.size {
		out = append(out, r.data[(r.start+i)%len(r.data)])
	}
	return out
}

// Map applies f to every element of a slice.
func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

type Frame struct {
	Seq  int
	Volt float64
}

func (f Frame) String() string { return fmt.Sprintf("#%d:%.2fV", f.Seq, f.Volt) }

func main() {
	frames := NewRing[Frame](4)
	for seq := 1; seq <= 7; seq++ {
		f := Frame{Seq: seq, Volt: 28.0 - float64(seq)*0.15}
		if old, ok := frames.Push(f); ok {
			fmt.Printf("push %v evicts %v\n", f, old)
		} else {
			fmt.Printf("push %v (len %d)\n", f, frames.Len())
		}
	}
	fmt.Println("buffer:", frames.Items())

	labels := Map(frames.Items(), func(f Frame) string { return fmt.Sprint(f.Seq) })
	fmt.Println("seqs:", strings.Join(labels, ","))

	// The same type works with plain strings: a log of ground-station events.
	events := NewRing[string](3)
	for _, e := range []string{"AOS Canberra", "uplink", "downlink", "LOS Canberra", "AOS Madrid"} {
		events.Push(e)
	}
	fmt.Printf("recent events: %q\n", events.Items())
	fmt.Printf("types: %T and %T\n", frames, events)
}
