package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Stack is a LIFO container backed by a slice.
type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("stack: empty")

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
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

// Named embeds a generic stack and adds a label.
type Named[T any] struct {
	Name string
	Stack[T]
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

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
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
				st.Push(a / b)
			}
		default:
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q: %w", tok, err)
			}
			st.Push(f)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, got %d", st.Len())
	}
	v, _ := st.Pop()
	return v, nil
}

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", &s)

	top, ok := s.Peek()
	fmt.Println("peek:", top, ok)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("pop on empty:", err, errors.Is(err, ErrEmpty))

	n := Named[string]{Name: "words"}
	n.Push("alpha", "beta")
	fmt.Printf("%+v\n", n)
	fmt.Printf("%v %T\n", &n, n)

	for _, in := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("balanced(%q) = %t\n", in, balanced(in))
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 x *", "1 2"} {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %g\n", e, v)
	}
}
