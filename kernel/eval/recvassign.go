package eval

import (
	"go/ast"
	"go/token"
	"strings"

	"gokernel/kernel/stmtlist"
)

// recvAssigns works around two gaps of yaegi with a receive assigned
// (=, not :=) to variables that exist already:
//
//   - `v, _ = <-ch`, `_, ok = <-ch` and `_, _ = <-ch` panic ("call of
//     reflect.Value.SetBool on int Value", "value of type int is not
//     assignable to type bool"); `v, ok = <-ch` works, and so does a
//     define. The statement becomes `{ t1, t2 := <-ch; v = t1; _ = t2 }`;
//     as the init of an if, switch or for statement (which declares
//     nothing), the receive goes before it in a block of its own:
//     `{ t1, t2 := <-ch; _ = t1; ok = t2; if ok {...} }`.
//   - a select case in assignment form (`case v = <-ch:`, `case v, ok =
//     <-ch:`) panics "reflect.Select: invalid Dir". It becomes `case t1 :=
//     <-ch: v = t1; ...`: Go evaluates the left-hand side and assigns
//     when the case is chosen, before its body, as the rewrite does.
//
// No edit adds a newline, so positions stay right.
func (r *rewriter) recvAssigns(root ast.Node) {
	labeled := map[ast.Stmt]*ast.LabeledStmt{}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			labeled[n.Stmt] = n
		case *ast.CommClause:
			if as, ok := n.Comm.(*ast.AssignStmt); ok {
				r.selectRecvAssign(as, n)
			}
		case *ast.IfStmt:
			r.initRecvAssign(n, n.Init, labeled)
		case *ast.SwitchStmt:
			r.initRecvAssign(n, n.Init, labeled)
		case *ast.TypeSwitchStmt:
			r.initRecvAssign(n, n.Init, labeled)
		case *ast.ForStmt:
			r.initRecvAssign(n, n.Init, labeled)
		}
		return true
	})
	stmtlist.Assigns(root, func(as *ast.AssignStmt) {
		if r.blankRecvAssign(as) {
			tmps, assign := r.recvTemps(as)
			r.add(r.p.off(as.Pos()), r.p.off(as.Rhs[0].Pos()), "{ "+tmps+" := ")
			end := r.p.off(as.End())
			r.add(end, end, "; "+assign+" }")
		}
	})
}

// isRecvAssign says whether as assigns (=) a receive: `x = <-ch` or
// `x, y = <-ch`. A define that rebindAssign made an assignment (its
// text says `=`) counts.
func (r *rewriter) isRecvAssign(as *ast.AssignStmt) bool {
	if len(as.Rhs) != 1 || len(as.Lhs) > 2 {
		return false
	}
	if u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr); !ok || u.Op != token.ARROW {
		return false
	}
	if as.Tok == token.ASSIGN {
		return true
	}
	op := r.p.off(as.TokPos)
	return as.Tok == token.DEFINE && op >= 0 && op < len(r.text) && r.text[op] == '='
}

// blankRecvAssign says whether as is `v, _ = <-ch`, `_, ok = <-ch` or
// `_, _ = <-ch` whose left-hand side has no call or receive (evaluating
// it after the receive changes nothing).
func (r *rewriter) blankRecvAssign(as *ast.AssignStmt) bool {
	if len(as.Lhs) != 2 || !r.isRecvAssign(as) {
		return false
	}
	blank := false
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			blank = true
		}
		if !pureTarget(l) {
			return false
		}
	}
	return blank
}

// recvTemps are as many new temporaries as as has variables, and the
// assignments of them to its left-hand side, one by one (yaegi fails on
// `v, _ = t1, t2` when v is an interface): `v = t1; _ = t2`. Two
// variables that are not both names are assigned at once (`a[i], i =
// t1, t2` must index with the old i).
func (r *rewriter) recvTemps(as *ast.AssignStmt) (tmps, assign string) {
	var ls, ts []string
	names := true
	for _, l := range as.Lhs {
		ls = append(ls, r.src(l))
		ts = append(ts, r.tmp())
		_, ok := l.(*ast.Ident)
		names = names && ok
	}
	if len(ls) == 2 && !names && ls[0] != "_" && ls[1] != "_" {
		return strings.Join(ts, ", "), strings.Join(ls, ", ") + " = " + strings.Join(ts, ", ")
	}
	var sts []string
	for i := range ls {
		sts = append(sts, ls[i]+" = "+ts[i])
	}
	return strings.Join(ts, ", "), strings.Join(sts, "; ")
}

// initRecvAssign moves a blank receive assignment out of the init of
// st (an if, switch or for statement; it declares nothing) into a
// block around st: `{ t1, t2 := <-ch; _ = t1; ok = t2; if ok {...} }`.
// A labeled statement keeps its label (the block goes before it).
func (r *rewriter) initRecvAssign(st ast.Stmt, init ast.Stmt, labeled map[ast.Stmt]*ast.LabeledStmt) {
	as, ok := init.(*ast.AssignStmt)
	if !ok || !r.blankRecvAssign(as) {
		return
	}
	tmps, assign := r.recvTemps(as)
	var outer ast.Stmt = st
	for {
		l, ok := labeled[outer]
		if !ok {
			break
		}
		outer = l
	}
	start := r.p.off(outer.Pos())
	r.add(start, start, "{ "+tmps+" := "+r.src(as.Rhs[0])+"; "+assign+"; ")
	r.add(r.p.off(as.Pos()), r.p.off(as.End()), "")
	end := r.p.off(st.End())
	r.add(end, end, " }")
}

// selectRecvAssign rewrites `case v, ok = <-ch:` to `case t1, t2 :=
// <-ch: v = t1; ok = t2;`.
func (r *rewriter) selectRecvAssign(as *ast.AssignStmt, cc *ast.CommClause) {
	if !r.isRecvAssign(as) {
		return
	}
	tmps, assign := r.recvTemps(as)
	r.add(r.p.off(as.Pos()), r.p.off(as.Rhs[0].Pos()), tmps+" := ")
	colon := r.p.off(cc.Colon) + 1
	r.add(colon, colon, " "+assign+";")
}
