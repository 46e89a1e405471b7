package main

import (
	"fmt"
	"slices"
	"sort"
)

// Collection is a basic growable list.
type Collection[T any] struct {
	items []T
}

func (c *Collection[T]) Add(vs ...T) { c.items = append(c.items, vs...) }
func (c *Collection[T]) Len() int    { return len(c.items) }
func (c *Collection[T]) At(i int) T  { return c.items[i] }

func (c *Collection[T]) Each(f func(int, T)) {
	for i, v := range c.items {
		f(i, v)
	}
}

// Indexed embeds Collection and adds a lookup index by key.
type Indexed[K comparable, T any] struct {
	Collection[T]
	keyOf func(T) K
	index map[K]int
}

func NewIndexed[K comparable, T any](keyOf func(T) K) *Indexed[K, T] {
	return &Indexed[K, T]{keyOf: keyOf, index: map[K]int{}}
}

// Add shadows the embedded method so the index stays in sync.
func (x *Indexed[K, T]) Add(vs ...T) {
	for _, v := range vs {
		x.index[x.keyOf(v)] = x.Len()
		x.Collection.Add(v)
	}
}

func (x *Indexed[K, T]) Find(k K) (T, bool) {
	if i, ok := x.index[k]; ok {
		return x.At(i), true
	}
	var zero T
	return zero, false
}

// Tracked embeds Indexed (and through it Collection) and counts changes.
type Tracked[K comparable, T any] struct {
	*Indexed[K, T]
	version int
}

func (t *Tracked[K, T]) Add(vs ...T) {
	t.Indexed.Add(vs...)
	t.version++
}

type Lenner interface{ Len() int }

type User struct {
	ID   int
	Name string
}

func describe(l Lenner) string { return fmt.Sprintf("%T has %d items", l, l.Len()) }

func main() {
	var c Collection[float64]
	c.Add(1.5, 2.5)
	c.Add(4)
	fmt.Println(describe(&c), c.items)

	users := NewIndexed(func(u User) int { return u.ID })
	users.Add(User{7, "ana"}, User{3, "bo"}, User{11, "cy"})
	if u, ok := users.Find(3); ok {
		fmt.Printf("found %+v\n", u)
	}
	_, ok := users.Find(99)
	fmt.Println("find 99:", ok, "|", describe(users))

	t := &Tracked[string, User]{Indexed: NewIndexed(func(u User) string { return u.Name })}
	t.Add(User{1, "zed"})
	t.Add(User{2, "amy"}, User{3, "kim"})
	t.Collection.Add(User{4, "ghost"})
	fmt.Println("version:", t.version, "len:", t.Len(), "|", describe(t))
	_, ghostIndexed := t.Find("ghost")
	fmt.Println("ghost indexed via embedded Collection.Add:", ghostIndexed)

	t.Each(func(i int, u User) { fmt.Printf("  #%d %v\n", i, u) })

	names := make([]string, 0, len(t.index))
	for k := range t.index {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println("index keys:", names)

	ids := slices.Sorted(func(yield func(int) bool) {
		for _, u := range t.items {
			if !yield(u.ID * 10) {
				return
			}
		}
	})
	fmt.Printf("%v %T\n", ids, t.Indexed.Collection)
}
