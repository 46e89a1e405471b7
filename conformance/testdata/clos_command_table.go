package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ items []float64 }

func (s *Stack) Push(v float64) { s.items = append(s.items, v) }

func (s *Stack) Pop() (float64, error) {
	if len(s.items) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

type Calc struct {
	stack Stack
	ops   map[string]func() error
	vars  map[string]float64
}

func NewCalc() *Calc {
	c := &Calc{vars: map[string]float64{}}
	c.ops = map[string]func() error{}

	binary := map[string]func(a, b float64) (float64, error){
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"-": func(a, b float64) (float64, error) { return a - b, nil },
		"*": func(a, b float64) (float64, error) { return a * b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		},
	}
	for sym, f := range binary {
		c.ops[sym] = func() error {
			b, err := c.stack.Pop()
			if err != nil {
				return err
			}
			a, err := c.stack.Pop()
			if err != nil {
				return err
			}
			r, err := f(a, b)
			if err != nil {
				return fmt.Errorf("%g %s %g: %w", a, sym, b, err)
			}
			c.stack.Push(r)
			return nil
		}
	}
	c.ops["dup"] = func() error {
		v, err := c.stack.Pop()
		if err != nil {
			return err
		}
		c.stack.Push(v)
		c.stack.Push(v)
		return nil
	}
	return c
}

func (c *Calc) Eval(line string) (float64, error) {
	c.stack.items = c.stack.items[:0]
	for _, tok := range strings.Fields(line) {
		if op, ok := c.ops[tok]; ok {
			if err := op(); err != nil {
				return 0, err
			}
			continue
		}
		if name, found := strings.CutPrefix(tok, "="); found {
			v, err := c.stack.Pop()
			if err != nil {
				return 0, err
			}
			c.vars[name] = v
			c.stack.Push(v)
			continue
		}
		if v, ok := c.vars[tok]; ok {
			c.stack.Push(v)
			continue
		}
		n, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("unknown token %q", tok)
		}
		c.stack.Push(n)
	}
	if len(c.stack.items) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, have %d", len(c.stack.items))
	}
	return c.stack.items[0], nil
}

func main() {
	c := NewCalc()
	lines := []string{
		"3 4 +",
		"2 3 4 * +",
		"10 =x",
		"x dup * =sq",
		"sq x / 1 -",
		"5 0 /",
		"1 +",
		"2 pi *",
		"1 2 3",
	}
	for _, l := range lines {
		v, err := c.Eval(l)
		if err != nil {
			fmt.Printf("%-14s error: %v\n", l, err)
			continue
		}
		fmt.Printf("%-14s = %g\n", l, v)
	}
}
