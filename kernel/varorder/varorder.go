// Package varorder decides which top-level var declarations of a cell run
// in order with its statements, as they would in a function body. Both
// the interpreter (kernel/eval) and the program builder (kernel/program)
// follow it, so the type check sees the cell as the interpreter runs it.
package varorder

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// InOrder tells which top-level pieces of a cell (texts, stmt[i] true
// for a statement) are `var` declarations that must run where they stand,
// as the statements of a function body do: those whose value uses a
// variable the cell itself defines (`w := ...` or another var), or one of
// the session's (sessionVar, which may be nil), as in
//
//	w := Worker{7}
//	var d Doer = w
//
// As package variables they would be initialized before the cell's
// statements run. A var that the cell's functions use stays a package
// variable (a function may use one declared below it), and so does one
// without a value, a grouped var, and one with a blank name. Only cells
// with statements have an order to keep.
func InOrder(texts []string, stmt []bool, sessionVar func(name string) bool) []bool {
	inOrder := make([]bool, len(texts))
	hasStmt := false
	for _, s := range stmt {
		hasStmt = hasStmt || s
	}
	if !hasStmt {
		return inOrder
	}
	defined, inFuncs := map[string]bool{}, map[string]bool{}
	specs := make([]*ast.ValueSpec, len(texts))
	for i, text := range texts {
		src := "package p;" + text
		if stmt[i] {
			src = "package p;func main(){" + text + "\n}"
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
		if err != nil || len(f.Decls) != 1 {
			continue
		}
		switch d := f.Decls[0].(type) {
		case *ast.FuncDecl:
			if !stmt[i] {
				ast.Inspect(d, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						inFuncs[id.Name] = true
					}
					return true
				})
				continue
			}
			for _, st := range d.Body.List {
				if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
					for _, l := range as.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							defined[id.Name] = true
						}
					}
				}
			}
		case *ast.GenDecl:
			if d.Tok != token.VAR {
				continue
			}
			for _, sp := range d.Specs {
				for _, id := range sp.(*ast.ValueSpec).Names {
					defined[id.Name] = true
				}
			}
			if !d.Lparen.IsValid() && len(d.Specs) == 1 {
				specs[i] = d.Specs[0].(*ast.ValueSpec)
			}
		}
	}
	for i, v := range specs {
		if v == nil || len(v.Values) == 0 {
			continue
		}
		ok := true
		for _, n := range v.Names {
			ok = ok && n.Name != "_" && !inFuncs[n.Name]
		}
		uses := false
		for _, e := range v.Values {
			ast.Inspect(e, func(n ast.Node) bool {
				if id, isIdent := n.(*ast.Ident); isIdent && (defined[id.Name] || sessionVar != nil && sessionVar(id.Name)) {
					uses = true
				}
				return !uses
			})
		}
		inOrder[i] = ok && uses
	}
	return inOrder
}
