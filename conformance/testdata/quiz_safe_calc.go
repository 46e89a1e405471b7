package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Op func(a, b int) int

var ops = map[string]Op{
	"+": func(a, b int) int { return a + b },
	"-": func(a, b int) int { return a - b },
	"*": func(a, b int) int { return a * b },
	"/": func(a, b int) int { return a / b },
	"%": func(a, b int) int { return a % b },
}

// safeApply turns runtime panics into ordinary errors.
func safeApply(sym string, a, b int) (result int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var re runtime.Error
		if e, ok := r.(error); ok && errors.As(e, &re) {
			err = fmt.Errorf("%d %s %d: runtime error caught: %w", a, sym, b, re)
			return
		}
		err = fmt.Errorf("%d %s %d: panic: %v", a, sym, b, r)
	}()
	op, ok := ops[sym]
	if !ok {
		panic(fmt.Sprintf("unknown operator %q", sym))
	}
	return op(a, b), nil
}

func nth(xs []string, i int) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("nth(%d): %v", i, r)
		}
	}()
	return xs[i], nil
}

type trace struct {
	depth int
	log   []string
}

func (t *trace) enter(name string) func() {
	t.log = append(t.log, strings.Repeat("  ", t.depth)+"enter "+name)
	t.depth++
	return func() {
		t.depth--
		t.log = append(t.log, strings.Repeat("  ", t.depth)+"leave "+name)
	}
}

func main() {
	cases := []struct {
		op   string
		a, b int
	}{
		{"+", 7, 5}, {"/", 20, 3}, {"%", 20, 3}, {"/", 1, 0}, {"%", 5, 0}, {"^", 2, 8},
	}
	for _, c := range cases {
		r, err := safeApply(c.op, c.a, c.b)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("%d %s %d = %d\n", c.a, c.op, c.b, r)
	}

	days := []string{"mon", "tue", "wed"}
	for _, i := range []int{1, 3, -1} {
		s, err := nth(days, i)
		fmt.Printf("nth %2d -> %q err=%v\n", i, s, err)
	}

	t := &trace{}
	func() {
		defer t.enter("outer")()
		for i := range 2 {
			func() {
				defer t.enter(fmt.Sprintf("inner#%d", i))()
			}()
		}
	}()
	fmt.Println(strings.Join(t.log, "\n"))

	fmt.Print("deferred order:")
	func() {
		for i := range 4 {
			defer fmt.Print(" ", i)
		}
	}()
	fmt.Println()
}
