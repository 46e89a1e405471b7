package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Grammar:
//   expr   = term { ("+"|"-") term }
//   term   = factor { ("*"|"/") factor }
//   factor = number | "(" expr ")" | "-" factor

type Node interface {
	Eval() float64
	String() string
}

type Num float64

func (n Num) Eval() float64  { return float64(n) }
func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

type BinOp struct {
	Op          byte
	Left, Right Node
}

func (b BinOp) Eval() float64 {
	l, r := b.Left.Eval(), b.Right.Eval()
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
	panic("bad op " + string(b.Op))
}

func (b BinOp) String() string { return fmt.Sprintf("(%c %v %v)", b.Op, b.Left, b.Right) }

type Neg struct{ X Node }

func (n Neg) Eval() float64  { return -n.X.Eval() }
func (n Neg) String() string { return fmt.Sprintf("(neg %v)", n.X) }

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && unicode.IsSpace(rune(p.src[p.pos])) {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() Node {
	n := p.term()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		n = BinOp{c, n, p.term()}
	}
	return n
}

func (p *parser) term() Node {
	n := p.factor()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		n = BinOp{c, n, p.factor()}
	}
	return n
}

func (p *parser) factor() Node {
	switch c := p.peek(); {
	case c == '(':
		p.pos++
		n := p.expr()
		if p.peek() != ')' {
			panic(fmt.Sprintf("expected ')' at %d", p.pos))
		}
		p.pos++
		return n
	case c == '-':
		p.pos++
		return Neg{p.factor()}
	case c >= '0' && c <= '9' || c == '.':
		start := p.pos
		for p.pos < len(p.src) && (p.src[p.pos] >= '0' && p.src[p.pos] <= '9' || p.src[p.pos] == '.') {
			p.pos++
		}
		v, err := strconv.ParseFloat(p.src[start:p.pos], 64)
		if err != nil {
			panic(err)
		}
		return Num(v)
	case c == 0:
		panic("unexpected end of input")
	default:
		panic(fmt.Sprintf("unexpected %q at %d", c, p.pos))
	}
}

func parse(s string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	p := &parser{src: s}
	n = p.expr()
	if p.peek() != 0 {
		panic(fmt.Sprintf("trailing input %q", p.src[p.pos:]))
	}
	return n, nil
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"-(4 - 6) * 2.5",
		"10 / 4 - 1",
		"2 * (3 + (4 - 1)) / 3",
		"1 + ",
		"(2 + 3",
		"7 $ 2",
		"3 4",
	} {
		n, err := parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-24s => %-28v = %g\n", s, n, n.Eval())
	}
	fmt.Println(strings.Repeat("-", 20))
	fmt.Printf("%T %T %T\n", Num(1), BinOp{}, Neg{})
}
