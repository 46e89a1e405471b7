package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Pair[K, V any] struct {
	First  K
	Second V
}

func (p Pair[K, V]) Swap() Pair[V, K]        { return Pair[V, K]{p.Second, p.First} }
func (p Pair[K, V]) String() string          { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }
func MakePair[K, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func (l List[T]) Partition(pred func(T) bool) Pair[List[T], List[T]] {
	var yes, no List[T]
	for _, v := range l {
		if pred(v) {
			yes = append(yes, v)
		} else {
			no = append(no, v)
		}
	}
	return Pair[List[T], List[T]]{yes, no}
}

func (l List[T]) SplitAt(i int) Pair[List[T], List[T]] {
	i = min(max(i, 0), len(l))
	return MakePair(l[:i], l[i:])
}

type Dict[K cmp.Ordered, V any] map[K]V

func (d Dict[K, V]) Keys() List[K] { return List[K](slices.Sorted(maps.Keys(d))) }

func (d Dict[K, V]) Entries() List[Pair[K, V]] {
	out := make(List[Pair[K, V]], 0, len(d))
	for _, k := range d.Keys() {
		out = append(out, MakePair(k, d[k]))
	}
	return out
}

func (d Dict[K, V]) Lookup(k K) Pair[V, bool] {
	v, ok := d[k]
	return Pair[V, bool]{v, ok}
}

func Invert[K, V cmp.Ordered](d Dict[K, V]) Dict[V, List[K]] {
	out := Dict[V, List[K]]{}
	for _, e := range d.Entries() {
		out[e.Second] = append(out[e.Second], e.First)
	}
	return out
}

func main() {
	p := MakePair("answer", 42)
	s := p.Swap()
	fmt.Printf("%T %v -> %T %v\n", p, p, s, s)
	fmt.Printf("%+v\n", s.Swap())

	nums := List[int]{5, 12, 7, 20, 3, 18}
	parts := nums.Partition(func(n int) bool { return n >= 10 })
	fmt.Printf("%T\n", parts)
	fmt.Printf("big=%v small=%v\n", parts.First, parts.Second)
	halves := nums.SplitAt(2)
	fmt.Println("split at 2:", halves, "lens:", halves.First.Len(), halves.Second.Len())
	fmt.Println("split at 99:", nums.SplitAt(99))

	grades := Dict[string, string]{"ann": "A", "bob": "B", "cat": "A", "dan": "C", "eve": "B"}
	fmt.Printf("%T keys=%v\n", grades.Keys(), grades.Keys())
	entries := grades.Entries()
	fmt.Printf("%T len=%d\n", entries, entries.Len())
	for _, e := range entries.SplitAt(3).First {
		fmt.Println(" ", e, "->", e.Swap())
	}
	inv := Invert(grades)
	for _, e := range inv.Entries() {
		fmt.Printf("grade %s: %v\n", e.First, e.Second)
	}
	fmt.Printf("%T\n", inv)
	fmt.Println("lookup bob:", grades.Lookup("bob"), "lookup zed:", grades.Lookup("zed"))
	top := inv.Lookup("A")
	fmt.Printf("%T %v\n", top, top)
}
