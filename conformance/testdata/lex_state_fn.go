// A state-function lexer (in the style of Rob Pike's talk) exposed as an iter.Seq.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
)

type itemType int

const (
	itemError itemType = iota
	itemText
	itemLeftMeta
	itemIdent
	itemNumber
	itemRightMeta
)

var typeNames = [...]string{"Error", "Text", "LeftMeta", "Ident", "Number", "RightMeta"}

func (t itemType) String() string { return typeNames[t] }

type item struct {
	typ itemType
	val string
}

func (i item) String() string { return fmt.Sprintf("%v:%q", i.typ, i.val) }

type lexer struct {
	input      []rune
	start, pos int
	yield      func(item) bool
}

// stateFn represents a lexer state; it returns the next state, or nil when done.
type stateFn func(*lexer) stateFn

func (l *lexer) emit(t itemType, val string) {
	if !l.yield(item{t, val}) {
		l.yield = func(item) bool { return false } // the consumer stopped: drop the rest
	}
	l.start = l.pos
}

func (l *lexer) send(t itemType)  { l.emit(t, string(l.input[l.start:l.pos])) }
func (l *lexer) at(s string) bool { return strings.HasPrefix(string(l.input[l.pos:]), s) }
func (l *lexer) acceptWhile(ok func(rune) bool) {
	for l.pos < len(l.input) && ok(l.input[l.pos]) {
		l.pos++
	}
}

func lexText(l *lexer) stateFn {
	l.acceptWhile(func(rune) bool { return !l.at("{{") })
	if l.pos > l.start {
		l.send(itemText)
	}
	if l.pos == len(l.input) {
		return nil
	}
	l.pos += 2
	l.send(itemLeftMeta)
	return lexInside
}

func lexInside(l *lexer) stateFn {
	l.acceptWhile(unicode.IsSpace)
	l.start = l.pos
	switch {
	case l.pos == len(l.input):
		l.emit(itemError, "unclosed action")
		return nil
	case l.at("}}"):
		l.pos += 2
		l.send(itemRightMeta)
		return lexText
	case unicode.IsDigit(l.input[l.pos]):
		l.acceptWhile(unicode.IsDigit)
		l.send(itemNumber)
	case unicode.IsLetter(l.input[l.pos]) || l.at("."):
		l.acceptWhile(func(c rune) bool { return unicode.IsLetter(c) || c == '.' })
		l.send(itemIdent)
	default:
		l.emit(itemError, fmt.Sprintf("bad char %q", l.input[l.pos]))
		return nil
	}
	return lexInside
}

func lex(input string) iter.Seq[item] {
	return func(yield func(item) bool) {
		l := &lexer{input: []rune(input), yield: yield}
		for state := stateFn(lexText); state != nil; {
			state = state(l)
		}
	}
}

func main() {
	inputs := []string{"Hello, {{.Name}}! You have {{ 3 }} new {{ .Kind }}.", "plain text only",
		"{{.A}}{{.B}}", "oops {{ .X @ }} never", "quote {{ \"str\" }}", "{{ .Größe }}", "unclosed {{ .X "}
	for _, in := range inputs {
		items := slices.Collect(lex(in))
		fmt.Printf("%q\n  %d items: %v\n", in, len(items), items)
	}
	next, stop := iter.Pull(lex("a {{b}} c {{d}}"))
	defer stop()
	first, _ := next()
	second, _ := next()
	fmt.Println("first two via iter.Pull:", first, second)
}
