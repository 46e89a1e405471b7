package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

// List is a doubly linked list with a sentinel root.
type List[T any] struct {
	root node[T]
	n    int
}

func NewList[T any](vals ...T) *List[T] {
	l := &List[T]{}
	l.root.next, l.root.prev = &l.root, &l.root
	for _, v := range vals {
		l.PushBack(v)
	}
	return l
}

func (l *List[T]) insertAfter(at *node[T], v T) *node[T] {
	nd := &node[T]{val: v, prev: at, next: at.next}
	at.next.prev = nd
	at.next = nd
	l.n++
	return nd
}

func (l *List[T]) PushBack(v T)  { l.insertAfter(l.root.prev, v) }
func (l *List[T]) PushFront(v T) { l.insertAfter(&l.root, v) }
func (l *List[T]) Len() int      { return l.n }

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.root.next; e != &l.root; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.root.prev; e != &l.root; e = e.prev {
			if !yield(e.val) {
				return
			}
		}
	}
}

// RemoveFunc deletes every element for which pred is true and reports how many.
func (l *List[T]) RemoveFunc(pred func(T) bool) int {
	removed := 0
	for e := l.root.next; e != &l.root; {
		next := e.next
		if pred(e.val) {
			e.prev.next = e.next
			e.next.prev = e.prev
			e.next, e.prev = nil, nil
			l.n--
			removed++
		}
		e = next
	}
	return removed
}

func (l *List[T]) Reverse() {
	e := &l.root
	for {
		e.next, e.prev = e.prev, e.next
		e = e.prev
		if e == &l.root {
			break
		}
	}
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("(")
	for v := range l.All() {
		if sb.Len() > 1 {
			sb.WriteString(" <-> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString(")")
	return sb.String()
}

type point struct{ X, Y int }

func main() {
	l := NewList(3, 4, 5)
	l.PushFront(2)
	l.PushFront(1)
	l.PushBack(6)
	fmt.Println(l, "len:", l.Len())
	fmt.Println("backward:", slices.Collect(l.Backward()))

	n := l.RemoveFunc(func(v int) bool { return v%2 == 0 })
	fmt.Printf("removed %d evens -> %v\n", n, l)

	l.Reverse()
	fmt.Println("reversed:", l)

	for v := range l.All() {
		if v < 3 {
			break
		}
		fmt.Println("  visiting", v)
	}

	pts := NewList(point{1, 2}, point{3, 4})
	pts.PushFront(point{0, 0})
	for p := range pts.All() {
		fmt.Printf("  %+v\n", p)
	}
	fmt.Printf("%T %v\n", pts, pts)

	words := NewList[string]()
	fmt.Printf("empty: %v len=%d\n", words, words.Len())
	words.PushBack("go")
	words.PushBack("generics")
	fmt.Printf("%q\n", slices.Collect(words.All()))
}
