package main

import "fmt"

// Stack is a LIFO container backed by a slice.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

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
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

// Queue is a FIFO container backed by a slice.
type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q Queue[T]) Len() int { return len(q.items) }

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
	fmt.Println("peek:", top, "len:", s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("pop empty ok?", ok)

	var q Queue[string]
	for _, name := range []string{"ann", "bob", "cid"} {
		q.Enqueue(name)
	}
	first, _ := q.Dequeue()
	q.Enqueue("dee")
	fmt.Printf("first=%s rest=%v len=%d\n", first, q.items, q.Len())

	for _, expr := range []string{"(a[b]{c})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%-12q balanced=%t\n", expr, balanced(expr))
	}
}
