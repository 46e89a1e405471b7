package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Stack panics on underflow, like indexing past the end of a slice would.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		var zero T
		panic(fmt.Sprintf("Pop from empty %T", zero))
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) Len() int { return len(s.items) }

// EvalRPN evaluates a reverse-Polish expression.
func EvalRPN(expr string) int {
	var st Stack[int]
	for tok := range strings.FieldsSeq(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := st.Pop(), st.Pop()
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
			n, err := strconv.Atoi(tok)
			if err != nil {
				panic(err)
			}
			st.Push(n)
		}
	}
	return st.Pop()
}

func safeEval(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", expr, r)
		}
	}()
	return EvalRPN(expr), nil
}

func main() {
	exprs := []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +",
		"10 2 /",
		"1 +",
		"7 x *",
	}
	for _, e := range exprs {
		v, err := safeEval(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-20s = %d\n", e, v)
	}

	var names Stack[string]
	for _, n := range []string{"first", "second"} {
		names.Push(n)
	}
	for i := range 3 {
		fmt.Printf("pop %d: %s (left %d)\n", i, names.Pop(), names.Len())
	}
	fmt.Println("unreachable")
}
