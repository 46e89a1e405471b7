package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// tokenize splits the input into numbers, identifiers and punctuation; "" marks the end.
func tokenize(src string) ([]string, error) {
	for _, c := range "+-*/^()" {
		src = strings.ReplaceAll(src, string(c), " "+string(c)+" ")
	}
	fields := strings.Fields(src)
	for _, f := range fields {
		_, err := strconv.ParseFloat(f, 64)
		if err != nil && !isIdent(f) && !strings.Contains("+-*/^()", f) {
			return nil, fmt.Errorf("lex error: bad token %q", f)
		}
	}
	return append(fields, ""), nil
}

func isIdent(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// Recursive descent with precedence climbing; '^' is right associative.
var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

type parser struct {
	toks []string
	pos  int
	out  []string // postfix (RPN) output
}

type parseError struct{ msg string }

func (p *parser) fail(format string, a ...any) { panic(parseError{fmt.Sprintf(format, a...)}) }

func (p *parser) next() string { p.pos++; return p.toks[p.pos-1] }

func (p *parser) expr(minPrec int) {
	p.unary()
	for {
		t := p.toks[p.pos]
		q, ok := prec[t]
		if !ok || q < minPrec {
			return
		}
		p.next()
		if t == "^" {
			p.expr(q) // right associative
		} else {
			p.expr(q + 1)
		}
		p.out = append(p.out, t)
	}
}

func (p *parser) unary() {
	switch t := p.next(); {
	case t == "-":
		p.expr(prec["^"])
		p.out = append(p.out, "neg")
	case t == "(":
		p.expr(1)
		if t := p.next(); t != ")" {
			p.fail("expected ')' but found %q", t)
		}
	case t == "":
		p.fail("unexpected end of input")
	case prec[t] > 0 || t == ")":
		p.fail("unexpected %q", t)
	default:
		p.out = append(p.out, t)
	}
}

func Parse(toks []string) (rpn []string, err error) {
	p := &parser{toks: toks}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse error: %s", r.(parseError).msg)
		}
	}()
	p.expr(1)
	if t := p.toks[p.pos]; t != "" {
		p.fail("trailing input %q", t)
	}
	return p.out, nil
}

var ErrDivZero = errors.New("eval error: division by zero")

var binops = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
	"^": math.Pow,
}

func evalRPN(rpn []string, vars map[string]float64) (float64, error) {
	var st []float64
	for _, tok := range rpn {
		n := len(st)
		if f, isOp := binops[tok]; isOp {
			if tok == "/" && st[n-1] == 0 {
				return 0, ErrDivZero
			}
			st = append(st[:n-2], f(st[n-2], st[n-1]))
		} else if tok == "neg" {
			st[n-1] = -st[n-1]
		} else if v, ok := vars[tok]; ok {
			st = append(st, v)
		} else if f, err := strconv.ParseFloat(tok, 64); err == nil {
			st = append(st, f)
		} else {
			return 0, fmt.Errorf("eval error: undefined variable %q", tok)
		}
	}
	return st[0], nil
}

func run(in string, vars map[string]float64) (string, error) {
	toks, err := tokenize(in)
	if err != nil {
		return "", err
	}
	rpn, err := Parse(toks)
	if err != nil {
		return "", err
	}
	v, err := evalRPN(rpn, vars)
	return fmt.Sprintf("%-24s = %g", strings.Join(rpn, " "), v), err
}

func main() {
	vars := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-x ^ 2 + y", "2 ^ 3 ^ 2", "pi * (x + y) / 2",
		"10 / (y - 4)", "7 - 2 - 1", "z + 1", "3 $ 4", "(1 + 2", "8 / 4 / 2 * 3",
		"2 * * 3", "4 5", "", "2 ^ -1 * 8",
	}
	for _, in := range inputs {
		out, err := run(in, vars)
		if err != nil {
			out = err.Error()
		}
		fmt.Printf("%-18q => %s\n", in, out)
	}
}
