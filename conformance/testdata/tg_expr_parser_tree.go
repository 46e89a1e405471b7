package main

import (
	"fmt"
	"strings"
)

// A tiny recursive-descent parser: parseExpr -> parseTerm -> parseFactor -> parseExpr.
// Nodes form a tree of interface values that reference each other.

type Node interface {
	Eval(env map[string]int) (int, error)
	String() string
}

type Num int
type Var string
type BinOp struct {
	Op          byte
	Left, Right Node
}
type Neg struct{ X Node }

func (n Num) Eval(map[string]int) (int, error) { return int(n), nil }
func (n Num) String() string                   { return fmt.Sprint(int(n)) }

func (v Var) Eval(env map[string]int) (int, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (b *BinOp) Eval(env map[string]int) (int, error) {
	l, err := b.Left.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.Right.Eval(env)
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
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b *BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.Left, b.Op, b.Right) }

func (n *Neg) Eval(env map[string]int) (int, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n *Neg) String() string { return fmt.Sprintf("-%v", n.X) }

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos == len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) parseExpr() Node {
	n := p.parseTerm()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		n = &BinOp{Op: c, Left: n, Right: p.parseTerm()}
	}
	return n
}

func (p *parser) parseTerm() Node {
	n := p.parseFactor()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		n = &BinOp{Op: c, Left: n, Right: p.parseFactor()}
	}
	return n
}

func (p *parser) parseFactor() Node {
	c := p.peek()
	switch {
	case c == '-':
		p.pos++
		return &Neg{X: p.parseFactor()}
	case c == '(':
		p.pos++
		n := p.parseExpr()
		p.peek()
		p.pos++ // skip ')'
		return n
	case c >= '0' && c <= '9':
		v := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			v = v*10 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return Num(v)
	default:
		start := p.pos
		for p.pos < len(p.src) && strings.IndexByte("abcdefghijklmnopqrstuvwxyz", p.src[p.pos]) >= 0 {
			p.pos++
		}
		return Var(p.src[start:p.pos])
	}
}

func main() {
	env := map[string]int{"x": 7, "y": 3, "zero": 0}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "-(x - 10) / y",
		"100 / (y - 3)", "2 * w + 1", "8 - 3 - 2", "--x * -2", "x / zero + 1",
	} {
		p := &parser{src: src}
		tree := p.parseExpr()
		v, err := tree.Eval(env)
		if err != nil {
			fmt.Printf("%-16s => %-22v error: %v\n", src, tree, err)
			continue
		}
		fmt.Printf("%-16s => %-22v = %d\n", src, tree, v)
	}
}
