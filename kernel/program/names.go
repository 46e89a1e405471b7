package program

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// Cell describes what a cell declares and uses, for a caller that must
// know which declarations a cell replaces or needs before running it.
type Cell struct {
	// Declared are the keys of the cell's top-level declarations (as
	// Needed takes roots: a name, or "T.M" for a method M of type T);
	// imports are not included.
	Declared []string
	// Vars are the names among Declared that `var` declarations declare.
	Vars []string
	// Uses are the identifiers the cell uses, over-approximated: every
	// name that may refer to a declaration outside the cell.
	Uses []string
	// Decls are the cell's declarations, imports included, one string
	// each in the form Declarations returns (a line directive to the
	// cell's line, then the text).
	Decls []string
	// Statements reports whether the cell has statements (top-level
	// code that runs), not only declarations.
	Statements bool
}

// Describe reads a cell (or one declaration in the form Declarations
// returns, with its line directive). A cell that does not parse gives an
// error in cell positions.
//
//	c, _ := program.Describe("func f() int { return g() }\nfmt.Println(f())")
//	// c.Declared: [f]; c.Uses include g, fmt; c.Statements: true
func Describe(code string) (Cell, error) {
	var c Cell
	if d := parseDecl(code); strings.HasPrefix(code, "/*line ") && d.ok && d.kind != "" {
		// One declaration with its directive (the session's form).
		if d.kind != "import" {
			c.Declared = append(c.Declared, d.keys...)
			if d.kind == "var" {
				c.Vars = append(c.Vars, d.keys...)
			}
		}
		c.Uses = append(c.Uses, d.uses...)
		return c, nil
	}
	units, err := splitCell(code, "cell")
	if err != nil {
		return c, err
	}
	fset := token.NewFileSet()
	add := func(names ...string) {
		for _, n := range names {
			if !slices.Contains(c.Uses, n) {
				c.Uses = append(c.Uses, n)
			}
		}
	}
	for _, u := range units {
		if u.decl {
			n, f, err := parseDeclUnit(fset, u, "cell")
			if err != nil {
				return c, err
			}
			d := &decl{}
			describe(d, n, fset)
			c.Decls = append(c.Decls, fmt.Sprintf("/*line _.go:%d:%d*/", u.line, u.col)+u.text)
			if d.kind != "import" {
				c.Declared = append(c.Declared, d.keys...)
				if d.kind == "var" {
					c.Vars = append(c.Vars, d.keys...)
				}
			}
			uses, _ := usesOf(f)
			add(uses...)
			continue
		}
		_, f, err := parseStmtUnit(fset, u, "cell")
		if err != nil {
			return c, err
		}
		c.Statements = true
		uses, _ := usesOf(f)
		add(uses...)
	}
	return c, nil
}
