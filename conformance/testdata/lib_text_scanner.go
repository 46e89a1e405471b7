package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

const src = `// comment is skipped
x := 3.14 + foo("bar", 'c') * 0x1F
if y >= 10 { /* block */ return }
`

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s\t%-8s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}

	// keep comments, custom identifier rules
	var t scanner.Scanner
	t.Init(strings.NewReader("a-b-c /* c1 */ $var 42"))
	t.Mode ^= scanner.SkipComments
	t.IsIdentRune = func(ch rune, i int) bool {
		return ch == '$' && i == 0 || ch == '-' && i > 0 || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' && i > 0
	}
	for tok := t.Scan(); tok != scanner.EOF; tok = t.Scan() {
		fmt.Printf("%-8s %q\n", scanner.TokenString(tok), t.TokenText())
	}

	// whitespace control: newlines become tokens
	var u scanner.Scanner
	u.Init(strings.NewReader("one two\nthree"))
	u.Whitespace ^= 1 << '\n'
	count := 0
	for tok := u.Scan(); tok != scanner.EOF; tok = u.Scan() {
		if tok == '\n' {
			fmt.Println("newline at line", u.Line)
		} else {
			count++
		}
	}
	fmt.Println("words:", count)

	// errors are reported through the Error callback
	var e scanner.Scanner
	e.Init(strings.NewReader(`"unterminated`))
	e.Error = func(s *scanner.Scanner, msg string) {
		fmt.Println("error:", msg)
	}
	e.Scan()
	fmt.Println("error count:", e.ErrorCount)
}
