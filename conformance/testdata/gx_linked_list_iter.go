package main

import (
	"fmt"
	"iter"
	"slices"
)

type element[T any] struct {
	Value      T
	prev, next *element[T]
}

// List is a generic doubly linked list with iterator methods.
type List[T any] struct {
	head, tail *element[T]
	len        int
}

func FromSlice[T any](vs []T) *List[T] {
	l := &List[T]{}
	for _, v := range vs {
		l.PushBack(v)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	e := &element[T]{Value: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = e
	} else {
		l.head = e
	}
	l.tail = e
	l.len++
}

func (l *List[T]) PushFront(v T) {
	e := &element[T]{Value: v, next: l.head}
	if l.head != nil {
		l.head.prev = e
	} else {
		l.tail = e
	}
	l.head = e
	l.len++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.Value) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.len - 1
		for e := l.tail; e != nil; e = e.prev {
			if !yield(i, e.Value) {
				return
			}
			i--
		}
	}
}

func (l *List[T]) Len() int { return l.len }

func (l *List[T]) String() string { return fmt.Sprint(slices.Collect(l.All())) }

// Interleave merges two sequences using iter.Pull.
func Interleave[T any](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			va, okA := nextA()
			if okA && !yield(va) {
				return
			}
			vb, okB := nextB()
			if okB && !yield(vb) {
				return
			}
			if !okA && !okB {
				return
			}
		}
	}
}

func main() {
	l := FromSlice([]string{"b", "c", "d"})
	l.PushFront("a")
	l.PushBack("e")
	fmt.Println("list:", l, "len", l.Len())

	for v := range l.All() {
		fmt.Print(v, ";")
	}
	fmt.Println()
	for i, v := range l.Backward() {
		fmt.Printf("%d=%s ", i, v)
	}
	fmt.Println()

	for i, v := range l.Backward() {
		if i < 3 {
			break
		}
		fmt.Println("backward stop test:", i, v)
	}

	nums := FromSlice([]int{1, 3, 5, 7})
	evens := FromSlice([]int{2, 4})
	merged := slices.Collect(Interleave(nums.All(), evens.All()))
	fmt.Println("interleaved:", merged)
	for v := range Interleave(nums.All(), evens.All()) {
		if v == 4 {
			fmt.Println("stopped early at", v)
			break
		}
	}

	next, stop := iter.Pull(l.All())
	first, _ := next()
	second, _ := next()
	stop()
	after, ok := next()
	fmt.Printf("pulled %q %q, after stop: %q %t\n", first, second, after, ok)

	var empty List[float64]
	fmt.Println("empty:", &empty, slices.Collect(empty.All()) == nil)
	fmt.Printf("%T %T\n", l, empty)
}
