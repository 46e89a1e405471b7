package eval

import (
	"go/scanner"
	"go/token"
	"strings"
)

// unitKind says how a top-level piece of a cell is compiled: yaegi picks
// declaration or statement mode from the first token, so the two are
// compiled apart; imports get their own chunks because they must come first
// in a file.
type unitKind int

const (
	kindStmt unitKind = iota
	kindDecl
	kindImport
)

// unit is one top-level declaration or statement of a cell: the text from
// the end of the previous unit (so doc comments stay with their func) to
// the end of its last token.
type unit struct {
	kind       unitKind
	start, end int // byte offsets in the cell
	text       string
}

// splitCell cuts code at top-level semicolons (explicit or inserted at a
// newline) outside brackets. Scanner errors (unterminated strings, bad
// characters) come back as a SyntaxError.
func splitCell(code string) ([]unit, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("_.go", -1, len(code))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, []byte(code), func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)

	var units []unit
	var toks []token.Token // tokens of the current unit (only the first few matter)
	depth, prevEnd, lastEnd := 0, 0, -1
	// header: inside `for a; b; c {`, `if x := f(); x {`, `switch ...; ... {`
	// whose semicolons do not end the statement.
	header := false
	flush := func() {
		if lastEnd < 0 {
			return
		}
		units = append(units, unit{kind: classify(toks), start: prevEnd, end: lastEnd, text: code[prevEnd:lastEnd]})
		prevEnd, lastEnd, toks = lastEnd, -1, toks[:0]
	}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		switch tok {
		case token.FOR, token.IF, token.SWITCH:
			if depth == 0 {
				header = true
			}
		case token.LBRACE:
			if depth == 0 {
				header = false
			}
			depth++
		case token.LPAREN, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		case token.SEMICOLON:
			if depth <= 0 && !(header && lit == ";") {
				flush()
				if lit == ";" && prevEnd < off+1 {
					prevEnd = off + 1
				}
				continue
			}
		}
		if len(toks) < 16 {
			toks = append(toks, tok)
		}
		end := off + len(lit)
		if lit == "" {
			end = off + len(tok.String())
		}
		lastEnd = min(end, len(code)) // the automatic semicolon at the end of the cell has "\n" as its text
	}
	flush()
	if len(errs) > 0 {
		return nil, errs
	}
	return units, nil
}

// classify decides from the first tokens whether a unit is a declaration:
// `func name` and `func (recv) name` are, `func(...) {...}()` is not.
func classify(toks []token.Token) unitKind {
	if len(toks) == 0 {
		return kindStmt
	}
	switch toks[0] {
	case token.IMPORT:
		return kindImport
	case token.TYPE, token.CONST, token.VAR:
		return kindDecl
	case token.FUNC:
		if len(toks) > 1 && toks[1] == token.IDENT {
			return kindDecl
		}
		if len(toks) > 1 && toks[1] == token.LPAREN {
			// Skip the receiver list; a name and its parameters after it
			// mean a method. A name then anything else is the result
			// type of a function literal: `func() int { ... }()`.
			d := 0
			for i := 1; i < len(toks); i++ {
				switch toks[i] {
				case token.LPAREN, token.LBRACK:
					d++
				case token.RPAREN, token.RBRACK:
					d--
					if d == 0 {
						if i+2 < len(toks) && toks[i+1] == token.IDENT && toks[i+2] == token.LPAREN {
							return kindDecl
						}
						return kindStmt
					}
				}
			}
		}
	}
	return kindStmt
}

// lineCol gives the 1-based line and column (in bytes, as go/scanner does)
// of a byte offset in code.
func lineCol(code string, off int) (line, col int) {
	if off > len(code) {
		off = len(code)
	}
	line = 1 + strings.Count(code[:off], "\n")
	col = off - (strings.LastIndexByte(code[:off], '\n') + 1) + 1
	return line, col
}

// cellLine returns line n (1-based) of code, or "".
func cellLine(code string, n int) string {
	lines := strings.Split(code, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}
