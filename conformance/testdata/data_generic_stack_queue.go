package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("container is empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

// Queue built from two stacks: amortized O(1) per operation.
type Queue[T any] struct {
	in, out Stack[T]
	moves   int
}

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if q.out.Len() == 0 {
		for q.in.Len() > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
			q.moves++
		}
	}
	v, err := q.out.Pop()
	if err != nil {
		return v, fmt.Errorf("dequeue: %w", err)
	}
	return v, nil
}

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

func evalRPN(expr string) (int, error) {
	var st Stack[int]
	for tok := range strings.FieldsSeq(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("operator %q: %w", tok, err)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				st.Push(a / b)
			}
		default:
			var n int
			if _, err := fmt.Sscan(tok, &n); err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st.Push(n)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("leftover stack size %d", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "{[()()]}"} {
		fmt.Printf("%-10s balanced=%v\n", s, balanced(s))
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3"} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20q = %d\n", e, v)
	}
	var q Queue[string]
	for _, name := range []string{"ann", "bob", "cid"} {
		q.Enqueue(name)
	}
	first, _ := q.Dequeue()
	q.Enqueue("dee")
	fmt.Println("served:", first)
	for {
		v, err := q.Dequeue()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("queue drained:", err)
			break
		}
		fmt.Println("served:", v)
	}
	fmt.Println("elements moved between stacks:", q.moves)
}
