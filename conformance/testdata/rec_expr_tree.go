package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

type Expr interface{ String() string }

type (
	Num float64
	Var string
	Neg struct{ X Expr }
	Bin struct {
		Op   byte
		L, R Expr
	}
)

func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string { return string(v) }
func (n Neg) String() string { return "-" + n.X.String() }
func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var errDivZero = errors.New("division by zero")

func eval(e Expr, env map[string]float64) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		v, ok := env[string(e)]
		if !ok {
			return 0, fmt.Errorf("unbound variable %q", string(e))
		}
		return v, nil
	case Neg:
		x, err := eval(e.X, env)
		return -x, err
	case Bin:
		l, err := eval(e.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(e.R, env)
		if err != nil {
			return 0, err
		}
		switch e.Op {
		case '+':
			return l + r, nil
		case '-':
			return l - r, nil
		case '*':
			return l * r, nil
		case '/':
			if r == 0 {
				return 0, errDivZero
			}
			return l / r, nil
		}
	}
	return 0, fmt.Errorf("unknown node %T", e)
}

// simplify folds constants and removes identities bottom-up.
func simplify(e Expr) Expr {
	switch e := e.(type) {
	case Neg:
		switch x := simplify(e.X).(type) {
		case Num:
			return -x
		case Neg:
			return x.X
		default:
			return Neg{x}
		}
	case Bin:
		l, r := simplify(e.L), simplify(e.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok && !(e.Op == '/' && rn == 0) {
			v, _ := eval(Bin{e.Op, l, r}, nil)
			return Num(v)
		}
		switch {
		case e.Op == '+' && lok && ln == 0, e.Op == '*' && lok && ln == 1:
			return r
		case (e.Op == '+' || e.Op == '-') && rok && rn == 0, (e.Op == '*' || e.Op == '/') && rok && rn == 1:
			return l
		case e.Op == '*' && ((lok && ln == 0) || (rok && rn == 0)):
			return Num(0)
		}
		return Bin{e.Op, l, r}
	}
	return e
}

func freeVars(e Expr, seen map[string]bool) {
	switch e := e.(type) {
	case Var:
		seen[string(e)] = true
	case Neg:
		freeVars(e.X, seen)
	case Bin:
		freeVars(e.L, seen)
		freeVars(e.R, seen)
	}
}

func main() {
	x, y := Var("x"), Var("y")
	exprs := []Expr{
		Bin{'+', Num(0), Bin{'*', Num(1), x}},
		Bin{'*', Bin{'+', Num(2), Num(3)}, Bin{'-', y, Num(0)}},
		Neg{Neg{Bin{'/', x, Num(1)}}},
		Bin{'*', Bin{'-', x, y}, Num(0)},
		Bin{'/', Bin{'+', x, Num(1)}, Bin{'-', y, Num(2)}},
		Bin{'+', Var("z"), Neg{Num(4)}},
	}
	env := map[string]float64{"x": 3, "y": 2}
	for i, e := range exprs {
		s := simplify(e)
		seen := map[string]bool{}
		freeVars(e, seen)
		fmt.Printf("#%d %v\n   simplified: %v (%T)\n", i, e, s, s)
		v, err := eval(s, env)
		fmt.Printf("   vars=%v value=%v err=%v\n", slices.Sorted(maps.Keys(seen)), v, err)
	}
}
