// Section 7.9 and Exercises 7.13-7.14: an expression evaluator with String.
package main

import (
	"fmt"
	"math"
	"strings"
)

type (
	Var     string
	literal float64
	binary  struct {
		op   rune
		x, y Expr
	}
	call struct {
		fn   string
		args []Expr
	}
	Env map[Var]float64
)

type Expr interface {
	Eval(env Env) float64
	String() string
}

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (v Var) String() string         { return string(v) }
func (l literal) String() string     { return fmt.Sprintf("%g", float64(l)) }
func (b binary) String() string      { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }

func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}

func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = a.String()
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}

func safeEval(e Expr, env Env) (v float64, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("eval %s: %v", e, p)
		}
	}()
	return e.Eval(env), nil
}

func main() {
	tests := []struct {
		expr Expr
		env  Env
	}{
		{call{"sqrt", []Expr{literal(2)}}, Env{}},
		{call{"pow", []Expr{Var("x"), literal(3)}}, Env{"x": 12}},
		{binary{'+', call{"pow", []Expr{Var("x"), literal(3)}}, call{"pow", []Expr{Var("y"), literal(3)}}}, Env{"x": 9, "y": 10}},
		{binary{'/', literal(5), binary{'-', Var("F"), literal(32)}}, Env{"F": 212}},
		{binary{'*', Var("a"), binary{'-', literal(0), Var("missing")}}, Env{"a": 3}},
		{binary{'%', literal(7), literal(2)}, Env{}},
		{call{"log", []Expr{literal(1)}}, Env{}},
	}
	for _, t := range tests {
		if v, err := safeEval(t.expr, t.env); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("%-40s = %.6g\n", t.expr, v)
		}
	}
}
