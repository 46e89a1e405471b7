package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

var ErrNotFound = errors.New("key not found")

type Version[V any] struct {
	Rev     int
	Value   V
	Deleted bool
}

func (v Version[V]) String() string {
	if v.Deleted {
		return fmt.Sprintf("r%d:<deleted>", v.Rev)
	}
	return fmt.Sprintf("r%d:%v", v.Rev, v.Value)
}

// History is an append-only slice of versions ordered by revision.
type History[V any] []Version[V]

func (h History[V]) Len() int { return len(h) }

func (h History[V]) At(rev int) (Version[V], bool) {
	i, found := slices.BinarySearchFunc(h, rev, func(v Version[V], r int) int { return v.Rev - r })
	if found {
		return h[i], true
	}
	if i == 0 {
		return Version[V]{}, false
	}
	return h[i-1], true
}

type Store[K comparable, V any] struct {
	rev  int
	data map[K]History[V]
}

func NewStore[K comparable, V any]() *Store[K, V] { return &Store[K, V]{data: map[K]History[V]{}} }

func (s *Store[K, V]) Rev() int { return s.rev }

func (s *Store[K, V]) Put(k K, v V) int {
	s.rev++
	s.data[k] = append(s.data[k], Version[V]{Rev: s.rev, Value: v})
	return s.rev
}

func (s *Store[K, V]) Delete(k K) error {
	if _, err := s.Get(k); err != nil {
		return fmt.Errorf("delete %v: %w", k, err)
	}
	s.rev++
	s.data[k] = append(s.data[k], Version[V]{Rev: s.rev, Deleted: true})
	return nil
}

func (s *Store[K, V]) GetAt(k K, rev int) (V, error) {
	var zero V
	v, ok := s.data[k].At(rev)
	if !ok || v.Deleted {
		return zero, ErrNotFound
	}
	return v.Value, nil
}

func (s *Store[K, V]) Get(k K) (V, error) { return s.GetAt(k, s.rev) }

func (s *Store[K, V]) History(k K) History[V] { return s.data[k] }

func (s *Store[K, V]) Len() int {
	n := 0
	for k := range s.data {
		if _, err := s.Get(k); err == nil {
			n++
		}
	}
	return n
}

func main() {
	st := NewStore[string, float64]()
	st.Put("price", 9.99)
	st.Put("tax", 0.2)
	r := st.Put("price", 12.5)
	st.Put("discount", 1.0)
	st.Put("price", 11.0)
	if err := st.Delete("discount"); err != nil {
		fmt.Println(err)
	}
	fmt.Println("current revision:", st.Rev(), "live keys:", st.Len())
	for _, k := range slices.Sorted(maps.Keys(st.data)) {
		fmt.Printf("%-8s history=%v\n", k, st.History(k))
	}
	for rev := 0; rev <= st.Rev(); rev++ {
		p, err := st.GetAt("price", rev)
		d, derr := st.GetAt("discount", rev)
		fmt.Printf("rev %d: price=%v (%v) discount=%v (%v)\n", rev, p, err, d, derr)
	}
	fmt.Println("price was set to 12.5 at revision", r)
	if err := st.Delete("discount"); errors.Is(err, ErrNotFound) {
		fmt.Println("error:", err)
	}
	if _, err := st.Get("missing"); err != nil {
		fmt.Println("error:", err)
	}
}
