package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const script = `3 4 + 5 *
x = 6 7 *
x 2 / 1.5 -
10 0 /
+
2 sqrt
1 2 3
x x * 100 -`

var ErrStackUnderflow = errors.New("stack underflow")

type UnknownTokenError struct {
	Line  int
	Token string
}

func (e *UnknownTokenError) Error() string {
	return fmt.Sprintf("line %d: bad token %q", e.Line, e.Token)
}

type Stack []float64

func (s *Stack) Pop2() (a, b float64, err error) {
	n := len(*s)
	if n < 2 {
		return 0, 0, ErrStackUnderflow
	}
	a, b = (*s)[n-2], (*s)[n-1]
	*s = (*s)[:n-2]
	return a, b, nil
}

var ops = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
}

func eval(line int, expr string, vars map[string]float64) (float64, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			a, b, err := st.Pop2()
			if err != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, err)
			}
			if b == 0 && tok == "/" {
				return 0, errors.New("division by zero")
			}
			st = append(st, op(a, b))
		} else if v, err := strconv.ParseFloat(tok, 64); err == nil {
			st = append(st, v)
		} else if v, ok := vars[tok]; ok {
			st = append(st, v)
		} else {
			return 0, &UnknownTokenError{line, tok}
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 result, stack is %v", st)
	}
	return st[0], nil
}

func main() {
	vars := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(script))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		name, expr, isAssign := strings.Cut(line, " = ")
		if !isAssign {
			name, expr = "", line
		}
		v, err := eval(n, expr, vars)
		var ut *UnknownTokenError
		switch {
		case errors.As(err, &ut):
			fmt.Printf("> %-14s ?? %v (token=%s)\n", line, err, ut.Token)
		case err != nil:
			fmt.Printf("> %-14s error: %v (underflow=%t)\n", line, err, errors.Is(err, ErrStackUnderflow))
		case isAssign:
			vars[name] = v
			fmt.Printf("> %-14s %s := %g\n", line, name, v)
		default:
			fmt.Printf("> %-14s %g\n", line, v)
		}
	}
	fmt.Println("vars:", vars)
}
