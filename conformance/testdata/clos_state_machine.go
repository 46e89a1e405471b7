package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokenKind int

const (
	Ident TokenKind = iota
	Number
	Symbol
	String
)

func (k TokenKind) String() string {
	return [...]string{"IDENT", "NUMBER", "SYMBOL", "STRING"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
}

type lexer struct {
	input  []rune
	pos    int
	start  int
	tokens []Token
	err    error
}

// stateFn represents a lexer state; it returns the next state.
type stateFn func(*lexer) stateFn

func (l *lexer) emit(k TokenKind) {
	l.tokens = append(l.tokens, Token{k, string(l.input[l.start:l.pos])})
	l.start = l.pos
}

func (l *lexer) peek() (rune, bool) {
	if l.pos >= len(l.input) {
		return 0, false
	}
	return l.input[l.pos], true
}

func (l *lexer) acceptWhile(pred func(rune) bool) {
	for r, ok := l.peek(); ok && pred(r); r, ok = l.peek() {
		l.pos++
	}
}

func lexAny(l *lexer) stateFn {
	l.acceptWhile(unicode.IsSpace)
	l.start = l.pos
	r, ok := l.peek()
	switch {
	case !ok:
		return nil
	case unicode.IsLetter(r) || r == '_':
		return lexIdent
	case unicode.IsDigit(r):
		return lexNumber
	case r == '"':
		return lexString
	case strings.ContainsRune("+-*/=(){},:", r):
		l.pos++
		l.emit(Symbol)
		return lexAny
	}
	l.err = fmt.Errorf("unexpected %q at %d", r, l.pos)
	return nil
}

func lexIdent(l *lexer) stateFn {
	l.acceptWhile(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
	l.emit(Ident)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	l.acceptWhile(unicode.IsDigit)
	if r, ok := l.peek(); ok && r == '.' {
		l.pos++
		l.acceptWhile(unicode.IsDigit)
	}
	l.emit(Number)
	return lexAny
}

func lexString(l *lexer) stateFn {
	l.pos++ // opening quote
	l.acceptWhile(func(r rune) bool { return r != '"' })
	if _, ok := l.peek(); !ok {
		l.err = fmt.Errorf("unterminated string starting at %d", l.start)
		return nil
	}
	l.pos++
	l.emit(String)
	return lexAny
}

func Lex(src string) ([]Token, error) {
	l := &lexer{input: []rune(src)}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.tokens, l.err
}

func main() {
	sources := []string{
		`x := add(1, 2.5)`,
		`greet("hi there", name)`,
		`total = a*b + 42`,
		`bad # token`,
		`say("oops`,
	}
	for _, src := range sources {
		toks, err := Lex(src)
		fmt.Printf("%s\n", src)
		kinds := map[TokenKind]int{}
		var parts []string
		for _, t := range toks {
			kinds[t.Kind]++
			parts = append(parts, fmt.Sprintf("%v(%s)", t.Kind, t.Text))
		}
		fmt.Printf("  tokens: %s\n", strings.Join(parts, " "))
		fmt.Printf("  idents=%d numbers=%d symbols=%d strings=%d\n",
			kinds[Ident], kinds[Number], kinds[Symbol], kinds[String])
		if err != nil {
			fmt.Printf("  error: %v\n", err)
		}
	}
}
