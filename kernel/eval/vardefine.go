package eval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"gokernel/kernel/varorder"
)

// varsAsDefines runs `var d Doer = w` where Go runs it, in order
// (varorder.InOrder): yaegi compiles a top-level var as a package variable
// initialized before the cell's statements, so an initializer using w
// fails ("variable definition loop") or sees a zero value. A typed var
// becomes a declaration and an assignment, `var d Doer` then `d = w` (a
// define of an interface type, `d := (Doer)(w)`, panics in yaegi); an
// untyped one a define, `d := w`.
func varsAsDefines(units []unit, sessionVar func(string) bool) []unit {
	texts, stmt := make([]string, len(units)), make([]bool, len(units))
	for i, u := range units {
		texts[i], stmt[i] = u.text, u.kind == kindStmt
	}
	inOrder := varorder.InOrder(texts, stmt, sessionVar)
	var out []unit
	for i, u := range units {
		if !inOrder[i] {
			out = append(out, u)
			continue
		}
		decl, assign, ok := varAsDefine(u.text)
		if !ok {
			out = append(out, u)
			continue
		}
		if decl != "" {
			out = append(out, unit{kind: kindDecl, start: u.start, end: u.end, text: decl})
		}
		out = append(out, unit{kind: kindStmt, start: u.start, end: u.end, text: assign})
	}
	return out
}

// varAsDefine rewrites one `var` unit into a declaration ("" for none)
// and a statement; text before the keyword (comments, blank lines) is
// kept so lines stay where they were.
func varAsDefine(text string) (decl, stmt string, ok bool) {
	fset := token.NewFileSet()
	src := declPrefix + text
	f, err := parser.ParseFile(fset, "_.go", src, 0)
	if err != nil || len(f.Decls) != 1 {
		return "", "", false
	}
	g, isGen := f.Decls[0].(*ast.GenDecl)
	if !isGen || g.Tok != token.VAR || g.Lparen.IsValid() || len(g.Specs) != 1 {
		return "", "", false
	}
	v := g.Specs[0].(*ast.ValueSpec)
	if len(v.Values) == 0 {
		return "", "", false
	}
	at := func(p token.Pos) int { return fset.Position(p).Offset }
	var names, values []string
	for _, n := range v.Names {
		names = append(names, n.Name)
	}
	for _, e := range v.Values {
		values = append(values, src[at(e.Pos()):at(e.End())])
	}
	head := src[len(declPrefix):at(g.TokPos)]
	tail := src[at(g.End()):]
	lhs, rhs := strings.Join(names, ", "), strings.Join(values, ", ")
	if v.Type == nil {
		return "", head + lhs + " := " + rhs + tail, true
	}
	typ := src[at(v.Type.Pos()):at(v.Type.End())]
	return head + "var " + lhs + " " + typ, " " + lhs + " = " + rhs + tail, true
}

// isSessionVar tells the session's package variables (a function, type or
// constant is not one), for varorder.
func (s *Session) isSessionVar() func(string) bool {
	var vars map[string]bool
	return func(name string) bool {
		if vars == nil {
			vars = map[string]bool{}
			for _, d := range s.decls {
				if d.kind == "var" {
					for _, k := range d.keys {
						vars[k] = true
					}
				}
			}
		}
		return vars[name]
	}
}
