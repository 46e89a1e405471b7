package main

import (
	"fmt"
	"math"
	"strings"
)

type Expr interface {
	Accept(v Visitor) any
}

type Num struct{ Value float64 }
type Var struct{ Name string }
type BinOp struct {
	Op          byte
	Left, Right Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

type Visitor interface {
	VisitNum(Num) any
	VisitVar(Var) any
	VisitBinOp(BinOp) any
	VisitCall(Call) any
}

func (n Num) Accept(v Visitor) any   { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) any   { return v.VisitVar(x) }
func (b BinOp) Accept(v Visitor) any { return v.VisitBinOp(b) }
func (c Call) Accept(v Visitor) any  { return v.VisitCall(c) }

// Printer renders fully parenthesised infix.
type Printer struct{}

func (Printer) VisitNum(n Num) any { return fmt.Sprint(n.Value) }
func (Printer) VisitVar(x Var) any { return x.Name }
func (p Printer) VisitBinOp(b BinOp) any {
	return "(" + b.Left.Accept(p).(string) + " " + string(b.Op) + " " + b.Right.Accept(p).(string) + ")"
}
func (p Printer) VisitCall(c Call) any {
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.Accept(p).(string)
	}
	return c.Fn + "(" + strings.Join(args, ", ") + ")"
}

// Evaluator computes a value using an environment.
type Evaluator struct{ Env map[string]float64 }

func (e Evaluator) VisitNum(n Num) any { return n.Value }
func (e Evaluator) VisitVar(x Var) any { return e.Env[x.Name] }
func (e Evaluator) VisitBinOp(b BinOp) any {
	l, r := b.Left.Accept(e).(float64), b.Right.Accept(e).(float64)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	return math.NaN()
}
func (e Evaluator) VisitCall(c Call) any {
	vals := make([]float64, len(c.Args))
	for i, a := range c.Args {
		vals[i] = a.Accept(e).(float64)
	}
	switch c.Fn {
	case "max":
		return max(vals[0], vals[1])
	case "sqrt":
		return math.Sqrt(vals[0])
	}
	return math.NaN()
}

// Stats counts nodes by kind; it uses a pointer receiver to accumulate.
type Stats struct {
	Nums, Vars, Ops, Calls int
	Depth, maxDepth        int
}

func (s *Stats) enter() { s.Depth++; s.maxDepth = max(s.maxDepth, s.Depth) }
func (s *Stats) leave() { s.Depth-- }

func (s *Stats) VisitNum(Num) any { s.Nums++; s.enter(); s.leave(); return nil }
func (s *Stats) VisitVar(Var) any { s.Vars++; s.enter(); s.leave(); return nil }
func (s *Stats) VisitBinOp(b BinOp) any {
	s.Ops++
	s.enter()
	b.Left.Accept(s)
	b.Right.Accept(s)
	s.leave()
	return nil
}
func (s *Stats) VisitCall(c Call) any {
	s.Calls++
	s.enter()
	for _, a := range c.Args {
		a.Accept(s)
	}
	s.leave()
	return nil
}

func main() {
	exprs := []Expr{
		Num{42},
		BinOp{'+', Num{1}, BinOp{'*', Num{2}, Num{3}}},
		BinOp{'/', BinOp{'-', Var{"x"}, Num{1}}, Var{"y"}},
		Call{"sqrt", []Expr{BinOp{'+', BinOp{'*', Var{"x"}, Var{"x"}}, BinOp{'*', Var{"y"}, Var{"y"}}}}},
		Call{"max", []Expr{Var{"x"}, BinOp{'*', Num{0.5}, Var{"z"}}}},
		BinOp{'/', Num{1}, BinOp{'-', Var{"y"}, Num{4}}},
	}
	env := map[string]float64{"x": 3, "y": 4, "z": 10}
	for i, e := range exprs {
		src := e.Accept(Printer{}).(string)
		val := e.Accept(Evaluator{env}).(float64)
		st := &Stats{}
		e.Accept(st)
		fmt.Printf("%d. %-38s = %-6g nums=%d vars=%d ops=%d calls=%d depth=%d\n",
			i+1, src, val, st.Nums, st.Vars, st.Ops, st.Calls, st.maxDepth)
	}
	fmt.Printf("%+v\n", exprs[2])
}
