package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](vs ...T) Set[T] {
	s := make(Set[T], len(vs))
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

func (s Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s))) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.Copy(out, o)
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out[v] = struct{}{}
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.DeleteFunc(out, func(v T, _ struct{}) bool { return o.Has(v) })
	return out
}

func (s Set[T]) SubsetOf(o Set[T]) bool { return s.Difference(o).Len() == 0 }

func (s Set[T]) String() string { return fmt.Sprintf("%v", slices.Collect(s.All())) }

func Jaccard[T cmp.Ordered](a, b Set[T]) float64 {
	u := a.Union(b).Len()
	if u == 0 {
		return 1
	}
	return float64(a.Intersect(b).Len()) / float64(u)
}

type Perm string

func main() {
	admin := SetOf[Perm]("read", "write", "delete", "grant")
	editor := SetOf[Perm]("read", "write", "comment")
	viewer := SetOf[Perm]("read", "comment")

	fmt.Printf("%T admin=%v\n", admin, admin)
	fmt.Println("editor ∪ viewer:", editor.Union(viewer))
	fmt.Println("admin ∩ editor:", admin.Intersect(editor))
	fmt.Println("admin \\ editor:", admin.Difference(editor))
	fmt.Println("editor \\ admin:", editor.Difference(admin))
	fmt.Println("viewer ⊆ editor:", viewer.SubsetOf(editor), "editor ⊆ admin:", editor.SubsetOf(admin))

	roles := map[string]Set[Perm]{"admin": admin, "editor": editor, "viewer": viewer}
	names := slices.Sorted(maps.Keys(roles))
	for i, a := range names {
		for _, b := range names[i+1:] {
			fmt.Printf("jaccard(%s,%s)=%.3f\n", a, b, Jaccard(roles[a], roles[b]))
		}
	}

	primes := SetOf(2, 3, 5, 7, 11, 13)
	odds := Set[int]{}
	for i := 1; i < 15; i += 2 {
		odds[i] = struct{}{}
	}
	fmt.Println("odd primes:", primes.Intersect(odds), "even primes:", primes.Difference(odds))
	sum := 0
	for v := range primes.Union(odds).All() {
		sum += v
	}
	fmt.Printf("sum of union=%d, %v empty jaccard=%.1f\n", sum, Set[float64]{}, Jaccard(Set[string]{}, Set[string]{}))
}
