package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type WordCount int

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

func Sum[N Number](xs []N) N {
	var total N
	for _, x := range xs {
		total += x
	}
	return total
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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("%v=%v", p.Key, p.Val)
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

type Story struct {
	Desk  string
	Title string
	Words WordCount
}

func main() {
	stories := []Story{
		{"metro", "Pothole map launched", 420},
		{"sport", "Rowing club centenary", 780},
		{"metro", "Night buses extended", 350},
		{"arts", "Opera season preview", 1200},
		{"sport", "Youth league results", 260},
	}

	titles := Map(stories, func(s Story) string { return strings.ToUpper(s.Title) })
	fmt.Println(titles)

	words := Map(stories, func(s Story) WordCount { return s.Words })
	fmt.Printf("total words: %d (%T)\n", Sum(words), Sum(words))
	fmt.Printf("average score: %.2f\n", Sum([]float64{4.5, 3.0, 4.25})/3)

	long := Filter(stories, func(s Story) bool { return s.Words >= 400 })
	fmt.Println("long stories:", len(long))

	chars := Reduce(stories, 0, func(acc int, s Story) int { return acc + len(s.Title) })
	fmt.Println("title characters:", chars)

	if best, ok := MaxBy(stories, func(s Story) WordCount { return s.Words }); ok {
		fmt.Printf("longest: %+v\n", best)
	}
	if _, ok := MaxBy([]Story{}, func(s Story) string { return s.Title }); !ok {
		fmt.Println("no stories, no maximum")
	}

	groups := GroupBy(stories, func(s Story) string { return s.Desk })
	for _, desk := range []string{"arts", "metro", "sport"} {
		p := Pair[string, int]{desk, len(groups[desk])}
		fmt.Println(p)
	}
	fmt.Println(Pair[int, []string]{1, []string{"a", "b"}})
}
