package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var (
	ErrStackUnderflow = errors.New("stack underflow")
	ErrDivByZero      = errors.New("division by zero")
)

type UnknownTokenError struct {
	Token string
	Index int
}

func (e *UnknownTokenError) Error() string {
	return fmt.Sprintf("unknown token %q at position %d", e.Token, e.Index)
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrStackUnderflow
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for i, tok := range strings.Fields(expr) {
		if v, err := strconv.ParseFloat(tok, 64); err == nil {
			st.Push(v)
			continue
		}
		switch tok {
		case "+", "-", "*", "/", "^":
			b, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, err)
			}
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, err)
			}
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("evaluating %g / %g: %w", a, b, ErrDivByZero)
				}
				r = a / b
			case "^":
				r = math.Pow(a, b)
			}
			st.Push(r)
		case "sqrt":
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("sqrt: %w", err)
			}
			st.Push(math.Sqrt(a))
		default:
			return 0, &UnknownTokenError{tok, i}
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, found %d", st.Len())
	}
	return st.Pop()
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 10 ^ 24 -",
		"9 sqrt 16 sqrt +",
		"1 0 /",
		"1 +",
		"4 2 swap",
		"1 2 3",
		"",
		"22 7 /",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		var ute *UnknownTokenError
		switch {
		case err == nil:
			fmt.Printf("%-22q = %.4f\n", e, v)
		case errors.Is(err, ErrDivByZero):
			fmt.Printf("%-22q ! math error: %v\n", e, err)
		case errors.Is(err, ErrStackUnderflow):
			fmt.Printf("%-22q ! not enough operands: %v\n", e, err)
		case errors.As(err, &ute):
			fmt.Printf("%-22q ! bad input %q (index %d)\n", e, ute.Token, ute.Index)
		default:
			fmt.Printf("%-22q ! %v\n", e, err)
		}
	}
}
