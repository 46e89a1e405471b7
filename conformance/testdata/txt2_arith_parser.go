package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type tokKind int

const (
	tWord tokKind = iota // number or identifier
	tOp
	tEOF
)

type token struct {
	kind tokKind
	text string
	pos  int
}

func tokenize(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		switch c := rune(s[i]); {
		case c == ' ':
			i++
		case unicode.IsDigit(c) || unicode.IsLetter(c):
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || unicode.IsLetter(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, token{tWord, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/()", c):
			toks = append(toks, token{tOp, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("pos %d: unexpected character %q", i, c)
		}
	}
	return append(toks, token{tEOF, "", len(s)}), nil
}

type parser struct {
	toks []token
	i    int
	vars map[string]float64
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token { t := p.toks[p.i]; p.i++; return t }

var levels = []string{"+-", "*/"}

func (p *parser) binary(level int) (float64, error) {
	if level == len(levels) {
		return p.factor()
	}
	v, err := p.binary(level + 1)
	for err == nil && p.peek().kind == tOp && strings.Contains(levels[level], p.peek().text) {
		op := p.next()
		var r float64
		if r, err = p.binary(level + 1); err != nil {
			break
		}
		switch op.text {
		case "+":
			v += r
		case "-":
			v -= r
		case "*":
			v *= r
		case "/":
			if r == 0 {
				return 0, fmt.Errorf("pos %d: division by zero", op.pos)
			}
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch {
	case t.kind == tWord && unicode.IsDigit(rune(t.text[0])):
		return strconv.ParseFloat(t.text, 64)
	case t.kind == tWord:
		v, ok := p.vars[t.text]
		if !ok {
			return 0, fmt.Errorf("pos %d: undefined variable %s (value %v)", t.pos, t.text, v)
		}
		return v, nil
	case t.text == "-":
		v, err := p.factor()
		return -v, err
	case t.text == "(":
		v, err := p.binary(0)
		if c := p.peek(); err == nil && c.text != ")" {
			return 0, fmt.Errorf("pos %d: expected ')'", c.pos)
		}
		p.next()
		return v, err
	}
	return 0, fmt.Errorf("pos %d: unexpected token %q", t.pos, t.text)
}

func main() {
	vars := map[string]float64{"x": 3, "y": 4.5, "rate": 0.25}
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x + y", "-x + 10 / 4", "rate * (100 - x)",
		"z + 1", "4 / (x - 3)", "2 * (3 + 4", "7 $ 2", "1.5 * 2 - -3", "2 ) + 1"}
	for _, in := range inputs {
		toks, err := tokenize(in)
		var v float64
		if err == nil {
			p := &parser{toks: toks, vars: vars}
			if v, err = p.binary(0); err == nil && p.peek().kind != tEOF {
				err = fmt.Errorf("pos %d: trailing input", p.peek().pos)
			}
		}
		if err != nil {
			fmt.Printf("%-18s => error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-18s => %g\n", in, v)
	}
}
