package main

import (
	"errors"
	"fmt"
)

type Env map[string]float64

type Expr interface {
	Eval(env Env) (float64, error)
}

type Num float64
type Var string
type Neg struct{ X Expr }
type Bin struct {
	Op   byte
	L, R Expr
}

var (
	ErrDivZero = errors.New("division by zero")
	ErrUnbound = errors.New("unbound variable")
)

type EvalError struct {
	Expr Expr
	Err  error
}

func (e *EvalError) Error() string { return fmt.Sprintf("in %v: %v", e.Expr, e.Err) }
func (e *EvalError) Unwrap() error { return e.Err }

func (n Num) Eval(Env) (float64, error) { return float64(n), nil }

func (v Var) Eval(env Env) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("%w: %q", ErrUnbound, string(v))
	}
	return x, nil
}

func (n Neg) Eval(env Env) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return fmt.Sprintf("-%v", n.X) }

func (b Bin) Eval(env Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, &EvalError{Expr: b, Err: ErrDivZero}
		}
		return l / r, nil
	}
	return 0, &EvalError{b, fmt.Errorf("unknown operator %q", b.Op)}
}
func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func main() {
	env := Env{"x": 3, "y": 0.5, "zero": 0}
	exprs := []Expr{
		Bin{'+', Num(1), Bin{'*', Var("x"), Num(4)}},
		Bin{'/', Num(10), Bin{'-', Var("x"), Num(3)}},
		Neg{Bin{'/', Var("x"), Var("y")}},
		Bin{'*', Var("w"), Num(2)},
		Bin{'%', Num(7), Num(2)},
		Bin{'/', Num(1), Neg{Var("zero")}},
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		var ee *EvalError
		switch {
		case errors.Is(err, ErrDivZero) && errors.As(err, &ee):
			fmt.Printf("%-22v => div by zero at %v (%T)\n", e, ee.Expr, ee.Expr)
		case err != nil:
			fmt.Printf("%-22v => error: %v (unbound=%t)\n", e, err, errors.Is(err, ErrUnbound))
		default:
			fmt.Printf("%-22v => %g\n", e, v)
		}
	}
	fmt.Printf("%+v | %v | %T %q\n", exprs[0], exprs[2], Var("x"), Var("x"))
}
