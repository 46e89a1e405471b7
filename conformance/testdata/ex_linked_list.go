package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

var ErrEmptyList = errors.New("list is empty")

type node[T any] struct {
	val        T
	prev, next *node[T]
}

// List is a doubly linked ring with a sentinel: root.next is the head, root.prev the tail.
type List[T any] struct{ root node[T] }

func New[T any](xs ...T) *List[T] {
	l := &List[T]{}
	l.root.next, l.root.prev = &l.root, &l.root
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) insertAfter(at *node[T], v T) {
	nd := &node[T]{val: v, prev: at, next: at.next}
	at.next, nd.next.prev = nd, nd
}

func (l *List[T]) PushBack(v T)  { l.insertAfter(l.root.prev, v) }
func (l *List[T]) PushFront(v T) { l.insertAfter(&l.root, v) }

func (l *List[T]) PopBack() (v T, err error) {
	nd := l.root.prev
	if nd == &l.root {
		return v, ErrEmptyList
	}
	nd.prev.next, nd.next.prev = nd.next, nd.prev
	return nd.val, nil
}

func (l *List[T]) Reverse() {
	for nd := &l.root; ; {
		nd.prev, nd.next = nd.next, nd.prev
		if nd = nd.prev; nd == &l.root {
			break
		}
	}
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for nd := l.root.next; nd != &l.root; nd = nd.next {
			if !yield(nd.val) {
				return
			}
		}
	}
}

func main() {
	var popped []int
	pop := func(l *List[int], k int) error {
		for range k {
			v, err := l.PopBack()
			if err != nil {
				return err
			}
			popped = append(popped, v)
		}
		return nil
	}
	tests := []struct {
		name     string
		in, want []int
		run      func(*List[int]) error
		wantErr  error
	}{
		{"empty", nil, nil, func(*List[int]) error { return nil }, nil},
		{"push front", []int{1, 2}, []int{-1, 0, 1, 2}, func(l *List[int]) error { l.PushFront(0); l.PushFront(-1); return nil }, nil},
		{"reversed", []int{1, 2, 3, 4}, []int{4, 3, 2, 1}, func(l *List[int]) error { l.Reverse(); return nil }, nil},
		{"reverse empty", nil, nil, func(l *List[int]) error { l.Reverse(); return nil }, nil},
		{"pop two", []int{1, 2, 3}, []int{1}, func(l *List[int]) error { return pop(l, 2) }, nil},
		{"pop too many", []int{9}, nil, func(l *List[int]) error { return pop(l, 2) }, ErrEmptyList},
		{"front reverse pop", []int{5, 6}, []int{6, 5}, func(l *List[int]) error { l.PushFront(4); l.Reverse(); return pop(l, 1) }, nil},
	}
	for _, tc := range tests {
		popped = nil
		l := New(tc.in...)
		err := tc.run(l)
		got := slices.Collect(l.All())
		ok := slices.Equal(got, tc.want) && errors.Is(err, tc.wantErr)
		fmt.Printf("%s %-18s %v popped=%v err=%v\n", map[bool]string{true: "PASS", false: "FAIL"}[ok], tc.name, got, popped, err)
	}
}
