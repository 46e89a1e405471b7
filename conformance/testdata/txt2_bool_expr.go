package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Node interface {
	Eval(env map[string]bool) (bool, error)
	String() string
}

type Var struct{ Name string }
type Not struct{ X Node }
type Bin struct {
	Op   string
	L, R Node
}

func (v Var) Eval(env map[string]bool) (bool, error) {
	b, ok := env[v.Name]
	if !ok {
		return b, fmt.Errorf("unknown variable %q (defaulted to %v)", v.Name, b)
	}
	return b, nil
}
func (v Var) String() string { return v.Name }

func (n Not) Eval(env map[string]bool) (bool, error) {
	b, err := n.X.Eval(env)
	return !b, err
}
func (n Not) String() string { return "!" + n.X.String() }

func (b Bin) Eval(env map[string]bool) (bool, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return false, err
	}
	if b.Op == "&" && !l || b.Op == "|" && l {
		return l, nil // short circuit
	}
	return b.R.Eval(env)
}
func (b Bin) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }

type parser struct {
	src string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) binary(op byte, next func() (Node, error)) (Node, error) {
	l, err := next()
	for err == nil {
		p.skip()
		if p.pos >= len(p.src) || p.src[p.pos] != op {
			break
		}
		p.pos++
		var r Node
		if r, err = next(); err == nil {
			l = Bin{string(op), l, r}
		}
	}
	return l, err
}

func (p *parser) or() (Node, error)  { return p.binary('|', p.and) }
func (p *parser) and() (Node, error) { return p.binary('&', p.unary) }

func (p *parser) unary() (Node, error) {
	p.skip()
	if p.pos >= len(p.src) {
		return nil, fmt.Errorf("col %d: unexpected end", p.pos+1)
	}
	switch c := p.src[p.pos]; {
	case c == '!':
		p.pos++
		x, err := p.unary()
		return Not{x}, err
	case c == '(':
		p.pos++
		x, err := p.or()
		p.skip()
		if err == nil && (p.pos >= len(p.src) || p.src[p.pos] != ')') {
			return nil, fmt.Errorf("col %d: expected ')'", p.pos+1)
		}
		p.pos++
		return x, err
	case unicode.IsLetter(rune(c)):
		start := p.pos
		for p.pos < len(p.src) && unicode.IsLetter(rune(p.src[p.pos])) {
			p.pos++
		}
		return Var{p.src[start:p.pos]}, nil
	default:
		return nil, fmt.Errorf("col %d: unexpected %q", p.pos+1, c)
	}
}

func main() {
	env := map[string]bool{"admin": true, "guest": false, "active": true, "banned": false}
	exprs := []string{"admin & active", "guest | !banned", "!(admin & banned) & active",
		"guest & unknown", "unknown | admin", "admin & (guest | ", "active && admin", "a | b & c"}
	for _, src := range exprs {
		p := &parser{src: strings.TrimSpace(src)}
		n, err := p.or()
		if err == nil && p.pos < len(p.src) {
			err = fmt.Errorf("col %d: trailing %q", p.pos+1, p.src[p.pos:])
		}
		if err != nil {
			fmt.Printf("%-28s parse error: %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		fmt.Printf("%-28s %-30s => %v", src, n, v)
		if err != nil {
			fmt.Printf(" (error: %v)", err)
		}
		fmt.Println()
	}
}
