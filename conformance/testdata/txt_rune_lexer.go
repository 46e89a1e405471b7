package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Token kinds: 'n' number, 'i' identifier, 'o' operator, '$' end of input.
type kind byte

type token struct {
	k    kind
	text string
	pos  int // rune offset, not byte offset
}

func lex(input string) []token {
	rs := []rune(input)
	var out []token
	i := 0
	take := func(k kind, pred func(rune) bool) {
		j := i
		for j < len(rs) && pred(rs[j]) {
			j++
		}
		out = append(out, token{k, string(rs[i:j]), i})
		i = j
	}
	for i < len(rs) {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			take('n', func(c rune) bool { return unicode.IsDigit(c) || c == '.' })
		case unicode.IsLetter(r) || r == '_':
			take('i', func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '_' })
		case strings.ContainsRune("+-*/^()", r):
			out = append(out, token{'o', string(r), i})
			i++
		default:
			panic(fmt.Sprintf("unexpected %q at rune %d", r, i))
		}
	}
	return append(out, token{'$', "", len(rs)})
}

type parser struct {
	toks []token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) next() token { t := p.toks[p.pos]; p.pos++; return t }

var arith = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
}

// binary parses left-associative operators; level 0 is + -, level 1 is * /.
func (p *parser) binary(level int) float64 {
	ops := [2]string{"+-", "*/"}[level]
	operand := func() float64 {
		if level == 0 {
			return p.binary(1)
		}
		return p.unary()
	}
	v := operand()
	for t := p.peek(); t.k == 'o' && strings.Contains(ops, t.text); t = p.peek() {
		p.next()
		v = arith[t.text](v, operand())
	}
	return v
}

// unary handles negation and right-associative exponentiation.
func (p *parser) unary() float64 {
	if p.peek().text == "-" {
		p.next()
		return -p.unary()
	}
	base := p.primary()
	if p.peek().text == "^" {
		p.next()
		return math.Pow(base, p.unary())
	}
	return base
}

func (p *parser) primary() float64 {
	switch t := p.next(); {
	case t.k == 'n':
		v, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			panic(fmt.Sprintf("bad number %q", t.text))
		}
		return v
	case t.k == 'i':
		v, ok := p.vars[t.text]
		if !ok {
			panic("undefined variable " + t.text)
		}
		return v
	case t.text == "(":
		v := p.binary(0)
		if c := p.next(); c.text != ")" {
			panic(fmt.Sprintf("expected \")\" at %d, got %q", c.pos, c.text))
		}
		return v
	default:
		panic(fmt.Sprintf("unexpected token %q at %d", t.text, t.pos))
	}
}

func eval(src string, vars map[string]float64) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{toks: lex(src), vars: vars}
	res = p.binary(0)
	if t := p.peek(); t.k != '$' {
		return 0, fmt.Errorf("trailing input %q at %d", t.text, t.pos)
	}
	return res, nil
}

func main() {
	vars := map[string]float64{"π": 3.14159, "größe": 12, "x_1": 2.5}
	exprs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-größe / 4 + x_1", "π * 2 ^ 2", "10 / 4 / 5",
		"größe ^ 0.5 * --1", "1.2.3 + 1", "1 + # 2", "(1 + 2", "3 4", "unknown * 2",
	}
	for _, e := range exprs {
		v, err := eval(e, vars)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %.6g\n", e, v)
	}
}
