package eval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"gokernel/kernel/varorder"
)

// varsAsDefines turns `var d Doer = w` into `d := (Doer)(w)` where Go runs
// it in order (varorder.InOrder): yaegi compiles a top-level var as a
// package variable initialized before the cell's statements, so an
// initializer using w fails ("variable definition loop") or sees a zero
// value; a define runs where it stands, like the var statement in Go.
func varsAsDefines(units []unit) {
	texts, stmt := make([]string, len(units)), make([]bool, len(units))
	for i, u := range units {
		texts[i], stmt[i] = u.text, u.kind == kindStmt
	}
	for i, inOrder := range varorder.InOrder(texts, stmt) {
		if !inOrder {
			continue
		}
		if text, ok := varAsDefine(units[i].text); ok {
			units[i].kind, units[i].text = kindStmt, text
		}
	}
}

// varAsDefine rewrites one `var` unit; text before the keyword (comments,
// blank lines) is kept so lines stay where they were. A typed var with a
// multi-value initializer has no define form.
func varAsDefine(text string) (string, bool) {
	fset := token.NewFileSet()
	src := declPrefix + text
	f, err := parser.ParseFile(fset, "_.go", src, 0)
	if err != nil || len(f.Decls) != 1 {
		return "", false
	}
	g, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || g.Tok != token.VAR || g.Lparen.IsValid() || len(g.Specs) != 1 {
		return "", false
	}
	v := g.Specs[0].(*ast.ValueSpec)
	if len(v.Values) == 0 || v.Type != nil && len(v.Values) != len(v.Names) {
		return "", false
	}
	at := func(p token.Pos) int { return fset.Position(p).Offset }
	var names, values []string
	for _, n := range v.Names {
		names = append(names, n.Name)
	}
	for _, e := range v.Values {
		value := src[at(e.Pos()):at(e.End())]
		if v.Type != nil {
			value = "(" + src[at(v.Type.Pos()):at(v.Type.End())] + ")(" + value + ")"
		}
		values = append(values, value)
	}
	head := src[len(declPrefix):at(g.TokPos)]
	tail := src[at(g.End()):]
	return head + strings.Join(names, ", ") + " := " + strings.Join(values, ", ") + tail, true
}
