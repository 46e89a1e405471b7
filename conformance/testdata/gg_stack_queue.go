package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }
func (s *Stack[T]) Len() int     { return len(s.items) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items[len(s.items)-1] = zero
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

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] { return &Queue[T]{buf: make([]T, capacity)} }

var ErrFull = errors.New("queue full")

func (q *Queue[T]) Enqueue(v T) error {
	if q.size == len(q.buf) {
		return fmt.Errorf("enqueue %v: %w", v, ErrFull)
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return nil
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

// balanced checks bracket matching using a Stack[rune].
func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			if top, ok := st.Pop(); !ok || top != pairs[r] {
				return false, i
			}
		}
	}
	return st.Len() == 0, len(s)
}

// evalRPN evaluates a reverse-polish expression.
func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		var v float64
		if _, err := fmt.Sscan(tok, &v); err == nil {
			st.Push(v)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("token %q: stack underflow", tok)
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		case "/":
			st.Push(a / b)
		default:
			return 0, fmt.Errorf("unknown operator %q", tok)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, s := range []string{"(a[b]{c})", "([)]", "((", "{}[]()"} {
		ok, pos := balanced(s)
		fmt.Printf("%-10q balanced=%-5v pos=%d\n", s, ok, pos)
	}
	for _, e := range []string{"3 4 + 2 *", "10 4 3 - /", "1 +", "2 3 ^"} {
		v, err := evalRPN(e)
		fmt.Printf("%-12q = %6.2f err=%v\n", e, v, err)
	}

	q := NewQueue[string](3)
	for _, job := range []string{"build", "test", "lint", "deploy"} {
		if err := q.Enqueue(job); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
		}
	}
	first, _ := q.Dequeue()
	fmt.Println("dequeued:", first)
	_ = q.Enqueue("deploy")
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Println("  run", v)
	}
	var s Stack[[2]int]
	s.Push([2]int{1, 2}, [2]int{3, 4})
	top, _ := s.Peek()
	fmt.Printf("%v %T len=%d\n", top, s, s.Len())
}
