package main

import (
	"fmt"
	"math"
	"strconv"
)

type Expr interface{ String() string }

type (
	Const float64
	X     struct{}
	Add   struct{ L, R Expr }
	Mul   struct{ L, R Expr }
	Pow   struct {
		Base Expr
		N    float64
	}
	Func struct {
		Name string
		Arg  Expr
	}
)

func (c Const) String() string { return strconv.FormatFloat(float64(c), 'g', -1, 64) }
func (X) String() string       { return "x" }
func (a Add) String() string   { return a.L.String() + " + " + a.R.String() }
func (f Func) String() string  { return f.Name + "(" + f.Arg.String() + ")" }
func (p Pow) String() string   { return wrap(p.Base) + "^" + Const(p.N).String() }

func (m Mul) String() string {
	if c, ok := m.L.(Const); ok && c == -1 {
		return "-" + wrap(m.R)
	}
	return wrap(m.L) + "*" + wrap(m.R)
}

func wrap(e Expr) string {
	if _, ok := e.(Add); ok {
		return "(" + e.String() + ")"
	}
	return e.String()
}

// Smart constructors keep results readable by folding trivial cases.
func add(a, b Expr) Expr {
	ac, aok := a.(Const)
	switch bc, bok := b.(Const); {
	case aok && bok:
		return ac + bc
	case aok && ac == 0:
		return b
	case bok && bc == 0:
		return a
	}
	return Add{a, b}
}

func mul(a, b Expr) Expr {
	if _, ok := b.(Const); ok {
		a, b = b, a
	}
	ac, aok := a.(Const)
	switch bc, bok := b.(Const); {
	case aok && bok:
		return ac * bc
	case aok && ac == 0:
		return Const(0)
	case aok && ac == 1:
		return b
	}
	if inner, ok := b.(Mul); ok && aok {
		if ic, ok := inner.L.(Const); ok {
			return mul(ac*ic, inner.R)
		}
	}
	return Mul{a, b}
}

func pow(b Expr, n float64) Expr {
	switch n {
	case 0:
		return Const(1)
	case 1:
		return b
	}
	return Pow{b, n}
}

func deriv(e Expr) Expr {
	switch e := e.(type) {
	case Const:
		return Const(0)
	case X:
		return Const(1)
	case Add:
		return add(deriv(e.L), deriv(e.R))
	case Mul:
		return add(mul(deriv(e.L), e.R), mul(e.L, deriv(e.R)))
	case Pow:
		return mul(mul(Const(e.N), pow(e.Base, e.N-1)), deriv(e.Base))
	case Func:
		outer := map[string]Expr{
			"sin": Func{"cos", e.Arg},
			"cos": mul(Const(-1), Func{"sin", e.Arg}),
			"ln":  pow(e.Arg, -1),
		}[e.Name]
		return mul(outer, deriv(e.Arg))
	}
	panic(fmt.Sprintf("deriv: unexpected %T", e))
}

func eval(e Expr, x float64) float64 {
	switch e := e.(type) {
	case Const:
		return float64(e)
	case X:
		return x
	case Add:
		return eval(e.L, x) + eval(e.R, x)
	case Mul:
		return eval(e.L, x) * eval(e.R, x)
	case Pow:
		return math.Pow(eval(e.Base, x), e.N)
	case Func:
		fns := map[string]func(float64) float64{"sin": math.Sin, "cos": math.Cos, "ln": math.Log}
		return fns[e.Name](eval(e.Arg, x))
	}
	panic(fmt.Sprintf("eval: unexpected %T", e))
}

func main() {
	x := X{}
	for _, f := range []Expr{
		add(pow(x, 3), mul(Const(2), x)),
		Func{"sin", pow(x, 2)},
		mul(Func{"ln", x}, x),
		add(Func{"cos", mul(Const(3), x)}, pow(x, -1)),
		pow(add(x, Const(1)), 2),
	} {
		d := deriv(f)
		fmt.Printf("d/dx %v = %v\n    at x=2: f=%.4f f'=%.4f\n", f, d, eval(f, 2), eval(d, 2))
	}
	var e Expr = pow(x, 4)
	for i := 1; i <= 5; i++ {
		e = deriv(e)
		fmt.Printf("d^%d/dx^%d x^4 = %v\n", i, i, e)
	}
}
