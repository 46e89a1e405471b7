package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Reading struct {
	Minute int
	Pulse  int
	SpO2   int
}

// Readings yields a deterministic synthetic stream of vital signs.
func Readings(n int) iter.Seq[Reading] {
	return func(yield func(Reading) bool) {
		pulse, spo2 := 72, 98
		for i := range n {
			pulse += (i*7)%5 - 2
			spo2 -= i % 3 / 2
			if !yield(Reading{Minute: i * 5, Pulse: pulse, SpO2: spo2}) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	fmt.Println("first 6 readings:")
	for i, r := range Enumerate(Readings(6)) {
		fmt.Printf("  %d: t+%02dmin pulse=%d spo2=%d%%\n", i, r.Minute, r.Pulse, r.SpO2)
	}

	low := Filter(Readings(20), func(r Reading) bool { return r.SpO2 < 95 })
	fmt.Println("first low-oxygen alarm:")
	for r := range low {
		fmt.Printf("  at t+%dmin spo2=%d%%\n", r.Minute, r.SpO2)
		break
	}

	pulses := slices.Collect(func(yield func(int) bool) {
		for r := range Readings(10) {
			if !yield(r.Pulse) {
				return
			}
		}
	})
	fmt.Println("pulses:", pulses)
	fmt.Println("max pulse:", slices.Max(pulses), "min pulse:", slices.Min(pulses))

	beds := map[string]int{"B12": 3, "A07": 1, "C03": 2}
	for _, k := range slices.Sorted(maps.Keys(beds)) {
		fmt.Printf("bed %s -> monitor %d\n", k, beds[k])
	}

	next, stop := iter.Pull(Readings(3))
	defer stop()
	for {
		r, ok := next()
		if !ok {
			break
		}
		fmt.Printf("pulled minute %d\n", r.Minute)
	}

	for i, name := range slices.Backward([]string{"admit", "triage", "treat"}) {
		fmt.Println("undo step", i, name)
	}
}
