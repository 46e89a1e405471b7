package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p *Pair[K, V]) Set(v V) { p.Val = v }

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func ToMap[K comparable, V any](ps []Pair[K, V]) map[K]V {
	m := make(map[K]V, len(ps))
	for _, p := range ps {
		m[p.Key] = p.Val
	}
	return m
}

func main() {
	ages := map[string]int{"bob": 31, "alice": 29, "carol": 40}
	es := Entries(ages)
	fmt.Println(es)
	es[0].Set(30)
	fmt.Println(es[0], es[0].Key)
	sw := Swap(es[1])
	fmt.Printf("%v %T\n", sw, sw)
	back := ToMap(es)
	fmt.Println(back["alice"], len(back))
	p := Pair[int, []string]{1, []string{"a", "b"}}
	fmt.Println(p)
	fmt.Printf("%+v\n", Pair[string, bool]{"ok", true})
	ps := []Pair[string, float64]{{"pi", 3.14}, {"e", 2.72}}
	slices.SortFunc(ps, func(a, b Pair[string, float64]) int { return cmp.Compare(a.Val, b.Val) })
	fmt.Println(ps)
}
