package fidelity

import (
	"go/ast"
	"go/token"
	"go/types"
)

// stackBuf is the size of the first backing array Go (1.25 and later)
// gives, on the stack, to a slice that append grows and that does not
// escape.
const stackBuf = 32

// appendCap finds cap of a local slice variable that append grows
// (`s = append(s, x)`): Go's first growth of such a slice may use a
// stack buffer of stackBuf bytes (cap 4, 4, 4, 4, 8 for ints), which the
// interpreter, like any heap slice, grows 1, 2, 4. Only cap shows it.
func (g *guard) appendCap(c *ast.CallExpr, path, name string) {
	if path != "" || name != "cap" || len(c.Args) != 1 || g.pkg == nil {
		return
	}
	id, ok := ast.Unparen(c.Args[0]).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := g.info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == g.pkg.Scope() {
		return
	}
	s, ok := v.Type().Underlying().(*types.Slice)
	if !ok || !g.appendGrown()[v] || g.escapes(v) {
		return
	}
	if size := types.SizesFor("gc", "amd64").Sizeof(s.Elem()); size == 0 || size > stackBuf {
		return
	}
	g.find(c.Pos(), "cap of %s, a local slice that append grows (Go may give its first backing array a %d-byte buffer on the stack, so its capacity grows differently from the interpreter's)", id.Name, stackBuf)
}

// appendGrown is the set of variables the program assigns an append to
// themselves (`s = append(s, ...)`), found once per guard.
func (g *guard) appendGrown() map[*types.Var]bool {
	if g.grown != nil {
		return g.grown
	}
	g.grown = map[*types.Var]bool{}
	ast.Inspect(g.prog, func(n ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || (a.Tok != token.ASSIGN && a.Tok != token.DEFINE) || len(a.Lhs) != len(a.Rhs) {
			return true
		}
		for i, l := range a.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				continue
			}
			c, ok := ast.Unparen(a.Rhs[i]).(*ast.CallExpr)
			if !ok || len(c.Args) == 0 {
				continue
			}
			if fn, ok := ast.Unparen(c.Fun).(*ast.Ident); !ok || !isBuiltin(g.info, fn, "append") {
				continue
			}
			first, ok := ast.Unparen(c.Args[0]).(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := g.info.Uses[first].(*types.Var); ok && v == g.info.ObjectOf(id) {
				g.grown[v] = true
			}
		}
		return true
	})
	return g.grown
}

// escapes reports a slice variable that surely lives on the heap in Go
// too: printed itself with fmt or log (its value goes into an interface
// that leaks) or returned. Anything else may stay on the stack.
func (g *guard) escapes(v *types.Var) bool {
	found := false
	ast.Inspect(g.prog, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if found || !ok || g.info.Uses[id] != v {
			return !found
		}
		switch p := g.up(id).(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.CallExpr:
			if p.Fun != id {
				path, name := g.callee(p)
				_, printer := printers[path][name]
				found = printer
			}
		}
		return true
	})
	return found
}

func isBuiltin(info *types.Info, id *ast.Ident, name string) bool {
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}
