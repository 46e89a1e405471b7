package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set struct {
	Exercise string
	Reps     int
	Kg       float64
}

type Workout struct {
	Member string
	Sets   []Set
}

// All yields every set with its index.
func (w *Workout) All() iter.Seq2[int, Set] {
	return func(yield func(int, Set) bool) {
		for i, s := range w.Sets {
			if !yield(i, s) {
				return
			}
		}
	}
}

// Of yields only sets of one exercise.
func (w *Workout) Of(exercise string) iter.Seq[Set] {
	return func(yield func(Set) bool) {
		for _, s := range w.Sets {
			if s.Exercise == exercise && !yield(s) {
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

// Countdown yields rest-timer ticks in seconds.
func Countdown(from, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for t := from; t > 0; t -= step {
			if !yield(t) {
				return
			}
		}
	}
}

func main() {
	w := &Workout{Member: "Sam", Sets: []Set{
		{"squat", 5, 100}, {"squat", 5, 105}, {"squat", 3, 110},
		{"row", 10, 60}, {"row", 8, 65}, {"curl", 12, 14},
	}}

	for i, s := range w.All() {
		fmt.Printf("set %d: %-5s %2d x %5.1f\n", i+1, s.Exercise, s.Reps, s.Kg)
	}

	total := 0.0
	for s := range w.Of("squat") {
		total += s.Kg * float64(s.Reps)
	}
	fmt.Printf("squat volume: %.0f\n", total)

	heavy := Filter(w.Of("row"), func(s Set) bool { return s.Kg > 62 })
	for s := range heavy {
		fmt.Println("heavy row:", s)
	}

	for i, s := range w.All() {
		if s.Exercise == "row" {
			fmt.Println("first row set is index", i)
			break
		}
	}

	for t := range Countdown(90, 30) {
		fmt.Printf("rest %ds...\n", t)
	}

	perExercise := map[string]int{}
	for _, s := range w.All() {
		perExercise[s.Exercise] += s.Reps
	}
	for _, name := range slices.Sorted(maps.Keys(perExercise)) {
		fmt.Printf("%s: %d reps\n", name, perExercise[name])
	}

	reps := slices.Collect(func(yield func(int) bool) {
		for s := range w.Of("squat") {
			if !yield(s.Reps) {
				return
			}
		}
	})
	fmt.Println("squat reps:", reps)
	for i, v := range slices.Backward(reps) {
		fmt.Printf("backward[%d]=%d\n", i, v)
	}
}
