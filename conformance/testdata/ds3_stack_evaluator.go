package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	data []T
}

func (s *Stack[T]) Push(v T) { s.data = append(s.data, v) }
func (s *Stack[T]) Len() int { return len(s.data) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.data) == 0 {
		return zero, errors.New("stack underflow")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.data) == 0 {
		return zero, false
	}
	return s.data[len(s.data)-1], true
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2}

func toRPN(expr string) ([]string, error) {
	var out []string
	var ops Stack[string]
	for _, tok := range strings.Fields(expr) {
		switch {
		case tok == "(":
			ops.Push(tok)
		case tok == ")":
			for {
				op, err := ops.Pop()
				if err != nil {
					return nil, errors.New("mismatched parenthesis")
				}
				if op == "(" {
					break
				}
				out = append(out, op)
			}
		case prec[tok] > 0:
			for {
				top, ok := ops.Peek()
				if !ok || top == "(" || prec[top] < prec[tok] {
					break
				}
				ops.Pop()
				out = append(out, top)
			}
			ops.Push(tok)
		default:
			out = append(out, tok)
		}
	}
	for ops.Len() > 0 {
		op, _ := ops.Pop()
		if op == "(" {
			return nil, errors.New("mismatched parenthesis")
		}
		out = append(out, op)
	}
	return out, nil
}

func evalRPN(rpn []string) (int, error) {
	var st Stack[int]
	for _, tok := range rpn {
		if prec[tok] == 0 {
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st.Push(n)
			continue
		}
		b, err := st.Pop()
		a, err2 := st.Pop()
		if err = errors.Join(err, err2); err != nil {
			return 0, err
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
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("malformed expression, %d values left", st.Len())
	}
	return st.Pop()
}

func main() {
	exprs := []string{"1 + 2 * 3", "( 1 + 2 ) * 3", "10 / ( 5 - 5 )",
		"( 4 + 6 ) * ( 2 - 7 ) / 5", "2 * ( 3 + 4", "7 x 2", "100 - 3 - 4 - 5"}
	for _, e := range exprs {
		rpn, err := toRPN(e)
		if err != nil {
			fmt.Printf("%-28s error: %v\n", e, err)
			continue
		}
		if v, err := evalRPN(rpn); err != nil {
			fmt.Printf("%-28s rpn=%v error: %v\n", e, rpn, err)
		} else {
			fmt.Printf("%-28s rpn=%v = %d\n", e, rpn, v)
		}
	}
}
