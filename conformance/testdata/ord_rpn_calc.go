package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStackUnderflow = errors.New("stack underflow")

type SyntaxError struct {
	Token string
	Pos   int
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("bad token %q at position %d", e.Token, e.Pos)
}

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, ErrStackUnderflow
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

var binary = map[string]func(a, b float64) (float64, error){
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

var unary = map[string]func(float64) float64{
	"neg":  func(a float64) float64 { return -a },
	"sqrt": math.Sqrt,
	"abs":  math.Abs,
}

func Eval(expr string) (float64, error) {
	var st Stack
	for i, tok := range strings.Fields(expr) {
		if f, ok := binary[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, err)
			}
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, err)
			}
			r, err := f(a, b)
			if err != nil {
				return 0, err
			}
			st.Push(r)
			continue
		}
		if f, ok := unary[tok]; ok {
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("function %s: %w", tok, err)
			}
			st.Push(f(a))
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, &SyntaxError{Token: tok, Pos: i}
		}
		st.Push(v)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, found %d", len(st))
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 10 ^",
		"9 sqrt 2 *",
		"1 0 /",
		"4 neg abs 0.5 *",
		"1 +",
		"1 2 3",
		"7 x *",
		"22 7 /",
		"1e3 2.5e-1 *",
	}
	for _, e := range exprs {
		v, err := Eval(e)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Printf("%-20q = %g\n", e, v)
		case errors.Is(err, ErrStackUnderflow):
			fmt.Printf("%-20q underflow: %v\n", e, err)
		case errors.As(err, &se):
			fmt.Printf("%-20q syntax: %v (token %d)\n", e, se, se.Pos)
		default:
			fmt.Printf("%-20q error: %v\n", e, err)
		}
	}
}
