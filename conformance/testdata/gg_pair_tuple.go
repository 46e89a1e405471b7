package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

func MakePair[K, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Triple[A, B, C any] struct {
	First  A
	Second B
	Third  C
}

func (t Triple[A, B, C]) Unpack() (A, B, C) { return t.First, t.Second, t.Third }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = MakePair(as[i], bs[i])
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as := make([]A, len(ps))
	bs := make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.Key, p.Val
	}
	return as, bs
}

func Enumerate[T any](xs []T) []Pair[int, T] {
	out := make([]Pair[int, T], len(xs))
	for i, x := range xs {
		out[i] = Pair[int, T]{i, x}
	}
	return out
}

func Swap[K, V any](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

// MinMaxBy returns the smallest and largest element by key.
func MinMaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (lo, hi T) {
	lo = slices.MinFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	hi = slices.MaxFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return
}

func stats(xs []float64) Triple[float64, float64, int] {
	lo, hi := MinMaxBy(xs, func(f float64) float64 { return f })
	return Triple[float64, float64, int]{lo, hi, len(xs)}
}

func main() {
	names := []string{"ada", "linus", "grace", "ken"}
	years := []int{1815, 1969, 1906, 1943, 2000}
	zipped := Zip(names, years)
	fmt.Println("zipped:", zipped)
	fmt.Printf("%T\n", zipped)
	fmt.Printf("%+v\n", zipped[0])

	slices.SortFunc(zipped, func(a, b Pair[string, int]) int { return cmp.Compare(a.Val, b.Val) })
	ns, ys := Unzip(zipped)
	fmt.Println("by year:", ns, ys)

	for _, p := range Enumerate(strings.Fields("alpha beta gamma")) {
		fmt.Println(" ", p.Key, p.Val, Swap(p))
	}

	oldest, youngest := MinMaxBy(zipped, func(p Pair[string, int]) int { return p.Val })
	fmt.Println("oldest:", oldest.Key, "youngest:", youngest.Key)
	shortest, longest := MinMaxBy(names, func(s string) int { return len(s) })
	fmt.Printf("shortest=%q longest=%q\n", shortest, longest)

	lo, hi, n := stats([]float64{3.5, -2.25, 10, 0.5}).Unpack()
	fmt.Printf("lo=%5.2f hi=%5.2f n=%d\n", lo, hi, n)

	t := Triple[string, []int, map[string]bool]{"cfg", []int{1, 2}, map[string]bool{"z": true, "a": false}}
	fmt.Printf("%v\n%+v\n%T\n", t, t, t)

	nested := MakePair(MakePair("x", 1), MakePair(2.5, true))
	fmt.Println(nested)
	fmt.Printf("%T\n", nested)
}
