package main

import (
	"fmt"
	"slices"
	"strings"
	"text/scanner"
)

const src = `// compute totals
let total = price * 3 + tax;
let name = "widget \"pro\"";
/* block
   comment */
if total >= 10.5 { print(name, 'x') }
`

type token struct {
	kind string
	text string
	line int
	col  int
}

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	s.Mode ^= scanner.SkipComments // keep comments as tokens

	var errs []string
	s.Error = func(s *scanner.Scanner, msg string) {
		errs = append(errs, fmt.Sprintf("%s: %s", s.Position, msg))
	}

	var toks []token
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		kind := "Punct"
		if tok < 0 {
			kind = scanner.TokenString(tok)
		}
		toks = append(toks, token{kind, s.TokenText(), s.Position.Line, s.Position.Column})
	}

	// Print tokens grouped by source line.
	byLine := map[int][]string{}
	for _, t := range toks {
		byLine[t.line] = append(byLine[t.line], fmt.Sprintf("%s(%s)@%d", t.kind, t.text, t.col))
	}
	lines := make([]int, 0, len(byLine))
	for l := range byLine {
		lines = append(lines, l)
	}
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Printf("line %d:\n", l)
		for _, item := range byLine[l] {
			fmt.Printf("    %s\n", item)
		}
	}

	// Histogram of token kinds.
	counts := map[string]int{}
	for _, t := range toks {
		counts[t.kind]++
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	fmt.Println("kinds:")
	for _, k := range kinds {
		fmt.Printf("  %-8s %2d %s\n", k, counts[k], strings.Repeat("#", counts[k]))
	}

	// Identifiers in order of first appearance.
	seen := map[string]bool{}
	var idents []string
	for _, t := range toks {
		if t.kind == "Ident" && !seen[t.text] {
			seen[t.text] = true
			idents = append(idents, t.text)
		}
	}
	fmt.Println("identifiers:", strings.Join(idents, ", "))
	fmt.Println("total tokens:", len(toks), "errors:", len(errs))
}
