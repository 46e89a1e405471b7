package main

import "fmt"

type Expr interface {
	Accept(v Visitor) any
}

type Num struct{ Value float64 }
type Var struct{ Name string }
type BinOp struct {
	Op          byte
	Left, Right Expr
}

// Visitor uses double dispatch: each node calls the matching method.
type Visitor interface {
	VisitNum(n Num) any
	VisitVar(v Var) any
	VisitBinOp(b BinOp) any
}

func (n Num) Accept(v Visitor) any   { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) any   { return v.VisitVar(x) }
func (b BinOp) Accept(v Visitor) any { return v.VisitBinOp(b) }

type Printer struct{}

func (Printer) VisitNum(n Num) any { return fmt.Sprint(n.Value) }
func (Printer) VisitVar(v Var) any { return v.Name }
func (p Printer) VisitBinOp(b BinOp) any {
	return fmt.Sprintf("(%s %c %s)", b.Left.Accept(p), b.Op, b.Right.Accept(p))
}

type Evaluator struct{ Env map[string]float64 }

func (e Evaluator) VisitNum(n Num) any { return n.Value }
func (e Evaluator) VisitVar(v Var) any { return e.Env[v.Name] }
func (e Evaluator) VisitBinOp(b BinOp) any {
	l, r := b.Left.Accept(e).(float64), b.Right.Accept(e).(float64)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	default:
		return l / r
	}
}

// CountNodes uses a type switch instead of double dispatch.
func CountNodes(e Expr) map[string]int {
	counts := map[string]int{}
	var walk func(Expr)
	walk = func(e Expr) {
		switch n := e.(type) {
		case Num:
			counts["num"]++
		case Var:
			counts["var:"+n.Name]++
		case BinOp:
			counts["op"+string(n.Op)]++
			walk(n.Left)
			walk(n.Right)
		default:
			panic(fmt.Sprintf("unknown node %T", n))
		}
	}
	walk(e)
	return counts
}

func main() {
	// (x + 2) * (y - x / 4)
	tree := BinOp{'*',
		BinOp{'+', Var{"x"}, Num{2}},
		BinOp{'-', Var{"y"}, BinOp{'/', Var{"x"}, Num{4}}},
	}
	fmt.Println(tree.Accept(Printer{}))
	ev := Evaluator{Env: map[string]float64{"x": 6, "y": 10}}
	fmt.Printf("%v = %.3f\n", ev.Env, tree.Accept(ev))
	fmt.Println(CountNodes(tree))
	fmt.Printf("%+v\n", tree.Left)
	sub := tree.Right.(BinOp).Right
	fmt.Printf("%T %v = %v\n", sub, sub.Accept(Printer{}), sub.Accept(ev))
}
