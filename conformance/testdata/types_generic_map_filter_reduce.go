package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

type Student struct {
	Name  string
	Grade int
	Score float64
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, sum)

	csv := Reduce(nums[:4], "", func(acc string, n int) string {
		if acc == "" {
			return fmt.Sprint(n)
		}
		return acc + "," + fmt.Sprint(n)
	})
	fmt.Printf("%q\n", csv)

	students := []Student{
		{"Ana", 10, 91.5}, {"Ben", 11, 78}, {"Cai", 10, 85},
		{"Dee", 12, 99}, {"Eli", 11, 64.5}, {"Fay", 12, 88},
	}
	passing := Filter(students, func(s Student) bool { return s.Score >= 80 })
	names := Map(passing, func(s Student) string { return s.Name })
	fmt.Println("passing:", strings.Join(names, ", "))

	best := Reduce(students, students[0], func(b, s Student) Student {
		if s.Score > b.Score {
			return s
		}
		return b
	})
	fmt.Printf("best: %+v\n", best)

	byGrade := GroupBy(students, func(s Student) int { return s.Grade })
	fmt.Println(byGrade) // fmt sorts map keys
	for _, g := range slices.Sorted(maps.Keys(byGrade)) {
		avg := Reduce(byGrade[g], 0.0, func(a float64, s Student) float64 { return a + s.Score }) / float64(len(byGrade[g]))
		fmt.Printf("grade %d avg %.2f\n", g, avg)
	}
}
