package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type tokenKind int

const (
	tNum tokenKind = iota
	tIdent
	tPunct
	tEOF
)

type token struct {
	kind tokenKind
	text string
}

func lex(src string) ([]token, error) {
	var toks []token
	isNum := func(r rune) bool { return unicode.IsDigit(r) || r == '.' }
	isIdent := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(src); {
		c := rune(src[i])
		kind, ok := tPunct, isNum
		switch {
		case unicode.IsSpace(c):
			i++
			continue
		case isNum(c):
			kind = tNum
		case unicode.IsLetter(c):
			kind, ok = tIdent, isIdent
		case !strings.ContainsRune("+-*/%()", c):
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
		j := i + 1
		for kind != tPunct && j < len(src) && ok(rune(src[j])) {
			j++
		}
		toks = append(toks, token{kind, src[i:j]})
		i = j
	}
	return append(toks, token{tEOF, ""}), nil
}

type parser struct {
	toks []token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) next() token { t := p.peek(); p.pos = min(p.pos+1, len(p.toks)-1); return t }

func (p *parser) accept(ops string) (string, bool) {
	if t := p.peek(); t.kind == tPunct && strings.Contains(ops, t.text) {
		return p.next().text, true
	}
	return "", false
}

// expr := term (('+'|'-') term)*; term := factor (('*'|'/'|'%') factor)*
func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for op, ok := p.accept("+-"); ok && err == nil; op, ok = p.accept("+-") {
		r, e := p.term()
		if op == "-" {
			r = -r
		}
		v, err = v+r, e
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for op, ok := p.accept("*/%"); ok && err == nil; op, ok = p.accept("*/%") {
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		switch {
		case op == "*":
			v *= r
		case r == 0:
			return 0, fmt.Errorf("division by zero")
		case op == "/":
			v /= r
		default:
			v = float64(int64(v) % int64(r))
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch {
	case t.kind == tNum:
		return strconv.ParseFloat(t.text, 64)
	case t.kind == tIdent:
		if v, ok := p.vars[t.text]; ok {
			return v, nil
		}
		return 0, fmt.Errorf("undefined variable %s", t.text)
	case t.text == "-":
		v, err := p.factor()
		return -v, err
	case t.text == "(":
		v, err := p.expr()
		if err == nil && p.next().text != ")" {
			err = fmt.Errorf("expected )")
		}
		return v, err
	}
	return 0, fmt.Errorf("unexpected token %q", t.text)
}

func eval(src string, vars map[string]float64) (float64, error) {
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	v, err := p.expr()
	if err == nil && p.peek().kind != tEOF {
		err = fmt.Errorf("trailing input at %q", p.peek().text)
	}
	return v, err
}

func main() {
	vars := map[string]float64{"x": 3, "y": 4.5, "rate": 0.07}
	for _, src := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-x * -x + y", "100 * (1 + rate) * (1 + rate)", "17 % 5 + 10 / 4",
		"2 * (3 + 4", "z + 1", "8 / (x - 3)", "3 $ 4", "1 2", "2 * )", "1.5.2 + 1", "x2 + 1"} {
		if v, err := eval(src, vars); err != nil {
			fmt.Printf("%-32s error: %v\n", src, err)
		} else {
			fmt.Printf("%-32s = %.4f\n", src, v)
		}
	}
}
