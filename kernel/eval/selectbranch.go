package eval

import (
	"go/ast"
	"go/token"
)

// selectBranches works around two gaps of yaegi's select statement:
//
//   - the last statement of a case is sent to the end of the select
//     whatever it is, so a `break L`, `continue` or `continue L` there
//     goes on after the select instead (a `for { select { case
//     <-quit: break loop } }` never ends). In a block, `{ break L }`,
//     the statement keeps its target.
//   - a plain `break` deeper in a case (`if done { break }`) leaves the
//     enclosing loop instead of the select. The select gets a label and
//     the break names it.
func (r *rewriter) selectBranches(root ast.Node) {
	labels := map[*ast.SelectStmt]string{}
	ast.Inspect(root, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			if s, ok := l.Stmt.(*ast.SelectStmt); ok {
				labels[s] = l.Label.Name
			}
		}
		return true
	})
	ast.Inspect(root, func(n ast.Node) bool {
		s, ok := n.(*ast.SelectStmt)
		if !ok {
			return true
		}
		var nested []*ast.BranchStmt
		for _, c := range s.Body.List {
			cc := c.(*ast.CommClause)
			if len(cc.Body) == 0 {
				continue
			}
			last, _ := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
			if last != nil && (last.Tok == token.CONTINUE || last.Tok == token.BREAK && last.Label != nil) {
				a, e := r.p.off(last.Pos()), r.p.off(last.End())
				r.add(a, a, "{ ")
				r.add(e, e, " }")
			}
			for i, st := range cc.Body {
				if b, ok := st.(*ast.BranchStmt); ok && i == len(cc.Body)-1 && b.Tok == token.BREAK {
					continue // goes to the end of the select already
				}
				ast.Inspect(st, func(m ast.Node) bool {
					switch m := m.(type) {
					case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt, *ast.FuncLit:
						return false
					case *ast.BranchStmt:
						if m.Tok == token.BREAK && m.Label == nil {
							nested = append(nested, m)
						}
					}
					return true
				})
			}
		}
		if len(nested) == 0 {
			return true
		}
		label, ok := labels[s]
		if !ok {
			label = r.tmp() + "sel"
			a := r.p.off(s.Pos())
			r.add(a, a, label+": ")
		}
		for _, b := range nested {
			e := r.p.off(b.End())
			r.add(e, e, " "+label)
		}
		return true
	})
}
