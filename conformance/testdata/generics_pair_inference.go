package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func Swap[A, B comparable](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Val, p.Key} }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	p := MakePair("pi", 3.14)
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	q := Swap(MakePair(1, "one"))
	fmt.Println(q, q.Key)
	ps := Map([]string{"a", "bb", "ccc"}, func(s string) Pair[string, int] { return MakePair(s, len(s)) })
	fmt.Println(ps)
}
