package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Kilograms float64
type Reps int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MaxOf[T cmp.Ordered](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	best := xs[0]
	for _, x := range xs[1:] {
		best = max(best, x)
	}
	return best, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	weights := []Kilograms{80, 82.5, 85, 85, 87.5}
	reps := []Reps{5, 5, 4, 3, 2}

	fmt.Printf("total weight lifted across top sets: %.1f (%T)\n", float64(Sum(weights)), Sum(weights))
	fmt.Printf("total reps: %d (%T)\n", Sum(reps), Sum(reps))
	fmt.Printf("mean weight: %.2f\n", Mean(weights))
	fmt.Printf("mean reps: %.2f\n", Mean(reps))

	if m, ok := MaxOf(weights); ok {
		fmt.Println("heaviest set:", m)
	}
	if _, ok := MaxOf([]int{}); !ok {
		fmt.Println("no sets logged")
	}
	name, _ := MaxOf([]string{"lunge", "squat", "deadlift"})
	fmt.Println("alphabetically last lift:", name)

	volumes := make([]float64, len(weights))
	for i := range weights {
		volumes[i] = float64(weights[i]) * float64(reps[i])
	}
	fmt.Println("per-set volume:", volumes)
	fmt.Printf("session volume: %.1f\n", Sum(volumes))

	labels := Map(reps, func(r Reps) string { return fmt.Sprintf("%dr", r) })
	fmt.Println("rep labels:", labels)

	pairs := []Pair[string, int]{{"Mon", 3}, {"Wed", 4}, {"Fri", 2}}
	for _, p := range pairs {
		fmt.Println(p)
	}
	counts := Map(pairs, func(p Pair[string, int]) int { return p.Val })
	fmt.Println("weekly sessions:", Sum(counts))
}
