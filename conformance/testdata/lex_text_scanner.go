// Tokenizing a small config language with the standard text/scanner package.
package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

type TokCount struct {
	Kind  string
	Count int
}

func main() {
	const src = `// server configuration
server "main" {
    port = 8080;
    ratio = 0.75;
    name = 'x';
    /* block
       comment */
    tags = ["a", "b"];
    weight = 3 + 4.5e1;
}
`
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "config"
	s.Mode ^= scanner.SkipComments // report comments instead of skipping
	counts := map[rune]int{}
	var order []rune
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		if _, seen := counts[tok]; !seen {
			order = append(order, tok)
		}
		counts[tok]++
		switch tok {
		case scanner.Ident, scanner.Int, scanner.Float, scanner.String, scanner.Char:
			fmt.Printf("%s: %-8s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
		case scanner.Comment:
			text := s.TokenText()
			fmt.Printf("%s: Comment  %d lines\n", s.Position, strings.Count(text, "\n")+1)
		default:
			fmt.Printf("%s: punct    %q\n", s.Position, tok)
		}
	}
	fmt.Println("--- summary in order of first appearance")
	var summary []TokCount
	for _, r := range order {
		summary = append(summary, TokCount{scanner.TokenString(r), counts[r]})
	}
	fmt.Printf("%v\n", summary[:4])
	fmt.Printf("%+v\n", summary[4])

	// Errors are reported through the Error callback with a position.
	var errs []string
	var s2 scanner.Scanner
	s2.Init(strings.NewReader("x = \"unterminated\ny = 1"))
	s2.Error = func(s *scanner.Scanner, msg string) {
		errs = append(errs, fmt.Sprintf("%s: %s", s.Pos(), msg))
	}
	n := 0
	for tok := s2.Scan(); tok != scanner.EOF; tok = s2.Scan() {
		n++
	}
	fmt.Printf("scanned %d tokens, %d error(s): %q\n", n, len(errs), errs)
}
