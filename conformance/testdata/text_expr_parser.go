package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Node interface {
	Eval() (float64, error)
	String() string
}

type Num float64
type BinOp struct {
	Op   string
	L, R Node
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval() (float64, error) { return float64(n), nil }
func (n Num) String() string         { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (b BinOp) String() string       { return fmt.Sprintf("(%v %s %v)", b.L, b.Op, b.R) }
func (b BinOp) Eval() (float64, error) {
	l, err1 := b.L.Eval()
	r, err2 := b.R.Eval()
	if err := errors.Join(err1, err2); err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	}
	if r == 0 {
		return 0, fmt.Errorf("%g / %g: %w", l, r, ErrDivZero)
	}
	return l / r, nil
}

var spacer = strings.NewReplacer("(", " ( ", ")", " ) ", "+", " + ", "-", " - ", "*", " * ", "/", " / ")

type parser struct{ toks []string }

func (p *parser) peek() string {
	if len(p.toks) > 0 {
		return p.toks[0]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.toks = p.toks[min(1, len(p.toks)):]; return t }

func (p *parser) binary(sub func() (Node, error), ops ...string) (Node, error) {
	left, err := sub()
	for err == nil && slices.Contains(ops, p.peek()) {
		op := p.next()
		var right Node
		right, err = sub()
		left = BinOp{op, left, right}
	}
	return left, err
}

func (p *parser) expr() (Node, error) { return p.binary(p.term, "+", "-") }
func (p *parser) term() (Node, error) { return p.binary(p.factor, "*", "/") }
func (p *parser) factor() (Node, error) {
	switch tok := p.next(); tok {
	case "-":
		x, err := p.factor()
		return BinOp{"-", Num(0), x}, err
	case "(":
		n, err := p.expr()
		if err == nil && p.next() != ")" {
			err = errors.New("missing ')'")
		}
		return n, err
	default:
		f, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return nil, fmt.Errorf("unexpected token %q", tok)
		}
		return Num(f), nil
	}
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 * -2.5 + 10", "8/2/2",
		"10 / (4 - 4)", "3 + * 4", "(1 + 2", "2*(3+4) - 5/2", "1 2"}
	for _, in := range inputs {
		p := &parser{strings.Fields(spacer.Replace(in))}
		ast, err := p.expr()
		if err == nil && len(p.toks) > 0 {
			err = fmt.Errorf("trailing tokens %q", p.toks)
		}
		if err != nil {
			fmt.Printf("%-18q parse error: %v\n", in, err)
			continue
		}
		if v, err := ast.Eval(); errors.Is(err, ErrDivZero) {
			fmt.Printf("%-18q %v => %v\n", in, ast, err)
		} else {
			fmt.Printf("%-18q %v => %.4g\n", in, ast, v)
		}
	}
}
