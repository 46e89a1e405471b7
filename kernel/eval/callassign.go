package eval

import (
	"go/ast"
	"go/token"
	"strings"

	"gokernel/kernel/stmtlist"
)

// callIntoElements works around yaegi's assignment of a call's several
// results to a struct field, map or slice element, or pointer target
// (`res.v, res.ok = c.Get(k)`, `m[k], ok = lookup(k)`): with an
// interface among them it panicked ("reflect.Set: value of type
// interface {} is not assignable to type interp.valueInterface"), or the
// map kept nothing, with no error. Through temporaries each is assigned
// like any value: `{ t1, t2 := c.Get(k); res.v, res.ok = t1, t2 }`. Only
// when the left-hand side has no call or receive, so evaluating it after
// the call changes nothing. No edit adds a newline.
func (r *rewriter) callIntoElements(root ast.Node) {
	stmtlist.Assigns(root, func(as *ast.AssignStmt) {
		if !callIntoElement(as) {
			return
		}
		tmps, assign, ok := r.elementTemps(as)
		if !ok {
			return
		}
		r.add(r.p.off(as.Pos()), r.p.off(as.Rhs[0].Pos()), "{ "+tmps+" := ")
		end := r.p.off(as.End())
		r.add(end, end, "; "+assign+" }")
	})
}

// callIntoElement says whether as is `x.f, y = call()`: an assignment of
// a call's results where one target is not a name, and no target has a
// call or a receive.
func callIntoElement(as *ast.AssignStmt) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Rhs) != 1 {
		return false
	}
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok {
		return false
	}
	element := false
	for _, l := range as.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			element = true
		}
		if !pureTarget(l) {
			return false
		}
	}
	return element
}

// pureTarget says whether evaluating the assignment target l has no
// effect: no call, function literal or receive in it.
func pureTarget(l ast.Expr) bool {
	pure := true
	ast.Inspect(l, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			pure = false
		case *ast.UnaryExpr:
			pure = pure && n.Op != token.ARROW
		}
		return pure
	})
	return pure
}

// elementTemps are a temporary for each target of as, and their
// assignment one by one (`res.v = t1; res.ok = t2`: the multiple
// assignment of an interface into a field panics too). Not when a target
// uses a name another target assigns (`a[i], i`: a must be indexed with
// the old i, and yaegi's `a[i], i = t1, t2` panics as well).
func (r *rewriter) elementTemps(as *ast.AssignStmt) (tmps, assign string, ok bool) {
	assigned := map[string]bool{}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
			assigned[id.Name] = true
		}
	}
	var ls, ts []string
	together := false
	for _, l := range as.Lhs {
		ls = append(ls, r.src(l))
		ts = append(ts, r.tmp())
		if _, ok := l.(*ast.Ident); ok {
			continue
		}
		ast.Inspect(l, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && assigned[id.Name] {
				together = true
			}
			return !together
		})
	}
	if together {
		return "", "", false
	}
	sts := make([]string, len(ls))
	for i := range ls {
		sts[i] = ls[i] + " = " + ts[i]
	}
	return strings.Join(ts, ", "), strings.Join(sts, "; "), true
}
