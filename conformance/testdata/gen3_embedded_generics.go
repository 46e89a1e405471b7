package main

import (
	"fmt"
	"slices"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Add(v ...T)  { l.items = append(l.items, v...) }
func (l *List[T]) Len() int    { return len(l.items) }
func (l *List[T]) Get(i int) T { return l.items[i] }
func (l *List[T]) Values() []T { return slices.Clone(l.items) }
func (l *List[T]) Last() (T, bool) {
	var zero T
	if len(l.items) == 0 {
		return zero, false
	}
	return l.items[len(l.items)-1], true
}

type Named[T any] struct {
	List[T]
	Name string
}

func (n *Named[T]) String() string {
	return fmt.Sprintf("%s(%d)%v", n.Name, n.Len(), n.items)
}

type Bounded[T any] struct {
	Named[T]
	Max     int
	dropped int
}

func (b *Bounded[T]) Add(v ...T) {
	for _, x := range v {
		if b.Len() >= b.Max {
			b.items = b.items[1:]
			b.dropped++
		}
		b.List.Add(x)
	}
}

func (b *Bounded[T]) String() string {
	return b.Named.String() + fmt.Sprintf(" max=%d dropped=%d", b.Max, b.dropped)
}

type Entry[K comparable, V any] struct {
	Key K
	Val V
}

type Store[K comparable, V any] struct {
	index map[K]int
	log   Named[Entry[K, V]]
}

func NewStore[K comparable, V any](name string) *Store[K, V] {
	return &Store[K, V]{index: map[K]int{}, log: Named[Entry[K, V]]{Name: name}}
}

func (s *Store[K, V]) Add(k K, v V) {
	s.index[k] = s.log.Len()
	s.log.Add(Entry[K, V]{k, v})
}

func (s *Store[K, V]) Get(k K) (V, bool) {
	i, ok := s.index[k]
	if !ok {
		var zero V
		return zero, false
	}
	return s.log.Get(i).Val, true
}

func (s *Store[K, V]) Len() int { return len(s.index) }

type Audited[K comparable, V any] struct {
	*Store[K, V]
	trail Bounded[string]
}

func (a *Audited[K, V]) Add(k K, v V) {
	a.trail.Add(fmt.Sprintf("set %v", k))
	a.Store.Add(k, v)
}

func main() {
	var nums Named[int]
	nums.Name = "nums"
	nums.Add(3, 1, 4)
	last, _ := nums.Last()
	fmt.Printf("%T %v last=%d\n", nums, &nums, last)

	recent := &Bounded[string]{Named: Named[string]{Name: "recent"}, Max: 3}
	recent.Add(strings.Fields("a b c d e")...)
	fmt.Println(recent)
	fmt.Println("values:", recent.Values(), "first:", recent.Get(0))

	a := Audited[string, float64]{Store: NewStore[string, float64]("prices")}
	a.trail = Bounded[string]{Named: Named[string]{Name: "trail"}, Max: 4}
	for i, k := range []string{"tea", "milk", "tea", "jam", "bread", "tea"} {
		a.Add(k, float64(i)+0.5)
	}
	v, ok := a.Get("tea")
	fmt.Printf("tea=%.1f ok=%t distinct=%d log=%d\n", v, ok, a.Len(), a.log.Len())
	_, ok = a.Get("butter")
	fmt.Println("butter found:", ok)
	fmt.Println(&a.trail)
	e, _ := a.log.Last()
	fmt.Printf("%T %+v\n", e, e)
	fmt.Printf("%T\n", a.Store)
	fmt.Printf("%v\n", &a.log)
}
