package program

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// unit is one top-level declaration or statement of a cell, cut the way
// kernel/eval cuts cells: at semicolons (explicit or inserted at a
// newline) outside brackets.
type unit struct {
	decl      bool // import, type, var, const, func NAME, func (recv) NAME
	text      string
	line, col int // position of text's first byte in the cell
}

// splitCell cuts code into units. Text between units (blank lines,
// comments) stays with the following unit, so doc comments stay with
// their func; leading white space is trimmed. Scanner errors and a closing
// bracket without an opening one come back as a scanner.ErrorList in cell
// positions, with file as the file name.
func splitCell(code, file string) ([]unit, error) {
	fset := token.NewFileSet()
	tf := fset.AddFile(file, -1, len(code))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(tf, []byte(code), func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)

	var units []unit
	var toks []token.Token // the first tokens of the current unit
	depth, prevEnd, lastEnd := 0, 0, -1
	// header: inside `for a; b; c {`, `if x := f(); x {`, `switch ...; ... {`
	// whose semicolons do not end the statement.
	header := false
	flush := func() {
		if lastEnd < 0 {
			return
		}
		text := code[prevEnd:lastEnd]
		trimmed := strings.TrimLeft(text, " \t\r\n")
		line, col := lineCol(code, lastEnd-len(trimmed))
		units = append(units, unit{decl: isDecl(toks), text: trimmed, line: line, col: col})
		prevEnd, lastEnd, toks = lastEnd, -1, toks[:0]
	}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := tf.Offset(pos)
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
			if depth < 0 {
				errs.Add(tf.Position(pos), fmt.Sprintf("unexpected %s: nothing to close", tok))
				depth = 0
			}
		case token.SEMICOLON:
			if depth == 0 && !(header && lit == ";") {
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
		// A semicolon inserted at the end of the cell has "\n" for text.
		lastEnd = min(end, len(code))
	}
	flush()
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return units, nil
}

// isDecl decides from the first tokens whether a unit is a declaration:
// `func name` and `func (recv) name` are, `func(...) {...}()` is not.
func isDecl(toks []token.Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0] {
	case token.IMPORT, token.TYPE, token.CONST, token.VAR:
		return true
	case token.FUNC:
		if len(toks) > 1 && toks[1] == token.IDENT {
			return true
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
						return i+2 < len(toks) && toks[i+1] == token.IDENT && toks[i+2] == token.LPAREN
					}
				}
			}
		}
	}
	return false
}

// lineCol gives the 1-based line and byte column of an offset in code.
func lineCol(code string, off int) (line, col int) {
	if off > len(code) {
		off = len(code)
	}
	line = 1 + strings.Count(code[:off], "\n")
	col = off - (strings.LastIndexByte(code[:off], '\n') + 1) + 1
	return line, col
}

// directive is a line directive that makes the next byte file:line:col.
func directive(file string, line, col int) string {
	return fmt.Sprintf("/*line %s:%d:%d*/", file, line, col)
}

// parseDeclUnit parses a declaration unit of the cell; errors are in cell
// positions.
func parseDeclUnit(fset *token.FileSet, u unit, file string) (ast.Decl, *ast.File, error) {
	src := "package p;" + directive(file, u.line, u.col) + u.text + "\n"
	f, err := parser.ParseFile(fset, file, src, parser.ParseComments)
	if err != nil {
		return nil, nil, endOfUnit(err, u)
	}
	if len(f.Decls) != 1 {
		return nil, nil, unitError(file, u, "expected one declaration")
	}
	return f.Decls[0], f, nil
}

// parseStmtUnit parses a statement unit of the cell as the body of a
// function; errors are in cell positions.
func parseStmtUnit(fset *token.FileSet, u unit, file string) (*ast.FuncDecl, *ast.File, error) {
	const head = "package p;func _(){"
	src := head + directive(file, u.line, u.col) + u.text + "\n}"
	f, err := parser.ParseFile(fset, file, src, parser.ParseComments)
	if err != nil {
		return nil, nil, endOfUnit(err, u)
	}
	// The unit must not have closed the wrapper itself (splitCell rejects
	// a lone closing bracket; this also covers mismatched ones).
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if len(f.Decls) != 1 || !ok || fd.Body == nil || fset.File(f.Pos()).Offset(fd.Body.Rbrace) != len(src)-1 {
		return nil, nil, unitError(file, u, "brackets do not match")
	}
	return fd, f, nil
}

func unitError(file string, u unit, msg string) error {
	var list scanner.ErrorList
	list.Add(token.Position{Filename: file, Line: u.line, Column: u.col}, msg)
	return list
}

// endOfUnit rewords errors in what parseDeclUnit and parseStmtUnit add
// after the unit's text as being at the end of the unit.
func endOfUnit(err error, u unit) error {
	list, ok := err.(scanner.ErrorList)
	if !ok {
		return err
	}
	endLine, endCol := u.line, u.col+len(u.text)
	if i := strings.LastIndexByte(u.text, '\n'); i >= 0 {
		endLine, endCol = u.line+strings.Count(u.text, "\n"), len(u.text)-i
	}
	out := make(scanner.ErrorList, 0, len(list))
	for _, e := range list {
		e := *e
		if e.Pos.Line > endLine {
			if rest, ok := strings.CutSuffix(e.Msg, "found '}'"); ok {
				e.Msg = rest + "found the end of the cell"
			}
			e.Pos.Line, e.Pos.Column = endLine, endCol
		}
		if rest, ok := strings.CutSuffix(e.Msg, "found 'EOF'"); ok {
			e.Msg = rest + "found the end of the cell"
		}
		out = append(out, &e)
	}
	return out
}
