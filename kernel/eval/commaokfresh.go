package eval

import (
	"go/ast"
	"go/token"

	"gokernel/kernel/stmtlist"
)

// freshCommaOk works around yaegi's comma-ok defines, `v, ok := m[k]`
// (also `x.(T)` and `<-ch`), which write into the storage the variables
// had before instead of making new variables. In a loop, closures and
// pointers of earlier iterations saw later values (`c3 c3 c3` for `a1 b2
// c3`; a handler of a map called by a goroutine became nil when a later
// lookup failed: "call of nil function"), and in the init of an if, a
// lookup that failed kept the previous iteration's value (`missing b 1`
// for Go's `missing b 0`). In loops, the comma-ok goes through
// temporaries whose values a plain define copies into new variables, and
// a failure zeroes the temporary (as zeroFailedCommaOk does):
//
//	v, ok := m[k]                ->  T1, T2 := m[k]; if !T2 { T1 = m[k] }; v, ok := T1, T2
//	if v, ok := m[k]; ok {...}   ->  if T1, T2 := m[k]; true { if !T2 { T1 = m[k] }; if v, ok := T1, T2; ok {...} }
//
// The right side stays where it is (other rewrites may edit it). No edit
// adds a newline.
func (r *rewriter) freshCommaOk(root ast.Node) {
	if r.freshOk == nil {
		r.freshOk = map[*ast.AssignStmt]bool{}
	}
	statements := map[*ast.AssignStmt]bool{}
	stmtlist.Assigns(root, func(as *ast.AssignStmt) { statements[as] = true })
	inLoops(root, func(m ast.Node) {
		switch m := m.(type) {
		case *ast.AssignStmt:
			if statements[m] && commaOkDefine(m) {
				r.freshOk[m] = true
				t1, t2 := r.freshTemps(m)
				end := r.p.off(m.End())
				r.add(end, end, "; "+r.zeroTemp(m, t1, t2)+r.copyTemps(m, t1, t2))
			}
		case *ast.IfStmt:
			as, ok := m.Init.(*ast.AssignStmt)
			if ok && commaOkDefine(as) {
				r.freshOk[as] = true
				t1, t2 := r.freshTemps(as)
				end := r.p.off(as.End())
				r.add(end, end, "; true { "+r.zeroTemp(as, t1, t2)+"if "+r.copyTemps(as, t1, t2))
				ifEnd := r.p.off(m.End())
				r.add(ifEnd, ifEnd, " }")
			}
		}
	})
}

// inLoops calls visit for each node of root that is in the body of a
// loop of its function (function literals are functions of their own).
func inLoops(root ast.Node, visit func(ast.Node)) {
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n || m == nil {
				return true
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				walk(m.Body, false)
				return false
			case *ast.FuncDecl:
				if m.Body != nil {
					walk(m.Body, false)
				}
				return false
			case *ast.ForStmt:
				walk(m.Body, true)
				return false
			case *ast.RangeStmt:
				walk(m.Body, true)
				return false
			}
			if inLoop {
				visit(m)
			}
			return true
		})
	}
	walk(root, false)
}

// commaOkDefine says whether as is `v, ok := X` with X a map index, a
// type assertion or a receive.
func commaOkDefine(as *ast.AssignStmt) bool {
	if as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	for _, l := range as.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			return false
		}
	}
	switch x := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.IndexExpr, *ast.TypeAssertExpr:
		return true
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	}
	return false
}

// freshTemps replaces the names of as by temporaries (a blank value stays
// blank) and returns them.
func (r *rewriter) freshTemps(as *ast.AssignStmt) (t1, t2 string) {
	t := r.tmp()
	t1, t2 = t+"v", t+"ok"
	if as.Lhs[0].(*ast.Ident).Name == "_" {
		t1 = "_"
	} else {
		r.add(r.p.off(as.Lhs[0].Pos()), r.p.off(as.Lhs[0].End()), t1)
	}
	r.add(r.p.off(as.Lhs[1].Pos()), r.p.off(as.Lhs[1].End()), t2)
	return t1, t2
}

// zeroTemp is `if !t2 { t1 = ZERO }; ` when the zero value of a failed
// comma-ok can be written (zeroFailedCommaOk), else "".
func (r *rewriter) zeroTemp(as *ast.AssignStmt, t1, t2 string) string {
	if t1 == "_" {
		return ""
	}
	zero, ok := r.commaOkZero(as.Rhs[0])
	if !ok {
		return ""
	}
	return "if !" + t2 + " { " + t1 + " = " + zero + " }; "
}

// copyTemps defines the names of as from the temporaries (a comma-ok
// define has a name that is not blank).
func (r *rewriter) copyTemps(as *ast.AssignStmt, t1, t2 string) string {
	v, ok := as.Lhs[0].(*ast.Ident).Name, as.Lhs[1].(*ast.Ident).Name
	if v == "_" {
		return ok + " := " + t2
	}
	return v + ", " + ok + " := " + t1 + ", " + t2
}
