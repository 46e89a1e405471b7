package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MapPairs[K comparable, V, W any](ps []Pair[K, V], f func(V) W) []Pair[K, W] {
	out := make([]Pair[K, W], len(ps))
	for i, p := range ps {
		out[i] = Pair[K, W]{p.Key, f(p.Val)}
	}
	return out
}

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func main() {
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	qs := MapPairs(ps, func(v int) float64 { return float64(v) / 4 })
	fmt.Println(qs)
	fmt.Printf("%v\n", Apply(21, func(n int) string { return fmt.Sprint(n * 2) }))
	l := Apply("hello", func(s string) int { return len(s) })
	fmt.Println(l + 1)
}
