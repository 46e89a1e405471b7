// AST node types as an interface, evaluated and printed via type switches.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Expr interface{ isExpr() }

type (
	Num   float64
	Var   string
	Unary struct {
		Op byte
		X  Expr
	}
	Binary struct {
		Op   byte
		L, R Expr
	}
	Call struct {
		Fn   string
		Args []Expr
	}
)

func (Num) isExpr()    {}
func (Var) isExpr()    {}
func (Unary) isExpr()  {}
func (Binary) isExpr() {}
func (Call) isExpr()   {}

func show(e Expr) string {
	switch n := e.(type) {
	case Num:
		return fmt.Sprint(float64(n))
	case Var:
		return string(n)
	case Unary:
		return fmt.Sprintf("%c%s", n.Op, show(n.X))
	case Binary:
		return "(" + show(n.L) + " " + string(n.Op) + " " + show(n.R) + ")"
	case Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = show(a)
		}
		return n.Fn + "(" + strings.Join(parts, ", ") + ")"
	default:
		return fmt.Sprintf("<unknown %T>", e)
	}
}

func eval(e Expr, vars map[string]float64) float64 {
	switch n := e.(type) {
	case Num:
		return float64(n)
	case Var:
		return vars[string(n)]
	case Unary:
		return -eval(n.X, vars)
	case Binary:
		l, r := eval(n.L, vars), eval(n.R, vars)
		results := map[byte]float64{'+': l + r, '-': l - r, '*': l * r, '/': l / r}
		if v, ok := results[n.Op]; ok {
			return v
		}
	case Call: // the only built-in function is max
		m := math.Inf(-1)
		for _, a := range n.Args {
			m = max(m, eval(a, vars))
		}
		return m
	}
	panic(fmt.Sprintf("cannot evaluate %#v", e))
}

func countNodes(e Expr) map[string]int {
	counts := map[string]int{}
	var walk func(Expr)
	walk = func(e Expr) {
		counts[fmt.Sprintf("%T", e)]++
		switch n := e.(type) {
		case Unary:
			walk(n.X)
		case Binary:
			walk(n.L)
			walk(n.R)
		case Call:
			for _, a := range n.Args {
				walk(a)
			}
		}
	}
	walk(e)
	return counts
}

func main() {
	vars := map[string]float64{"x": 3, "y": 4}
	trees := []Expr{
		Num(42),
		Binary{'+', Var("x"), Num(1)},
		Binary{'*', Unary{'-', Var("y")}, Binary{'-', Var("x"), Num(0.5)}},
		Call{"max", []Expr{Var("x"), Var("y"), Num(2)}},
		Binary{'/', Call{"max", []Expr{Binary{'+', Var("x"), Var("y")}, Num(1)}}, Num(7)},
	}
	for i, t := range trees {
		fmt.Printf("#%d %-28s = %.4g\n", i, show(t), eval(t, vars))
		fmt.Printf("   root %-12T nodes %v\n", t, countNodes(t)) // maps print sorted by key
	}
	fmt.Printf("%#v\n", trees[1])
	fmt.Printf("%+v\n", trees[2])
}
