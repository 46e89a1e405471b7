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
//   - with a case that ends in `{ continue }`, a loop whose body ends in
//     a jump out of it (`break`, `return`, `goto`) sends yaegi's
//     compiler into an endless recursion that kills the evaluator (stack
//     overflow): `for { select { case m := <-box: use(m); continue;
//     default: } ; break }`. That last statement goes in an if whose
//     condition the compiler cannot fold: `if t := true; t { break }`.
func (r *rewriter) selectBranches(root ast.Node) {
	r.loopsEndingInJumps(root)
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

// loopsEndingInJumps wraps the jump that ends the body of a loop with a
// select whose case ends in a continue (selectBranches).
func (r *rewriter) loopsEndingInJumps(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.ForStmt:
			body = n.Body
		case *ast.RangeStmt:
			body = n.Body
		}
		if body == nil || len(body.List) == 0 || !selectContinues(body) {
			return true
		}
		last := body.List[len(body.List)-1]
		switch last := last.(type) {
		case *ast.BranchStmt:
			if last.Tok == token.CONTINUE || last.Tok == token.FALLTHROUGH {
				return true
			}
		case *ast.ReturnStmt:
		default:
			return true
		}
		t := r.tmp()
		a, e := r.p.off(last.Pos()), r.p.off(last.End())
		r.add(a, a, "if "+t+" := true; "+t+" { ")
		r.add(e, e, " }")
		return true
	})
}

// selectContinues reports a select in body (outside nested loops and
// function literals) with a case whose last statement is a continue.
func selectContinues(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return false
		case *ast.SelectStmt:
			for _, c := range n.Body.List {
				cc := c.(*ast.CommClause)
				if len(cc.Body) == 0 {
					continue
				}
				if b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt); ok && b.Tok == token.CONTINUE {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
