package main

import (
	"fmt"
	"slices"
	"strconv"
)

type Pair[K comparable, V comparable] struct {
	Key K
	Val V
}

func MakePair[K, V comparable](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func (p Pair[K, V]) String() string { return fmt.Sprintf("<%v: %v>", p.Key, p.Val) }

func (p Pair[K, V]) WithVal(v V) Pair[K, V] {
	p.Val = v
	return p
}

// Invert flips a map using Swap, reporting collisions.
func Invert[K, V comparable](m map[K]V, keys []K) (map[V]K, []Pair[V, K]) {
	out := make(map[V]K, len(m))
	var collisions []Pair[V, K]
	for _, k := range keys {
		sw := MakePair(k, m[k]).Swap()
		if _, dup := out[sw.Key]; dup {
			collisions = append(collisions, sw)
			continue
		}
		out[sw.Key] = sw.Val
	}
	return out, collisions
}

type Box[T any] struct{ v T }

func MapBox[T, U any](b Box[T], f func(T) U) Box[U] { return Box[U]{f(b.v)} }

func (b Box[T]) Pair(label string) Box[Pair[string, string]] {
	return Box[Pair[string, string]]{MakePair(label, fmt.Sprint(b.v))}
}

func main() {
	p := MakePair("answer", 42)
	s := p.Swap()
	fmt.Printf("%v %T\n", p, p)
	fmt.Printf("%v %T\n", s, s)
	fmt.Printf("%+v | %v\n", s.Swap(), s.Swap() == p)
	fmt.Println(p.WithVal(7), p)

	codes := map[string]int{"ok": 200, "created": 201, "success": 200, "missing": 404}
	keys := []string{"created", "missing", "ok", "success"}
	inv, coll := Invert(codes, keys)
	fmt.Println("inverted:", inv)
	fmt.Println("collisions:", coll)

	pairs := []Pair[int, string]{{3, "c"}, {1, "a"}, {2, "b"}}
	swapped := make([]Pair[string, int], len(pairs))
	for i, pr := range pairs {
		swapped[i] = pr.Swap()
	}
	slices.SortFunc(swapped, func(a, b Pair[string, int]) int { return b.Val - a.Val })
	fmt.Printf("%v\n", swapped)

	b := Box[int]{12}
	b2 := MapBox(b, strconv.Itoa)
	b3 := MapBox(b2, func(s string) []byte { return []byte(s + "!") })
	fmt.Printf("%v %T | %q %T | %v %T\n", b.v, b, b2.v, b2, b3.v, b3)
	bp := b.Pair("count")
	fmt.Printf("%v %T\n", bp.v.Swap(), bp)
	nested := MakePair(MakePair(1, true), MakePair('x', 2.5))
	fmt.Println(nested, nested.Swap())
}
