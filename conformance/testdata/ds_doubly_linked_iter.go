package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

// List is a generic doubly linked list with sentinel-free head/tail pointers.
type List[T any] struct {
	head, tail *node[T]
	size       int
}

var ErrEmpty = errors.New("list is empty")

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) PushFront(v T) {
	n := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *List[T]) PopFront() (T, error) {
	var zero T
	if l.head == nil {
		return zero, ErrEmpty
	}
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
	}
	l.size--
	return n.val, nil
}

func (l *List[T]) Reverse() {
	for cur := l.head; cur != nil; cur = cur.prev {
		cur.prev, cur.next = cur.next, cur.prev
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for cur := l.head; cur != nil; cur = cur.next {
			if !yield(i, cur.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for cur := l.tail; cur != nil; cur = cur.prev {
			if !yield(cur.val) {
				return
			}
		}
	}
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" <-> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println("list:", &l, "size:", l.size)

	l.Reverse()
	fmt.Println("reversed:", &l)

	fmt.Print("backward:")
	for v := range l.Backward() {
		fmt.Print(" ", v)
	}
	fmt.Println()

	for i, v := range l.All() {
		if i == 3 {
			fmt.Println("stopped early at index", i)
			break
		}
		fmt.Printf("  idx=%d val=%3d\n", i, v)
	}

	words := &List[string]{}
	for _, w := range strings.Fields("the quick brown fox") {
		words.PushBack(w)
	}
	fmt.Printf("%v (%T)\n", words, words)
	for {
		w, err := words.PopFront()
		if err != nil {
			fmt.Println("pop error:", err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Printf("popped %q, remaining %d\n", w, words.size)
	}
	fmt.Println("final:", words)
}
