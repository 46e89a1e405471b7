package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

// List is a generic doubly linked list with a sentinel root.
type List[T any] struct {
	root node[T]
	size int
}

func NewList[T any]() *List[T] {
	l := &List[T]{}
	l.root.next, l.root.prev = &l.root, &l.root
	return l
}

func (l *List[T]) PushFront(v T) *node[T] {
	n := &node[T]{val: v, prev: &l.root, next: l.root.next}
	l.root.next.prev = n
	l.root.next = n
	l.size++
	return n
}

func (l *List[T]) Remove(n *node[T]) T {
	n.prev.next, n.next.prev = n.next, n.prev
	l.size--
	return n.val
}

func (l *List[T]) Back() *node[T] { return l.root.prev }

func (l *List[T]) Each(f func(T)) {
	for n := l.root.next; n != &l.root; n = n.next {
		f(n.val)
	}
}

type entry[K comparable, V any] struct {
	key K
	val V
}

// Cache is an LRU cache built on top of List.
type Cache[K comparable, V any] struct {
	capacity     int
	order        *List[entry[K, V]]
	index        map[K]*node[entry[K, V]]
	hits, misses int
	OnEvict      func(K, V)
}

func NewCache[K comparable, V any](capacity int) *Cache[K, V] {
	return &Cache[K, V]{capacity: capacity, order: NewList[entry[K, V]](), index: map[K]*node[entry[K, V]]{}}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	n, ok := c.index[k]
	if !ok {
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	c.order.Remove(n)
	c.index[k] = c.order.PushFront(n.val)
	return n.val.val, true
}

func (c *Cache[K, V]) Put(k K, v V) {
	if n, ok := c.index[k]; ok {
		c.order.Remove(n)
	} else if c.order.size == c.capacity {
		old := c.order.Remove(c.order.Back())
		delete(c.index, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.val)
		}
	}
	c.index[k] = c.order.PushFront(entry[K, V]{k, v})
}

func (c *Cache[K, V]) String() string {
	var parts []string
	c.order.Each(func(e entry[K, V]) { parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val)) })
	return fmt.Sprintf("[%s] hits=%d misses=%d", strings.Join(parts, " "), c.hits, c.misses)
}

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s) * int(s) }

func main() {
	c := NewCache[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("  evicted %s=%d\n", k, v) }
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if v, ok := c.Get(k); ok {
			fmt.Printf("get %s -> %d\n", k, v)
			continue
		}
		fmt.Printf("miss %s, put %d\n", k, i)
		c.Put(k, i)
	}
	c.Put("a", 100)
	fmt.Println("cache:", c)

	shapes := NewCache[int, Shape](2)
	evicted := 0
	shapes.OnEvict = func(int, Shape) { evicted++ }
	for i := 1; i <= 5; i++ {
		shapes.Put(i, Sq(i))
		if s, ok := shapes.Get(1); ok {
			fmt.Printf("shape 1 still cached, area %d\n", s.Area())
		}
	}
	fmt.Println("shapes:", shapes, "evicted:", evicted)
	fmt.Printf("%T\n", shapes)
}
