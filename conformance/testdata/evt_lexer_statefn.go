// A lexer written as a state machine of state functions (each state
// returns the next one), emitting tokens on a channel to a consumer.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type TokKind int

const (
	TEOF TokKind = iota
	TIdent
	TNumber
	TString
	TArrow
	TPunct
	TError
)

func (k TokKind) String() string {
	return [...]string{"EOF", "IDENT", "NUMBER", "STRING", "ARROW", "PUNCT", "ERROR"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Line int
}

type lexer struct {
	src    string
	start  int
	pos    int
	line   int
	tokens chan Token
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(k TokKind) {
	l.tokens <- Token{k, l.src[l.start:l.pos], l.line}
	l.start = l.pos
}

func (l *lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return rune(l.src[l.pos])
}

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.tokens <- Token{TError, fmt.Sprintf(format, args...), l.line}
	return nil
}

func lexAny(l *lexer) stateFn {
	for {
		switch r := l.peek(); {
		case r == 0:
			l.emit(TEOF)
			return nil
		case r == '\n':
			l.line++
			l.pos++
			l.start = l.pos
		case r == ' ' || r == '\t':
			l.pos++
			l.start = l.pos
		case r == '#':
			for l.peek() != '\n' && l.peek() != 0 {
				l.pos++
			}
			l.start = l.pos
		case r == '"':
			return lexString
		case unicode.IsDigit(r):
			return lexNumber
		case unicode.IsLetter(r) || r == '_':
			return lexIdent
		case r == '-' && strings.HasPrefix(l.src[l.pos:], "->"):
			l.pos += 2
			l.emit(TArrow)
		case strings.ContainsRune("{}();,=", r):
			l.pos++
			l.emit(TPunct)
		default:
			return l.errorf("line %d: unexpected %q", l.line, r)
		}
	}
}

func lexIdent(l *lexer) stateFn {
	for r := l.peek(); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'; r = l.peek() {
		l.pos++
	}
	l.emit(TIdent)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	for unicode.IsDigit(l.peek()) || l.peek() == '.' {
		l.pos++
	}
	l.emit(TNumber)
	return lexAny
}

func lexString(l *lexer) stateFn {
	l.pos++ // opening quote
	for l.peek() != '"' {
		if l.peek() == 0 || l.peek() == '\n' {
			return l.errorf("line %d: unterminated string", l.line)
		}
		l.pos++
	}
	l.pos++
	l.emit(TString)
	return lexAny
}

func Lex(src string) <-chan Token {
	l := &lexer{src: src, line: 1, tokens: make(chan Token)}
	go func() {
		defer close(l.tokens)
		for state := stateFn(lexAny); state != nil; {
			state = state(l)
		}
	}()
	return l.tokens
}

func main() {
	programs := []string{
		"# door controller\non open -> state(\"opened\", 3);\non close -> state(\"closed\", 0.5);\n",
		"timer t1 = 250;\nemit \"oops\n",
		"alarm = 7 @ 9;",
	}
	for i, src := range programs {
		fmt.Printf("program %d:\n", i+1)
		counts := map[TokKind]int{}
		var line []string
		lastLine := 1
		for tok := range Lex(src) {
			counts[tok.Kind]++
			if tok.Line != lastLine && len(line) > 0 {
				fmt.Printf("  L%d: %s\n", lastLine, strings.Join(line, " "))
				line = nil
			}
			lastLine = tok.Line
			line = append(line, fmt.Sprintf("%v(%s)", tok.Kind, tok.Text))
		}
		fmt.Printf("  L%d: %s\n", lastLine, strings.Join(line, " "))
		fmt.Printf("  idents=%d numbers=%d strings=%d errors=%d\n",
			counts[TIdent], counts[TNumber], counts[TString], counts[TError])
	}
}
