package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int         { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s *Set[T]) Sorted() []T      { return slices.Sorted(s.All()) }
func (s *Set[T]) String() string   { return fmt.Sprint(s.Sorted()) }
func (s *Set[T]) Clone() *Set[T]   { return &Set[T]{m: maps.Clone(s.m)} }
func (s *Set[T]) Remove(v T)       { delete(s.m, v) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := s.Clone()
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s *Set[T]) Diff(o *Set[T]) *Set[T] {
	r := s.Clone()
	maps.DeleteFunc(r.m, func(v T, _ struct{}) bool { return o.Has(v) })
	return r
}

func (s *Set[T]) SubsetOf(o *Set[T]) bool {
	for v := range s.All() {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func Jaccard[T cmp.Ordered](a, b *Set[T]) float64 {
	u := a.Union(b).Len()
	if u == 0 {
		return 1
	}
	return float64(a.Intersect(b).Len()) / float64(u)
}

func main() {
	backend := NewSet("go", "sql", "docker", "grpc", "linux")
	frontend := NewSet("typescript", "css", "docker", "html")
	devops := NewSet("docker", "linux", "terraform", "go")

	fmt.Println("backend:  ", backend)
	fmt.Println("union:    ", backend.Union(frontend))
	fmt.Println("intersect:", backend.Intersect(devops))
	fmt.Println("diff:     ", backend.Diff(devops))
	fmt.Println("subset:   ", NewSet("go", "linux").SubsetOf(devops), frontend.SubsetOf(devops))

	teams := map[string]*Set[string]{"backend": backend, "frontend": frontend, "devops": devops}
	names := slices.Sorted(maps.Keys(teams))
	for i, a := range names {
		for _, b := range names[i+1:] {
			fmt.Printf("jaccard(%s, %s) = %.3f\n", a, b, Jaccard(teams[a], teams[b]))
		}
	}

	primes := NewSet[int]()
	for n := 2; n < 60; n++ {
		isPrime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes.Add(n)
		}
	}
	odds := NewSet[int]()
	for n := 1; n < 60; n += 2 {
		odds.Add(n)
	}
	fmt.Println("primes:", primes)
	fmt.Println("even primes:", primes.Diff(odds))
	fmt.Println("odd non-primes:", odds.Diff(primes).Len())
	words := strings.Fields("the cat and the hat and the bat sat on the mat")
	uniq := NewSet(words...)
	uniq.Remove("the")
	fmt.Printf("%d words, %d unique w/o 'the': %v %T\n", len(words), uniq.Len(), uniq, uniq)
}
