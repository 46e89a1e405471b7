package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
	"gokernel/kernel/stmtlist"
)

// mapCommaOkEdits zeroes the value of a map lookup that fails when the
// key (or the map) is computed by a call: `g, ok := groups[sig(w)]`
// becomes
//
//	g, ok := groups[sig(w)]; if !ok { g = *new([]string) }
//
// yaegi leaves g as it was when the key is missing (the last group found,
// in a loop), with no error. kernel/eval mends the lookups whose map and
// key have no call without types (`if !ok { g = m[k] }`); this one needs
// the element type.
func mapCommaOkEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	stmtlist.Assigns(f, func(as *ast.AssignStmt) {
		if len(as.Lhs) != 2 || len(as.Rhs) != 1 || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) {
			return
		}
		ix, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
		if !ok || (!hasCall(ix.X) && !hasCall(ix.Index)) {
			return
		}
		m, ok := info.TypeOf(ix.X).Underlying().(*types.Map)
		if !ok {
			return
		}
		v, isIdent := as.Lhs[0].(*ast.Ident)
		status, statusIdent := as.Lhs[1].(*ast.Ident)
		if !isIdent || v.Name == "_" || !statusIdent || status.Name == "_" {
			return
		}
		elem, ok := spellTypeDeep(pkg, as.Pos(), m.Elem())
		if !ok {
			return
		}
		edits = append(edits, rangefunc.Edit{Pos: as.End(), End: as.End(), Text: "; if !" + status.Name + " { " + v.Name + " = *new(" + elem + ") }"})
	})
	return edits
}

// hasCall reports a call (or conversion) or a receive in e.
func hasCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}
