package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Operator
	Paren
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Operator", "Paren", "Illegal"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

type Token struct {
	Kind Kind
	Val  string
	Pos  int
}

// stateFn is the classic "a state returns the next state" lexer pattern.
type stateFn func(*lexer) stateFn

type lexer struct {
	input      string
	start, pos int
	tokens     []Token
}

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		return -1
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.pos += w
	return r
}

func (l *lexer) emit(k Kind) stateFn {
	l.tokens = append(l.tokens, Token{k, l.input[l.start:l.pos], l.start})
	l.start = l.pos
	return lexAny
}

func (l *lexer) acceptRun(pred func(rune) bool) {
	for r := l.next(); r >= 0; r = l.next() {
		if !pred(r) {
			l.pos -= utf8.RuneLen(r) // back up
			return
		}
	}
}

func lexAny(l *lexer) stateFn {
	switch r := l.next(); {
	case r == -1:
		l.emit(EOF)
		return nil
	case unicode.IsSpace(r):
		l.start = l.pos
		return lexAny
	case unicode.IsLetter(r) || r == '_':
		l.acceptRun(func(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) })
		return l.emit(Ident)
	case unicode.IsDigit(r):
		l.acceptRun(func(r rune) bool { return unicode.IsDigit(r) || r == '.' })
		return l.emit(Number)
	case r == '"':
		return lexString
	case r == '(' || r == ')':
		return l.emit(Paren)
	case strings.ContainsRune("+-*/=<>!", r):
		l.acceptRun(func(r rune) bool { return r == '=' })
		return l.emit(Operator)
	}
	return l.emit(Illegal)
}

func lexString(l *lexer) stateFn {
	for {
		switch l.next() {
		case '\\':
			l.next()
		case '"':
			return l.emit(String)
		case -1:
			return l.emit(Illegal)
		}
	}
}

func Lex(input string) []Token {
	l := &lexer{input: input}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.tokens
}

func main() {
	inputs := []string{
		`total = price * 1.25 + (tax_2 - 3)`,
		`msg != "say \"hi\"" >= größe`,
		`x == 42 # ¿qué?`,
		`"unterminated`,
	}
	for _, in := range inputs {
		fmt.Printf("input %q\n", in)
		for _, t := range Lex(in) {
			fmt.Printf("  %3d %-9v %q\n", t.Pos, t.Kind, t.Val)
		}
	}
	fmt.Println(Kind(3), Kind(42), []Kind{Ident, EOF})
	fmt.Printf("%v %d %+v\n", Operator, Operator, Token{Number, "7", 0})
}
