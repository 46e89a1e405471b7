package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type Calc struct {
	stack []float64
	vars  map[string]float64
}

type opFunc func(a, b float64) (float64, error)

var ops = map[string]opFunc{
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

func (c *Calc) pop() (float64, error) {
	if len(c.stack) == 0 {
		return 0, ErrStack
	}
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v, nil
}

func (c *Calc) Eval(line string) (string, error) {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "", nil
	}
	switch fields[0] {
	case "clear":
		c.stack = c.stack[:0]
		return "cleared", nil
	case "stack":
		return fmt.Sprint(c.stack), nil
	case "let":
		if len(fields) != 3 {
			return "", errors.New("usage: let NAME VALUE")
		}
		v, err := strconv.ParseFloat(fields[2], 64)
		if err != nil {
			return "", fmt.Errorf("let: %w", err)
		}
		c.vars[fields[1]] = v
		return fmt.Sprintf("%s = %g", fields[1], v), nil
	}
	saved := append([]float64(nil), c.stack...)
	for _, tok := range fields {
		if op, ok := ops[tok]; ok {
			b, err1 := c.pop()
			a, err2 := c.pop()
			if err := errors.Join(err1, err2); err != nil {
				c.stack = saved
				return "", fmt.Errorf("operator %s: %w", tok, ErrStack)
			}
			r, err := op(a, b)
			if err != nil {
				c.stack = saved
				return "", fmt.Errorf("operator %s: %w", tok, err)
			}
			c.stack = append(c.stack, r)
		} else if v, ok := c.vars[tok]; ok {
			c.stack = append(c.stack, v)
		} else if v, err := strconv.ParseFloat(tok, 64); err == nil {
			c.stack = append(c.stack, v)
		} else {
			c.stack = saved
			return "", fmt.Errorf("unknown token %q", tok)
		}
	}
	if len(c.stack) == 0 {
		return "", nil
	}
	return strconv.FormatFloat(c.stack[len(c.stack)-1], 'g', 10, 64), nil
}

func main() {
	c := &Calc{vars: map[string]float64{"pi": 3.14159}}
	script := []string{
		"1 2 +",
		"4 *",
		"stack",
		"let r 2.5",
		"r r * pi *",
		"clear",
		"10 0 /",
		"3 +",
		"7 foo",
		"",
		"let x",
		"let y 1e3",
		"y 8 / 2 -",
		"stack",
	}
	errCount := 0
	for i, line := range script {
		fmt.Printf("calc[%d]> %s\n", i+1, line)
		out, err := c.Eval(line)
		if err != nil {
			errCount++
			if errors.Is(err, ErrStack) {
				fmt.Println("  stack error:", err)
			} else {
				fmt.Println("  error:", err)
			}
			continue
		}
		if out != "" {
			fmt.Println(" ", out)
		}
	}
	fmt.Printf("session ended: %d lines, %d errors\n", len(script), errCount)
}
