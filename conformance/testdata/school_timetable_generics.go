package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Minutes int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

type Lesson struct {
	Day     string
	Subject string
	Length  Minutes
	Room    int
}

func main() {
	timetable := []Lesson{
		{"Mon", "Maths", 50, 101},
		{"Mon", "English", 45, 204},
		{"Tue", "Physics", 90, 310},
		{"Tue", "Maths", 50, 101},
		{"Wed", "PE", 60, 0},
		{"Wed", "History", 45, 205},
		{"Thu", "Chemistry", 90, 312},
		{"Fri", "Maths", 50, 101},
	}

	lengths := Map(timetable, func(l Lesson) Minutes { return l.Length })
	fmt.Println("Total minutes:", Sum(lengths))
	fmt.Printf("Lengths type: %T\n", lengths)

	maths := Filter(timetable, func(l Lesson) bool { return l.Subject == "Maths" })
	fmt.Println("Maths lessons:", len(maths), "on", Map(maths, func(l Lesson) string { return l.Day }))

	longest, ok := MaxBy(timetable, func(l Lesson) Minutes { return l.Length })
	fmt.Printf("Longest: %+v (found=%t)\n", longest, ok)
	_, ok = MaxBy([]Lesson{}, func(l Lesson) int { return l.Room })
	fmt.Println("Empty max found:", ok)

	rooms := Map(timetable, func(l Lesson) int { return l.Room })
	slices.Sort(rooms)
	rooms = slices.Compact(rooms)
	fmt.Println("Rooms used:", rooms)

	weights := []float64{0.25, 0.25, 0.5}
	fmt.Printf("Weights sum: %.2f\n", Sum(weights))

	subjects := Map(timetable, func(l Lesson) string { return l.Subject })
	slices.SortFunc(subjects, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	})
	fmt.Println("Subjects by name length:", slices.Compact(subjects))
}
