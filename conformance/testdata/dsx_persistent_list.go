package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

var ErrEmptyList = errors.New("empty list")

// List is an immutable singly linked list. The nil *List is the empty list,
// and every operation returns a new list that shares structure with the old.
type List[T any] struct {
	head T
	tail *List[T]
	size int
}

func Cons[T any](v T, l *List[T]) *List[T] {
	return &List[T]{head: v, tail: l, size: l.Len() + 1}
}

func Of[T any](vs ...T) *List[T] {
	var l *List[T]
	for i := len(vs) - 1; i >= 0; i-- {
		l = Cons(vs[i], l)
	}
	return l
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return l.size
}

func (l *List[T]) Head() (T, error) {
	if l == nil {
		var zero T
		return zero, ErrEmptyList
	}
	return l.head, nil
}

func (l *List[T]) Tail() (*List[T], error) {
	if l == nil {
		return nil, fmt.Errorf("tail: %w", ErrEmptyList)
	}
	return l.tail, nil
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l; n != nil; n = n.tail {
			if !yield(n.head) {
				return
			}
		}
	}
}

// Append copies the nodes of l and shares all of other.
func (l *List[T]) Append(other *List[T]) *List[T] {
	if l == nil {
		return other
	}
	return Cons(l.head, l.tail.Append(other))
}

func (l *List[T]) Reverse() *List[T] {
	var out *List[T]
	for v := range l.All() {
		out = Cons(v, out)
	}
	return out
}

// SetAt returns a list with element i replaced, copying only the prefix.
func (l *List[T]) SetAt(i int, v T) (*List[T], error) {
	if i < 0 || i >= l.Len() {
		return nil, fmt.Errorf("set at %d: index out of range [0,%d)", i, l.Len())
	}
	if i == 0 {
		return Cons(v, l.tail), nil
	}
	rest, _ := l.tail.SetAt(i-1, v) // cannot fail: i-1 is in range for the tail
	return Cons(l.head, rest), nil
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	if l == nil {
		return nil
	}
	return Cons(f(l.head), Map(l.tail, f))
}

func Fold[T, A any](l *List[T], acc A, f func(A, T) A) A {
	for v := range l.All() {
		acc = f(acc, v)
	}
	return acc
}

func (l *List[T]) String() string {
	parts := make([]string, 0, l.Len())
	for v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func main() {
	base := Of(3, 4, 5)
	a := Cons(2, base)
	b := Cons(1, a)
	c := Cons(99, base)
	fmt.Println("base:", base, "a:", a, "b:", b, "c:", c)
	fmt.Println("a and c share base:", a.tail == base && c.tail == base)

	d, _ := b.SetAt(2, 30)
	fmt.Println("b after SetAt(2,30):", d, "original b:", b)
	fmt.Println("suffix shared:", d.tail.tail.tail == b.tail.tail.tail)
	if _, err := b.SetAt(7, 0); err != nil {
		fmt.Println("error:", err)
	}

	e := a.Append(Of(6, 7))
	fmt.Println("append:", e, "len", e.Len(), "reverse:", e.Reverse())
	words := Map(e, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println("mapped:", words)
	fmt.Println("sum:", Fold(e, 0, func(s, n int) int { return s + n }))

	var empty *List[int]
	_, err := empty.Head()
	fmt.Println("empty:", empty, "len", empty.Len(), "head error:", err)
	_, err = empty.Tail()
	fmt.Println("tail error:", err, errors.Is(err, ErrEmptyList))

	stack := Of[string]()
	for _, w := range []string{"push a", "push b", "pop", "push c", "push d", "pop"} {
		if name, ok := strings.CutPrefix(w, "push "); ok {
			stack = Cons(name, stack)
		} else {
			stack, _ = stack.Tail()
		}
		fmt.Printf("%-7s -> %v\n", w, stack)
	}
}
