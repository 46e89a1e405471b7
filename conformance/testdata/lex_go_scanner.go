// Scanning Go source with go/scanner and go/token, and classifying tokens.
package main

import (
	"fmt"
	"go/scanner"
	"go/token"
	"slices"
)

const src = `package demo

// Add returns the sum.
func Add(a, b int) int {
	x := a + b // sum
	if x >= 10 && x != 42 {
		return x << 1
	}
	return x
}
`

type class int

const (
	keyword class = iota
	identifier
	literal
	operator
	comment
)

func (c class) String() string {
	return [...]string{"keyword", "identifier", "literal", "operator", "comment"}[c]
}

func classify(tok token.Token) class {
	switch {
	case tok.IsKeyword():
		return keyword
	case tok == token.IDENT:
		return identifier
	case tok.IsLiteral():
		return literal
	case tok == token.COMMENT:
		return comment
	}
	return operator
}

func main() {
	fset := token.NewFileSet()
	file := fset.AddFile("demo.go", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, scanner.ScanComments)

	byClass := map[class][]string{}
	line := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		p := fset.Position(pos)
		if p.Line != line {
			if line != 0 {
				fmt.Println()
			}
			line = p.Line
			fmt.Printf("line %2d:", line)
		}
		text := tok.String()
		if tok == token.SEMICOLON && lit == "\n" {
			text = "⏎" // automatically inserted semicolon
		} else if lit != "" {
			text = lit
		}
		fmt.Printf(" %s", text)
		c := classify(tok)
		if !slices.Contains(byClass[c], text) {
			byClass[c] = append(byClass[c], text)
		}
	}
	fmt.Println()
	for c := range comment + 1 {
		words := slices.Clone(byClass[c])
		slices.Sort(words)
		fmt.Printf("%-10v %d %q\n", c, len(words), words)
	}

	// Precedence of binary operators, as used by go/parser.
	for _, t := range []token.Token{token.LOR, token.LAND, token.GEQ, token.ADD, token.SHL} {
		fmt.Printf("%-3v precedence %d (%#v)\n", t, t.Precedence(), int(t))
	}

	var errs scanner.ErrorList
	bad := []byte("x := 'ab' + 0x")
	f2 := fset.AddFile("bad.go", fset.Base(), len(bad))
	s.Init(f2, bad, func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	for _, tok, _ := s.Scan(); tok != token.EOF; _, tok, _ = s.Scan() {
	}
	fmt.Printf("%d errors; first: %v\n", errs.Len(), errs[0])
}
