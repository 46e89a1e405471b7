package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Text string
	Pos  int
}

func isNum(r rune) bool { return unicode.IsDigit(r) || r == '.' }

// tokenize splits src into numbers, words and single-rune symbols.
func tokenize(src string) []Token {
	var toks []Token
	span := func(i int, ok func(rune) bool) int {
		for i < len(src) && ok(rune(src[i])) {
			i++
		}
		return i
	}
	for i := 0; i < len(src); {
		r, j := rune(src[i]), i+1
		switch {
		case r == ' ':
			i++
			continue
		case isNum(r):
			j = span(i, isNum)
		case unicode.IsLetter(r):
			j = span(i, unicode.IsLetter)
		}
		toks = append(toks, Token{src[i:j], i})
		i = j
	}
	return append(toks, Token{"", len(src)})
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

type parseError string

func (p *Parser) fail(format string, args ...any) { panic(parseError(fmt.Sprintf(format, args...))) }
func (p *Parser) peek() string                    { return p.toks[p.pos].Text }
func (p *Parser) next() Token                     { p.pos++; return p.toks[p.pos-1] }

// Eval parses: statement := ident '=' expr | expr
func (p *Parser) Eval() (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s", r.(parseError))
		}
	}()
	name := ""
	if len(p.toks) > 2 && p.toks[1].Text == "=" {
		name = p.next().Text
		p.next()
	}
	v = p.binary(0)
	if t := p.next(); t.Text != "" {
		p.fail("trailing input %q at %d", t.Text, t.Pos)
	}
	if name != "" {
		p.vars[name] = v
	}
	return v, nil
}

var levels = []map[string]func(a, b float64) float64{
	{"+": func(a, b float64) float64 { return a + b }, "-": func(a, b float64) float64 { return a - b }},
	{"*": func(a, b float64) float64 { return a * b }, "/": func(a, b float64) float64 { return a / b }, "%": math.Mod},
}

// binary: expr := term (('+'|'-') term)* ; term := unary (('*'|'/'|'%') unary)*
func (p *Parser) binary(level int) float64 {
	if level == len(levels) {
		return p.unary()
	}
	v := p.binary(level + 1)
	for apply, ok := levels[level][p.peek()]; ok; apply, ok = levels[level][p.peek()] {
		op := p.next().Text
		r := p.binary(level + 1)
		if r == 0 && (op == "/" || op == "%") {
			p.fail("division by zero")
		}
		v = apply(v, r)
	}
	return v
}

// unary := '-' unary | primary ('^' unary)?
func (p *Parser) unary() float64 {
	if p.peek() == "-" {
		p.next()
		return -p.unary()
	}
	base := p.primary()
	if p.peek() == "^" {
		p.next()
		return math.Pow(base, p.unary())
	}
	return base
}

func (p *Parser) primary() float64 {
	t := p.next()
	if v, ok := p.vars[t.Text]; ok {
		return v
	}
	switch first := []rune(t.Text + " ")[0]; {
	case t.Text == "(":
		v := p.binary(0)
		if p.next().Text != ")" {
			p.fail("unclosed '(' at %d", t.Pos)
		}
		return v
	case unicode.IsLetter(first):
		p.fail("undefined variable %q", t.Text)
	case isNum(first):
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			p.fail("bad number %q", t.Text)
		}
		return v
	}
	panic(parseError(fmt.Sprintf("unexpected %q at %d", t.Text, t.Pos)))
}

func main() {
	vars := map[string]float64{"pi": math.Pi}
	for line := range strings.SplitSeq("1 + 2 * 3;(1 + 2) * 3;2 ^ 3 ^ 2;-2 ^ 2;x = 7 % 4;y = x * (x + 1) / 2;"+
		"y - -x;r = 2;area = pi * r ^ 2;10 / (5 - 5);3 + * 4;(1 + 2;z + 1;4 $ 4;1.5e3;1.2.3;2 (3)", ";") {
		v, err := (&Parser{toks: tokenize(line), vars: vars}).Eval()
		if err != nil {
			fmt.Printf("%-22s error: %v\n", line, err)
			continue
		}
		fmt.Printf("%-22s = %g\n", line, v)
	}
	fmt.Printf("variables: x=%g y=%g area=%.4f\n", vars["x"], vars["y"], vars["area"])
}
