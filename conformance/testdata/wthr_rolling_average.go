package main

import "fmt"

// Number is any numeric type we can average.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

// Window keeps the last N values and a running sum.
type Window[T Number] struct {
	buf   []T
	next  int
	count int
	sum   T
}

func NewWindow[T Number](size int) *Window[T] {
	return &Window[T]{buf: make([]T, size)}
}

// Push adds a value, evicting the oldest one when full.
func (w *Window[T]) Push(v T) {
	if w.count == len(w.buf) {
		w.sum -= w.buf[w.next]
	} else {
		w.count++
	}
	w.buf[w.next] = v
	w.sum += v
	w.next = (w.next + 1) % len(w.buf)
}

func (w *Window[T]) Mean() float64 {
	if w.count == 0 {
		return 0
	}
	return float64(w.sum) / float64(w.count)
}

func (w *Window[T]) Len() int { return w.count }

// Values returns the window contents oldest first.
func (w *Window[T]) Values() []T {
	out := make([]T, 0, w.count)
	start := (w.next - w.count + len(w.buf)) % len(w.buf)
	for i := range w.count {
		out = append(out, w.buf[(start+i)%len(w.buf)])
	}
	return out
}

type HumidityPct int

func main() {
	temps := []float64{12.1, 12.4, 13.0, 14.2, 15.8, 16.1, 15.5, 14.0, 12.9}
	w := NewWindow[float64](4)
	fmt.Println("hour  temp   avg4  window")
	for i, t := range temps {
		w.Push(t)
		fmt.Printf("%4d %6.1f %6.2f  %v\n", i, t, w.Mean(), w.Values())
	}

	hum := NewWindow[HumidityPct](3)
	for _, h := range []HumidityPct{80, 82, 85, 90, 71} {
		hum.Push(h)
	}
	fmt.Printf("humidity window %v len=%d mean=%.2f\n", hum.Values(), hum.Len(), hum.Mean())

	var empty Window[int32]
	fmt.Printf("empty window mean: %.1f\n", empty.Mean())
}
