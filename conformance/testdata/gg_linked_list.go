package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

// List is a singly linked list with tail pointer.
type List[T any] struct {
	head, tail *node[T]
	n          int
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.next, l.tail = nd, nd
	}
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for nd := l.head; nd != nil; nd = nd.next {
			if !yield(i, nd.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func (l *List[T]) At(i int) (T, bool) {
	for j, v := range l.All() {
		if j == i {
			return v, true
		}
	}
	var zero T
	return zero, false
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var b strings.Builder
	for i, v := range l.All() {
		if i > 0 {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, v)
	}
	return fmt.Sprintf("[%s] (len %d)", b.String(), l.n)
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for v := range l.Values() {
		out.PushBack(f(v))
	}
	return out
}

func main() {
	l := FromSlice([]int{3, 1, 4, 1, 5})
	l.PushFront(9)
	l.PushBack(2)
	fmt.Println(l)
	v, ok := l.At(3)
	fmt.Println("at 3:", v, ok)
	_, ok = l.At(10)
	fmt.Println("at 10 ok:", ok)

	l.Reverse()
	fmt.Println("reversed:", l)
	l.PushBack(7)
	fmt.Println("after push:", l)

	strs := MapList(l, func(n int) string { return strings.Repeat("#", n) })
	fmt.Printf("%v\n%T\n", strs, strs)
	fmt.Println("sorted:", slices.Sorted(l.Values()))

	for i, s := range strs.All() {
		if i >= 3 {
			break
		}
		fmt.Printf("  %d: %q\n", i, s)
	}
	var empty List[float64]
	fmt.Println("empty:", &empty)
}
