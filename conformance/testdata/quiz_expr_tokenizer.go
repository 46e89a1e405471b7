package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	Number Kind = iota
	Ident
	Operator
	LParen
	RParen
	String
	Invalid
)

func (k Kind) String() string {
	switch k {
	case Number:
		return "NUM"
	case Ident:
		return "IDENT"
	case Operator:
		return "OP"
	case LParen:
		return "LPAREN"
	case RParen:
		return "RPAREN"
	case String:
		return "STR"
	case Invalid:
		return "INVALID"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func tokenize(src string) []Token {
	var toks []Token
	rs := []rune(src)
	i := 0
	for i < len(rs) {
		r := rs[i]
		start := i
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case unicode.IsDigit(r):
			for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
				i++
			}
			toks = append(toks, Token{Number, string(rs[start:i]), start})
		case unicode.IsLetter(r) || r == '_':
			for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
				i++
			}
			toks = append(toks, Token{Ident, string(rs[start:i]), start})
		case r == '"':
			i++
			for i < len(rs) && rs[i] != '"' {
				i++
			}
			i = min(i+1, len(rs))
			toks = append(toks, Token{String, string(rs[start:i]), start})
		case strings.ContainsRune("+-*/%^=<>!", r):
			i++
			if i < len(rs) && rs[i] == '=' {
				i++
			}
			toks = append(toks, Token{Operator, string(rs[start:i]), start})
		case r == '(':
			i++
			toks = append(toks, Token{LParen, "(", start})
		case r == ')':
			i++
			toks = append(toks, Token{RParen, ")", start})
		default:
			i++
			toks = append(toks, Token{Invalid, string(r), start})
		}
	}
	return toks
}

func main() {
	inputs := []string{
		`x = 3.14 * (radius ^ 2)`,
		`if count >= 10 != done`,
		`greet("héllo wörld") + 1`,
		`total_2 := a # b`,
	}
	for _, in := range inputs {
		toks := tokenize(in)
		fmt.Printf("%q -> %d tokens\n", in, len(toks))
		for _, t := range toks {
			fmt.Printf("  %3d %-7v %s\n", t.Pos, t.Kind, t.Text)
		}
	}
	fmt.Printf("%v %d\n", Kind(42), Invalid)
}
