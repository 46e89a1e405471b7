// Tokenizer for simple arithmetic expressions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

var kindNames = [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string {
	return fmt.Sprintf("%v(%q)", t.Kind, t.Text)
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	i := 0
	for i < len(rs) {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			start := i
			for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, string(rs[start:i]), start})
		case unicode.IsLetter(r) || r == '_':
			start := i
			for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
				i++
			}
			toks = append(toks, Token{IDENT, string(rs[start:i]), start})
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return toks, fmt.Errorf("unexpected character %q at offset %d", r, i)
		}
	}
	toks = append(toks, Token{EOF, "", len(rs)})
	return toks, nil
}

func main() {
	inputs := []string{
		"1 + 2",
		"3.14 * r ^ 2",
		"(a + b) / (c - 4)",
		"x_1 % 7",
		"12 $ 4",
	}
	for _, in := range inputs {
		toks, err := tokenize(in)
		fmt.Printf("input: %q\n", in)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Println("  tokens:", toks)
		counts := make([]int, len(kindNames))
		for _, t := range toks {
			counts[t.Kind]++
		}
		for k := range len(counts) {
			if counts[k] > 0 {
				fmt.Printf("  %-7v x%d\n", Kind(k), counts[k])
			}
		}
	}
	fmt.Printf("%+v\n", Token{NUM, "42", 0})
	fmt.Printf("%#v\n", Token{OP, "+", 3})
	fmt.Printf("%T %d %v\n", RPAREN, RPAREN, Kind(9))
}
