package main

import (
	"fmt"
	"iter"
	"slices"
)

type Reading struct {
	Hour  int
	TempC float64
	RainM float64
}

// Log is an hourly log for one station.
type Log struct {
	Station  string
	readings []Reading
}

// All yields every reading in order.
func (l *Log) All() iter.Seq[Reading] {
	return func(yield func(Reading) bool) {
		for _, r := range l.readings {
			if !yield(r) {
				return
			}
		}
	}
}

// Indexed yields position and reading pairs.
func (l *Log) Indexed() iter.Seq2[int, Reading] {
	return func(yield func(int, Reading) bool) {
		for i, r := range l.readings {
			if !yield(i, r) {
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

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
				return
			}
		}
	}
}

func main() {
	log := &Log{Station: "REK"}
	temps := []float64{2.1, 1.8, 1.5, 1.9, 3.4, 5.0, 6.2, 7.7, 6.9, 4.4}
	for h, t := range temps {
		log.readings = append(log.readings, Reading{Hour: h, TempC: t, RainM: float64(h%3) * 0.4})
	}

	fmt.Println("first three readings:")
	for r := range Take(log.All(), 3) {
		fmt.Printf("  %+v\n", r)
	}

	warm := Filter(log.All(), func(r Reading) bool { return r.TempC > 5 })
	labels := Map(warm, func(r Reading) string { return fmt.Sprintf("%02d:00=%.1f", r.Hour, r.TempC) })
	fmt.Println("warm hours:", slices.Collect(labels))

	wet := slices.Collect(Map(Filter(log.All(), func(r Reading) bool { return r.RainM > 0.5 }),
		func(r Reading) int { return r.Hour }))
	fmt.Println("wet hours:", wet)

	for i, r := range log.Indexed() {
		if i > 0 && r.TempC < log.readings[i-1].TempC {
			fmt.Printf("cooling at index %d: %.1f -> %.1f\n", i, log.readings[i-1].TempC, r.TempC)
		}
	}

	sorted := slices.Sorted(Map(log.All(), func(r Reading) float64 { return r.TempC }))
	fmt.Println("sorted temps:", sorted)
	fmt.Printf("median: %.2f\n", (sorted[4]+sorted[5])/2)
}
