package main

import (
	"fmt"
	"slices"
	"strings"
)

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
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	words := strings.Fields("go is fun and go is fast but rust is also fast")
	long := Filter(words, func(w string) bool { return len(w) > 2 })
	fmt.Println(long)
	totalLen := Reduce(words, 0, func(a int, w string) int { return a + len(w) })
	fmt.Println(totalLen)
	joined := Reduce(long, "", func(a string, w string) string { return a + w[:1] })
	fmt.Println(joined)
	byLen := GroupBy(words, func(w string) int { return len(w) })
	ks := Keys(byLen)
	slices.Sort(ks)
	for _, k := range ks {
		fmt.Println(k, byLen[k])
	}
	freq := Reduce(words, map[string]int{}, func(m map[string]int, w string) map[string]int {
		m[w]++
		return m
	})
	fmt.Println(freq["go"], freq["is"], freq["rust"])
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, Reduce(evens, 1, func(a, n int) int { return a * n }))
}
