package main

import (
	"errors"
	"fmt"
	"strings"
)

type Expr interface{}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func eval(e Expr, env map[Var]float64) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		v, ok := env[e]
		if !ok {
			return 0, fmt.Errorf("undefined: %s", e)
		}
		return v, nil
	case Neg:
		v, err := eval(e.X, env)
		return -v, err
	case *Bin:
		l, err1 := eval(e.L, env)
		r, err2 := eval(e.R, env)
		if err := errors.Join(err1, err2); err != nil {
			return 0, err
		}
		switch e.Op {
		case '+', '*':
			return map[byte]float64{'+': l + r, '*': l * r}[e.Op], nil
		case '/':
			if r == 0 {
				return 0, fmt.Errorf("divide by zero in %s", show(e))
			}
			return l / r, nil
		}
		return 0, fmt.Errorf("bad op %q", e.Op)
	}
	return 0, fmt.Errorf("unknown node %T", e)
}

func show(e Expr) string {
	switch e := e.(type) {
	case *Bin:
		return "(" + show(e.L) + " " + string(e.Op) + " " + show(e.R) + ")"
	case Neg:
		return "-" + show(e.X)
	default:
		return strings.TrimSpace(fmt.Sprint(e))
	}
}

func main() {
	env := map[Var]float64{"x": 3, "y": 4}
	exprs := []Expr{
		&Bin{'+', Num(1), &Bin{'*', Var("x"), Var("y")}},
		Neg{&Bin{'/', Var("y"), Num(0)}},
		&Bin{'-', Num(1), Num(2)},
		Var("z"), "str",
	}
	for _, e := range exprs {
		v, err := eval(e, env)
		fmt.Printf("%-18s = %v, %v\n", show(e), v, err)
	}
}
