package main

import (
	"fmt"
	"slices"
	"strings"
)

type binop func(a, b float64) (float64, error)

type Calculator struct {
	ops map[string]binop
}

func NewCalculator() *Calculator {
	c := &Calculator{ops: map[string]binop{
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"-": func(a, b float64) (float64, error) { return a - b, nil },
		"*": func(a, b float64) (float64, error) { return a * b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			return a / b, nil
		},
	}}
	return c
}

func (c *Calculator) Register(sym string, f binop) { c.ops[sym] = f }

func (c *Calculator) Eval(a float64, sym string, b float64) string {
	op, ok := c.ops[sym]
	if !ok {
		return fmt.Sprintf("%g %s %g: unknown operator", a, sym, b)
	}
	r, err := op(a, b)
	if err != nil {
		return fmt.Sprintf("%g %s %g: error: %v", a, sym, b, err)
	}
	return fmt.Sprintf("%g %s %g = %g", a, sym, b, r)
}

func main() {
	c := NewCalculator()
	c.Register("max", func(a, b float64) (float64, error) { return max(a, b), nil })
	fmt.Println(c.Eval(6, "+", 7))
	fmt.Println(c.Eval(6, "-", 7))
	fmt.Println(c.Eval(6, "*", 7))
	fmt.Println(c.Eval(6, "/", 4))
	fmt.Println(c.Eval(6, "/", 0))
	fmt.Println(c.Eval(6, "max", 9))
	fmt.Println(c.Eval(6, "%", 4))

	syms := make([]string, 0, len(c.ops))
	for k := range c.ops {
		syms = append(syms, k)
	}
	slices.Sort(syms)
	fmt.Println("operators:", syms)

	// map of string transformers, applied in sorted key order
	transforms := map[string]func(string) string{
		"upper":   strings.ToUpper,
		"title":   func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"reverse": reverse,
		"repeat":  func(s string) string { return strings.Repeat(s, 2) },
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range transforms {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%-8s %q\n", k, transforms[k]("gopher"))
	}

	// nil function value in a map
	handlers := map[string]func(){"ping": func() { fmt.Println("pong") }}
	for _, name := range []string{"ping", "missing"} {
		if h := handlers[name]; h != nil {
			h()
		} else {
			fmt.Println("no handler for", name)
		}
	}
}

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}
