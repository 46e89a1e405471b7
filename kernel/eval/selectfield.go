package eval

import (
	"go/ast"
	"go/token"
)

// selectFieldReceives works around yaegi's select: a send case whose
// value is more than a name or a literal sends a wrong value (`case out
// <- Item{n, n * n}:` sent {3 0}), and a case that receives two values
// from a field, `case t, ok := <-c.ticks:`, in a method never
// becomes ready (the goroutine waits for ever; one value, or a channel
// held in a local variable, works). Go evaluates a select's channel
// operands and send values when the select starts; so does the rewrite,
// into locals:
// `{ t1 := c.ticks; select { ... case t, ok := <-t1: ... } }` (before
// the select's label, which must stay on the select).
func (r *rewriter) selectFieldReceives(root ast.Node) {
	done := map[*ast.SelectStmt]bool{}
	visit := func(start token.Pos, sel *ast.SelectStmt) {
		done[sel] = true
		var binds string
		for _, st := range sel.Body.List {
			cc, ok := st.(*ast.CommClause)
			if !ok {
				continue
			}
			if send, ok := cc.Comm.(*ast.SendStmt); ok {
				// A value that is more than a name or a literal
				// (`case out <- Item{n, n * n}:` sent {3 0}).
				switch send.Value.(type) {
				case *ast.Ident, *ast.BasicLit:
				default:
					t := r.tmp()
					binds += t + " := " + r.src(send.Value) + "; "
					r.add(r.p.off(send.Value.Pos()), r.p.off(send.Value.End()), t)
				}
				continue
			}
			as, ok := cc.Comm.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
				continue
			}
			u, ok := as.Rhs[0].(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				continue
			}
			if _, field := ast.Unparen(u.X).(*ast.SelectorExpr); !field || !plainName(u.X) {
				continue
			}
			t := r.tmp()
			binds += t + " := " + r.src(u.X) + "; "
			r.add(r.p.off(u.X.Pos()), r.p.off(u.X.End()), t)
		}
		if binds == "" {
			return
		}
		r.add(r.p.off(start), r.p.off(start), "{ "+binds)
		r.add(r.p.off(sel.End()), r.p.off(sel.End()), " }")
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.LabeledStmt:
			if sel, ok := x.Stmt.(*ast.SelectStmt); ok {
				visit(x.Pos(), sel)
			}
		case *ast.SelectStmt:
			if !done[x] {
				visit(x.Pos(), x)
			}
		}
		return true
	})
}
