package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

var ErrIndex = errors.New("index out of range")

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List[T]) RemoveAt(i int) (T, error) {
	var zero T
	if i < 0 || i >= l.size {
		return zero, fmt.Errorf("remove %d: %w", i, ErrIndex)
	}
	l.size--
	if i == 0 {
		v := l.head.val
		l.head = l.head.next
		return v, nil
	}
	prev := l.head
	for range i - 1 {
		prev = prev.next
	}
	v := prev.next.val
	prev.next = prev.next.next
	return v, nil
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l List[T]) String() string {
	var sb strings.Builder
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	}
	return fmt.Sprintf("[%s] (len=%d)", sb.String(), l.size)
}

func middle[T any](l *List[T]) (T, bool) {
	var zero T
	if l.head == nil {
		return zero, false
	}
	slow, fast := l.head, l.head
	for fast.next != nil && fast.next.next != nil {
		slow = slow.next
		fast = fast.next.next
	}
	return slow.val, true
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println("built:   ", l)
	if m, ok := middle(&l); ok {
		fmt.Println("middle:  ", m)
	}
	l.Reverse()
	fmt.Println("reversed:", l)
	for _, idx := range []int{0, 3, 10} {
		v, err := l.RemoveAt(idx)
		if err != nil {
			fmt.Println("error:", err, "| is ErrIndex:", errors.Is(err, ErrIndex))
			continue
		}
		fmt.Printf("removed index %d -> %d, now %v\n", idx, v, l)
	}
	words := List[string]{}
	for _, w := range strings.Fields("the quick brown fox") {
		words.PushFront(w)
	}
	fmt.Println("words:   ", words)
	for i, w := range words.All() {
		if i == 2 {
			break
		}
		fmt.Printf("  word[%d] = %q\n", i, w)
	}
}
