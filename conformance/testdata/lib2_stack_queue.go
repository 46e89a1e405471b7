package main

import (
	"fmt"
	"strings"
)

// Stack is a LIFO container backed by a slice.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

// Queue is a FIFO container.
type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	var zero T
	if len(q.head) == 0 {
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	top, _ := s.Peek()
	fmt.Printf("%T len=%d top=%d\n", s, s.Len(), top)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("pop on empty ok:", ok)

	for _, expr := range []string{"(a[b]{c})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%-12q balanced=%v\n", expr, balanced(expr))
	}

	q := &Queue[string]{}
	for _, w := range strings.Fields("alpha beta gamma") {
		q.Enqueue(w)
	}
	first, _ := q.Dequeue()
	q.Enqueue("delta")
	fmt.Printf("%T first=%s len=%d\n", q, first, q.Len())
	var rest []string
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		rest = append(rest, v)
	}
	fmt.Println("rest:", strings.Join(rest, ","))

	type job struct {
		ID   int
		Name string
	}
	var jobs Queue[job]
	jobs.Enqueue(job{1, "build"})
	jobs.Enqueue(job{2, "test"})
	j, _ := jobs.Dequeue()
	fmt.Printf("%+v remaining=%d\n", j, jobs.Len())
}
