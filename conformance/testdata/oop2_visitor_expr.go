package main

import (
	"fmt"
	"sort"
	"strings"
)

type Visitor interface {
	VisitNum(n *Num)
	VisitVar(v *Var)
	VisitBin(b *Bin)
	VisitNeg(n *Neg)
}

type Expr interface{ Accept(v Visitor) }

type Num struct{ Val float64 }
type Var struct{ Name string }
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n *Num) Accept(v Visitor) { v.VisitNum(n) }
func (x *Var) Accept(v Visitor) { v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) { v.VisitBin(b) }
func (n *Neg) Accept(v Visitor) { v.VisitNeg(n) }

type Printer struct{ sb strings.Builder }

func (p *Printer) VisitNum(n *Num) { fmt.Fprintf(&p.sb, "%g", n.Val) }
func (p *Printer) VisitVar(v *Var) { p.sb.WriteString(v.Name) }
func (p *Printer) VisitNeg(n *Neg) { p.sb.WriteString("-"); n.X.Accept(p) }
func (p *Printer) VisitBin(b *Bin) {
	p.sb.WriteByte('(')
	b.L.Accept(p)
	fmt.Fprintf(&p.sb, " %c ", b.Op)
	b.R.Accept(p)
	p.sb.WriteByte(')')
}

type Evaluator struct {
	env   map[string]float64
	stack []float64
	err   error
}

func (e *Evaluator) push(f float64) { e.stack = append(e.stack, f) }
func (e *Evaluator) pop() float64 {
	f := e.stack[len(e.stack)-1]
	e.stack = e.stack[:len(e.stack)-1]
	return f
}
func (e *Evaluator) VisitNum(n *Num) { e.push(n.Val) }
func (e *Evaluator) VisitVar(v *Var) {
	val, ok := e.env[v.Name]
	if !ok && e.err == nil {
		e.err = fmt.Errorf("unbound variable %s", v.Name)
	}
	e.push(val)
}
func (e *Evaluator) VisitNeg(n *Neg) { n.X.Accept(e); e.push(-e.pop()) }
func (e *Evaluator) VisitBin(b *Bin) {
	b.L.Accept(e)
	b.R.Accept(e)
	r, l := e.pop(), e.pop()
	switch b.Op {
	case '+':
		e.push(l + r)
	case '-':
		e.push(l - r)
	case '*':
		e.push(l * r)
	case '/':
		if r == 0 && e.err == nil {
			e.err = fmt.Errorf("division by zero")
		}
		e.push(l / r)
	}
}

type VarCollector struct{ seen map[string]int }

func (c *VarCollector) VisitNum(*Num)   {}
func (c *VarCollector) VisitVar(v *Var) { c.seen[v.Name]++ }
func (c *VarCollector) VisitNeg(n *Neg) { n.X.Accept(c) }
func (c *VarCollector) VisitBin(b *Bin) { b.L.Accept(c); b.R.Accept(c) }

func (c *VarCollector) Names() []string {
	out := make([]string, 0, len(c.seen))
	for k, n := range c.seen {
		out = append(out, fmt.Sprintf("%s×%d", k, n))
	}
	sort.Strings(out)
	return out
}

func main() {
	exprs := []Expr{
		&Bin{'+', &Num{1}, &Bin{'*', &Num{2}, &Num{3}}},
		&Bin{'*', &Var{"x"}, &Bin{'+', &Var{"x"}, &Var{"y"}}},
		&Neg{&Bin{'/', &Var{"y"}, &Bin{'-', &Var{"x"}, &Num{4}}}},
		&Bin{'+', &Var{"z"}, &Num{0.5}},
	}
	env := map[string]float64{"x": 4, "y": 2.5}
	for i, ex := range exprs {
		p := &Printer{}
		ex.Accept(p)
		ev := &Evaluator{env: env}
		ex.Accept(ev)
		vc := &VarCollector{seen: map[string]int{}}
		ex.Accept(vc)
		fmt.Printf("#%d %s\n", i, p.sb.String())
		if ev.err != nil {
			fmt.Printf("   error: %v\n", ev.err)
		} else {
			fmt.Printf("   value: %g\n", ev.pop())
		}
		fmt.Printf("   vars: %v\n", vc.Names())
	}
}
