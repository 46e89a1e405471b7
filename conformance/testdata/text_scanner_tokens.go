package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/scanner"
)

const source = `// config-ish language
let width = 80;
let ratio = 3.5e2 * width / 2;
name := "gopher \"go\"";   /* block
comment */ ch = 'x';
raw = ` + "`a\\nb`" + `;
if width >= 10 && ratio != 0x1F { print(name) } @ $`

type Token struct {
	Kind string
	Text string
	Pos  scanner.Position
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%-3d %-8s %s", t.Pos.Line, t.Pos.Column, t.Kind, t.Text)
}

func tokenize(src string, mode uint) ([]Token, []string) {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	s.Mode = mode
	var errs []string
	s.Error = func(s *scanner.Scanner, msg string) {
		errs = append(errs, fmt.Sprintf("%s: %s", s.Position, msg))
	}
	var toks []Token
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		text, pos := s.TokenText(), s.Position // Next invalidates Position
		// Merge two-character operators by peeking at the next rune.
		if strings.ContainsRune(":=!<>&|", tok) {
			if next := s.Peek(); next == '=' || next == '&' || next == '|' {
				text += string(s.Next())
			}
		}
		toks = append(toks, Token{scanner.TokenString(tok), text, pos})
	}
	return toks, errs
}

func main() {
	toks, errs := tokenize(source, scanner.GoTokens)
	counts := map[string]int{}
	for _, t := range toks {
		counts[t.Kind]++
		switch t.Kind {
		case "String", "RawString":
			v, err := strconv.Unquote(t.Text)
			fmt.Printf("%v  => %q (err=%v)\n", t, v, err)
		case "Int":
			n, _ := strconv.ParseInt(t.Text, 0, 64)
			fmt.Printf("%v  => %d\n", t, n)
		case "Float":
			f, _ := strconv.ParseFloat(t.Text, 64)
			fmt.Printf("%v  => %g\n", t, f)
		default:
			fmt.Println(t)
		}
	}
	fmt.Println("kinds:", counts)
	fmt.Println("errors:", errs)

	// Without SkipComments, comments become tokens.
	toks, _ = tokenize("x /* hi */ + y // tail", scanner.ScanIdents|scanner.ScanComments)
	for _, t := range toks {
		fmt.Printf("%-8s %q\n", t.Kind, t.Text)
	}
	_, errs = tokenize("s = \"open\nx = 'ab'", scanner.GoTokens)
	fmt.Printf("%q\n", errs)
}
