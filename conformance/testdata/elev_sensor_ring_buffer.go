package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Ring keeps the last N values written to it.
type Ring[T any] struct {
	buf   []T
	start int
	size  int
}

func NewRing[T any](n int) *Ring[T] {
	return &Ring[T]{buf: make([]T, n)}
}

func (r *Ring[T]) Put(v T) {
	end := (r.start + r.size) % len(r.buf)
	r.buf[end] = v
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

// Values returns the stored values from oldest to newest.
func (r *Ring[T]) Values() []T {
	out := make([]T, 0, r.size)
	for i := range r.size {
		out = append(out, r.buf[(r.start+i)%len(r.buf)])
	}
	return out
}

func (r *Ring[T]) Reset() {
	clear(r.buf)
	r.start, r.size = 0, 0
}

type Sample struct {
	Sensor string
	Value  int
}

func main() {
	history := map[string]*Ring[int]{}
	samples := []Sample{
		{"vibration", 12}, {"door-gap", 4}, {"vibration", 15}, {"vibration", 11},
		{"temp", 24}, {"vibration", 19}, {"door-gap", 5}, {"vibration", 22},
		{"temp", 25}, {"door-gap", 4}, {"vibration", 30}, {"temp", 27},
	}
	for _, s := range samples {
		r, ok := history[s.Sensor]
		if !ok {
			r = NewRing[int](3)
			history[s.Sensor] = r
		}
		r.Put(s.Value)
	}

	names := slices.Sorted(maps.Keys(history))
	for _, name := range names {
		vals := history[name].Values()
		trend := "steady"
		if len(vals) > 1 && vals[len(vals)-1] > vals[0] {
			trend = "rising"
		}
		fmt.Printf("%-10s last=%v trend=%s\n", name, vals, trend)
	}

	// Copy the map, then clear the original; the copy is unaffected.
	snapshot := maps.Clone(history)
	clear(history)
	fmt.Println("after clear: live sensors =", len(history), "snapshot =", len(snapshot))

	// Clearing a slice zeroes its elements but keeps its length.
	vib := snapshot["vibration"]
	fmt.Println("vibration before reset:", vib.Values(), "raw:", vib.buf)
	vib.Reset()
	fmt.Println("vibration after reset:", vib.Values(), "raw:", vib.buf)

	words := NewRing[string](2)
	for _, w := range strings.Fields("idle moving stopping idle") {
		words.Put(w)
	}
	fmt.Printf("last two states: %q\n", words.Values())

	counts := map[int]int{}
	for _, s := range samples {
		counts[s.Value/10*10]++
	}
	for _, bucket := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%2d-%2d: %s\n", bucket, bucket+9, strings.Repeat("*", counts[bucket]))
	}
	fmt.Println("min/max sample:", min(samples[0].Value, samples[1].Value, samples[4].Value),
		max(samples[0].Value, samples[1].Value, samples[4].Value))
}
