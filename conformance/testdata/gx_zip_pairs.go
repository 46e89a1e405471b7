package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Pair holds two values of possibly different types.
type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v, %v)", p.Key, p.Val) }

func MakePair[K, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

// Swap returns a pair with the components exchanged.
func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func Zip[K, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = MakePair(ks[i], vs[i])
	}
	return out
}

func Unzip[K, V any](ps []Pair[K, V]) ([]K, []V) {
	ks := make([]K, len(ps))
	vs := make([]V, len(ps))
	for i, p := range ps {
		ks[i], vs[i] = p.Key, p.Val
	}
	return ks, vs
}

// Entries yields a map's entries as pairs, sorted by key.
func Entries[K cmp.Ordered, V any](m map[K]V) iter.Seq[Pair[K, V]] {
	return func(yield func(Pair[K, V]) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(MakePair(k, m[k])) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, Pair[int, T]] {
	return func(yield func(int, Pair[int, T]) bool) {
		for i, v := range s {
			if !yield(i, MakePair(i*i, v)) {
				return
			}
		}
	}
}

func main() {
	names := []string{"alice", "bob", "carol", "dave"}
	ages := []int{31, 27, 45}
	zipped := Zip(names, ages)
	fmt.Println(zipped)
	fmt.Printf("%v | %+v | %T\n", zipped[0], zipped[1], zipped[2])

	ks, vs := Unzip(zipped)
	fmt.Printf("keys=%q vals=%v\n", ks, vs)

	swapped := make([]Pair[int, string], 0, len(zipped))
	for _, p := range zipped {
		swapped = append(swapped, p.Swap())
	}
	slices.SortFunc(swapped, func(a, b Pair[int, string]) int { return cmp.Compare(a.Key, b.Key) })
	fmt.Println("by age:", swapped)
	fmt.Printf("%T\n", swapped)

	nested := MakePair(MakePair("x", 1), []Pair[string, bool]{{"ok", true}, {"err", false}})
	fmt.Println("nested:", nested)
	fmt.Printf("nested type: %T\n", nested)

	scores := map[string]float64{"math": 91.5, "art": 78, "go": 100}
	for p := range Entries(scores) {
		fmt.Println(" ", p)
	}
	asMap := map[string]Pair[int, int]{"a": {1, 2}, "b": {3, 4}}
	fmt.Println(asMap)

	for i, p := range Enumerate([]rune("gopher")) {
		if i == 4 {
			break
		}
		fmt.Printf("%d:%v:%c ", i, p.Key, p.Val)
	}
	fmt.Println()

	var raw struct {
		Pair[string, int]
		Tag string
	}
	raw.Key, raw.Val, raw.Tag = "embedded", 7, "t1"
	fmt.Println(raw.String(), raw.Tag)
	fmt.Printf("%+v\n", raw)
}
