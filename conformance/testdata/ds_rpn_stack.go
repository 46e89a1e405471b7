package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

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

func (s Stack[T]) Len() int { return len(s.items) }

type EvalError struct {
	Token string
	Pos   int
	Msg   string
}

func (e *EvalError) Error() string {
	return fmt.Sprintf("token %q at %d: %s", e.Token, e.Pos, e.Msg)
}

var ErrDivZero = errors.New("division by zero")

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for i, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, &EvalError{tok, i, "stack underflow"}
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
					return 0, fmt.Errorf("eval %q: %w", expr, ErrDivZero)
				}
				st.Push(a / b)
			}
		default:
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, &EvalError{tok, i, "not a number"}
			}
			st.Push(f)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("malformed expression: %d values left", st.Len())
	}
	v, _ := st.Pop()
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
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +  10 /",
		"1 0 /",
		"1 +",
		"4 x *",
		"1 2 3",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		var ee *EvalError
		switch {
		case errors.As(err, &ee):
			fmt.Printf("%-22q -> EvalError{Pos:%d Msg:%s}\n", e, ee.Pos, ee.Msg)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-22q -> div by zero: %v\n", e, err)
		case err != nil:
			fmt.Printf("%-22q -> error: %v\n", e, err)
		default:
			fmt.Printf("%-22q -> %8.3f\n", e, v)
		}
	}
	fmt.Println()
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}", "}"} {
		fmt.Printf("balanced(%q) = %t\n", s, balanced(s))
	}
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	top, _ := s.Peek()
	fmt.Printf("peek=%s len=%d %+v\n", top, s.Len(), s)
}
