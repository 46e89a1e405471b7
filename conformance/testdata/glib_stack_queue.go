package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("container is empty")

// Stack is a LIFO container backed by a slice.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	n := len(s.items) - 1
	v := s.items[n]
	s.items = s.items[:n]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack[" + strings.Join(parts, " ") + "]"
}

// Queue is a FIFO built from two slices used as stacks.
type Queue[T any] struct {
	in, out []T
}

func (q *Queue[T]) Enqueue(v T) { q.in = append(q.in, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var zero T
		return zero, ErrEmpty
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.in) + len(q.out) }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	s := &Stack[int]{}
	s.Push(1, 2, 3)
	s.Push(4)
	fmt.Println(s)
	fmt.Printf("%T len=%d\n", s, s.Len())
	if top, ok := s.Peek(); ok {
		fmt.Println("peek:", top)
	}
	var popped []int
	for s.Len() > 0 {
		v, _ := s.Pop()
		popped = append(popped, v)
	}
	fmt.Println("popped:", popped)
	_, err := s.Pop()
	fmt.Println("pop on empty:", err, errors.Is(err, ErrEmpty))

	var q Queue[string]
	for _, w := range []string{"alpha", "beta", "gamma"} {
		q.Enqueue(w)
	}
	first, _ := q.Dequeue()
	q.Enqueue("delta")
	fmt.Printf("first=%q remaining=%d\n", first, q.Len())
	var rest []string
	for q.Len() > 0 {
		w, _ := q.Dequeue()
		rest = append(rest, w)
	}
	fmt.Printf("rest=%q\n", rest)

	for _, expr := range []string{"(a[b]{c})", "([)]", "((", "{}[]()"} {
		fmt.Printf("%-10s balanced=%t\n", expr, balanced(expr))
	}
}
