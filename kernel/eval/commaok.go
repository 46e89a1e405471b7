package eval

import (
	"go/ast"
	"go/token"

	"gokernel/kernel/stmtlist"
)

// zeroFailedCommaOk works around yaegi's comma-ok forms that fail: `v, ok
// := m[k]` with k not in m, and `s, ok := x.(T)` with x not a T, leave v
// (s) as it was instead of setting it to the zero value. In a loop, or
// assigned with =, v kept the previous value (`1 false` for Go's `0
// false`), with no error. After the statement, a failure sets the zero
// value itself:
//
//	v, ok := m[k]; if !ok { v = m[k] }
//	s, ok := x.(T); if !ok { s = *new(T) }
//
// m[k] alone gives the zero value for a missing key, as it should; it
// runs again only when m and k are free of calls and receives. A blank ok
// becomes a temporary. Defines at the top level that typedDefine
// rewrote start at the zero values already. No edit adds a newline.
func (r *rewriter) zeroFailedCommaOk(root ast.Node) {
	stmtlist.Assigns(root, func(as *ast.AssignStmt) {
		if !r.typed[as] && !r.freshOk[as] {
			r.zeroCommaOk(as)
		}
	})
}

func (r *rewriter) zeroCommaOk(as *ast.AssignStmt) {
	if len(as.Lhs) != 2 || len(as.Rhs) != 1 || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) {
		return
	}
	v, status := as.Lhs[0], as.Lhs[1]
	if id, ok := v.(*ast.Ident); (ok && id.Name == "_") || !pureTarget(v) || !pureTarget(status) {
		return
	}
	zero, canZero := r.commaOkZero(as.Rhs[0])
	if !canZero {
		return
	}
	ok := r.src(status)
	end := r.p.off(as.End())
	if id, isIdent := status.(*ast.Ident); isIdent && id.Name == "_" {
		ok = r.tmp()
		r.add(r.p.off(status.Pos()), r.p.off(status.End()), ok)
		if as.Tok == token.ASSIGN {
			// `v, _ = m[k]` declares nothing: the temporary needs a
			// block of its own.
			r.add(r.p.off(as.Pos()), r.p.off(as.Pos()), "{ var "+ok+" bool; ")
			r.add(end, end, "; if !"+ok+" { "+r.src(v)+" = "+zero+" } }")
			return
		}
		r.add(end, end, "; _ = "+ok+"; if !"+ok+" { "+r.src(v)+" = "+zero+" }")
		return
	}
	r.add(end, end, "; if !"+ok+" { "+r.src(v)+" = "+zero+" }")
}

// commaOkZero is the zero value of the value of a failed comma-ok x, as
// text: the index again when map and key are free of calls and receives,
// *new(T) for a type assertion; false when it cannot be written.
func (r *rewriter) commaOkZero(x ast.Expr) (string, bool) {
	switch x := ast.Unparen(x).(type) {
	case *ast.IndexExpr:
		if pure(x.X) && pure(x.Index) {
			return r.src(x), true
		}
	case *ast.TypeAssertExpr:
		if x.Type != nil {
			return "*new(" + r.src(x.Type) + ")", true
		}
	}
	return "", false
}
