package eval

import "go/ast"

// multiValueCases works around yaegi's case clauses: of a list of values
// that are not plain constants or variables (`case x == 1, x == 2:`,
// `case id(1), id(2):`), only the first is tried, so the others never
// match. Such a switch is written with one condition per clause, as Go
// means it: `case x == 1 || x == 2:`, and with a tag, `switch v { case
// f(1), f(2): }` becomes `switch { case v == (f(1)) || v == (f(2)): }` (a
// tag that is not a name is evaluated once, into a temporary). A tag with
// both an init statement and a value other than a name is left as it is.
func (r *rewriter) multiValueCases(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || !needsJoinedCases(sw) {
			return true
		}
		tag := ""
		if sw.Tag != nil {
			if plainName(sw.Tag) {
				tag = r.src(sw.Tag)
				r.add(r.p.off(sw.Tag.Pos()), r.p.off(sw.Tag.End()), "")
			} else if sw.Init == nil {
				tag = r.tmp()
				r.add(r.p.off(sw.Tag.Pos()), r.p.off(sw.Tag.Pos()), tag+" := ")
				r.add(r.p.off(sw.Tag.End()), r.p.off(sw.Tag.End()), ";")
			} else {
				return true
			}
		}
		for _, st := range sw.Body.List {
			cc := st.(*ast.CaseClause)
			for i, e := range cc.List {
				open, end := "(", ")"
				if plainValue(e) {
					open, end = "", "" // (nil) is not nil to yaegi
				}
				if tag != "" {
					open = tag + " == " + open
				}
				r.add(r.p.off(e.Pos()), r.p.off(e.Pos()), open)
				r.add(r.p.off(e.End()), r.p.off(e.End()), end)
				if i > 0 {
					r.add(r.p.off(cc.List[i-1].End()), r.p.off(e.Pos()), " || ")
				}
			}
		}
		return true
	})
}

// needsJoinedCases reports a switch with a case of several values, one of
// which is more than a constant or a variable.
func needsJoinedCases(sw *ast.SwitchStmt) bool {
	for _, st := range sw.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok || len(cc.List) < 2 {
			continue
		}
		for _, e := range cc.List {
			if !plainValue(e) {
				return true
			}
		}
	}
	return false
}

// plainValue reports a literal, a name, a qualified name or field, or a
// signed literal: case values yaegi tries all of.
func plainValue(e ast.Expr) bool {
	return literal(e) || plainName(e)
}

// plainName reports a name or a chain of selectors of one (x, pkg.C, a.b.c).
func plainName(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainName(x.X)
	}
	return false
}
