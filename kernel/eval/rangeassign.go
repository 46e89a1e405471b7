package eval

import (
	"go/ast"
	"strings"
)

// rangeAssigns works around yaegi's range with `=`: `for i, v = range xs`
// behaves as if it were `:=`, so the variables outside the loop are never
// assigned (after the loop, i and v keep their old values). The loop
// defines temporaries and assigns the variables first thing in its body,
// as Go does each iteration: `for t1k, t1v := range xs { i, v = t1k, t1v;`.
func (r *rewriter) rangeAssigns(n *ast.RangeStmt) {
	t := r.tmp()
	var lhs, rhs, defs []string
	for i, e := range []ast.Expr{n.Key, n.Value} {
		if e == nil {
			continue
		}
		name := t + []string{"k", "v"}[i]
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			name = "_"
		} else {
			lhs, rhs = append(lhs, r.src(e)), append(rhs, name)
		}
		defs = append(defs, name)
	}
	if len(lhs) == 0 {
		return
	}
	r.add(r.p.off(n.Key.Pos()), r.p.off(n.TokPos)+1, strings.Join(defs, ", ")+" :=")
	lb := r.p.off(n.Body.Lbrace) + 1
	r.add(lb, lb, " "+strings.Join(lhs, ", ")+" = "+strings.Join(rhs, ", ")+";")
}
