// A recursive-descent calculator with precedence and unary minus. Grammar:
// expr := term {("+"|"-") term}; term := factor {("*"|"/") factor};
// factor := "-" factor | number | "(" expr ")".
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse error at %d: %s", e.Pos, e.Msg) }

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

var levels = []string{"+-", "*/"}

func (p *parser) binary(level int) (float64, error) {
	if level == len(levels) {
		return p.factor()
	}
	v, err := p.binary(level + 1)
	for err == nil {
		c := p.peek()
		if c == 0 || !strings.ContainsRune(levels[level], rune(c)) {
			break
		}
		p.pos++
		start := p.pos
		var r float64
		if r, err = p.binary(level + 1); err != nil {
			break
		}
		switch c {
		case '+':
			v += r
		case '-':
			v -= r
		case '*':
			v *= r
		case '/':
			if r == 0 {
				return 0, &ParseError{start, "division by zero"}
			}
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	switch c := p.peek(); {
	case c == '-':
		p.pos++
		v, err := p.factor()
		return -v, err
	case c == '(':
		p.pos++
		v, err := p.binary(0)
		if err == nil && p.peek() != ')' {
			err = &ParseError{p.pos, "expected ')'"}
		}
		p.pos++
		return v, err
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.src) && strings.IndexByte("0123456789.", p.src[p.pos]) >= 0 {
			p.pos++
		}
		return strconv.ParseFloat(p.src[start:p.pos], 64)
	default:
		return 0, &ParseError{p.pos, fmt.Sprintf("unexpected %q", string(c))}
	}
}

func eval(s string) (float64, error) {
	p := &parser{src: s}
	v, err := p.binary(0)
	if err == nil && p.peek() != 0 {
		err = &ParseError{p.pos, "trailing input"}
	}
	return v, err
}

func main() {
	tests := []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) / 3", "10 - 4 - 3",
		"--5", "1.5 * 1.5", "7 / (3 - 3)", "(1 + 2", "3 + * 4", "8 8", "1.2.3 + 1"}
	for _, t := range tests {
		v, err := eval(t)
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("%-24q -> error at col %d: %s\n", t, pe.Pos, pe.Msg)
		case err != nil:
			fmt.Printf("%-24q -> other error: %v\n", t, err)
		default:
			fmt.Printf("%-24q = %g\n", t, v)
		}
	}
}
