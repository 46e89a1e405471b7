// A Pratt parser producing fully parenthesized S-expressions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Node interface{ String() string }

type Atom string

func (a Atom) String() string { return string(a) }

type Prefix struct {
	Op string
	X  Node
}

func (p Prefix) String() string { return "(" + p.Op + " " + p.X.String() + ")" }

type Infix struct {
	Op   string
	L, R Node
}

func (in Infix) String() string { return fmt.Sprintf("(%s %v %v)", in.Op, in.L, in.R) }

type Pratt struct {
	toks []string
	i    int
}

func lex(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			out = append(out, string(r))
		}
	}
	flush()
	return out
}

func (p *Pratt) next() string {
	t := p.peek()
	p.i++
	return t
}

func (p *Pratt) peek() string {
	if p.i >= len(p.toks) {
		return ""
	}
	return p.toks[p.i]
}

// infixBP returns left and right binding power; ok is false for non-operators.
func infixBP(op string) (l, r int, ok bool) {
	switch op {
	case "=":
		return 2, 1, true // right associative
	case "+", "-":
		return 3, 4, true
	case "*", "/":
		return 5, 6, true
	case "^":
		return 8, 7, true // right associative
	}
	return 0, 0, false
}

func (p *Pratt) parse(minBP int) Node {
	var lhs Node
	switch t := p.next(); t {
	case "(":
		lhs = p.parse(0)
		p.next() // ')'
	case "-", "!":
		lhs = Prefix{t, p.parse(7)}
	default:
		lhs = Atom(t)
	}
	for {
		op := p.peek()
		l, r, ok := infixBP(op)
		if !ok || l < minBP {
			break
		}
		p.next()
		lhs = Infix{op, lhs, p.parse(r)}
	}
	return lhs
}

func main() {
	exprs := []string{"1", "a + b * c", "a * b + c", "a - b - c", "2 ^ 3 ^ 2", "-a * b", "!x + y",
		"(a + b) * c", "x = y = z + 1", "a + b * c ^ d - e / f", "--1", "((x))", "-2 ^ 2"}
	for _, e := range exprs {
		tree := (&Pratt{toks: lex(e)}).parse(0)
		fmt.Printf("%-24s => %v\n", e, tree)
	}
	tree := (&Pratt{toks: lex("1+2")}).parse(0)
	fmt.Printf("%T %+v\n", tree, tree.(Infix).L)
}
