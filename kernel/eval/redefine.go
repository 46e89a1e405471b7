package eval

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// A top-level `x := x * 2` of a cell redefines the session's x from its
// old value, as a `:=` in an inner scope reads the outer x: the new x
// starts after the statement. yaegi gives the new global its slot before
// it evaluates the right side, which then reads the new, zero x (`n := n
// + 1` gave 1, `a, b := b, a` gave 0 0), silently. A redefinition of the
// same type already runs as an assignment (rebindAssign), which is right;
// any other one whose values use one of its names is evaluated into
// temporaries first:
//
//	__gk_tre0, __gk_tre1 := /*line*/float64(z) / 2, s
//	z, s := __gk_tre0, __gk_tre1
//
// The second statement is compiled on its own, after the first (see
// cell.tails): in one source yaegi would give z its new slot for both.
// The temporaries keep the same names in every cell, so each rerun leaves
// the previous ones to clearDead. A line directive keeps the values'
// positions (a panic's column) where the cell has them.

const redefinePrefix = tmpPrefix + "re"

// redefinesFromOld lists the top-level defines of p's statements that
// were not turned into assignments (rebound, by offset of their ":=")
// and whose values read one of the session's variables they redefine.
func redefinesFromOld(p *parsed, rebound []int, globals map[string]reflect.Value) []*ast.AssignStmt {
	if p.body == nil {
		return nil
	}
	var out []*ast.AssignStmt
	for _, st := range p.body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		if slices.Contains(rebound, p.off(as.TokPos)) {
			continue
		}
		redefined := map[string]bool{}
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				redefined = nil
				break
			}
			if v, ok := globals[id.Name]; ok && v.IsValid() {
				redefined[id.Name] = true
			}
		}
		if len(redefined) > 0 && readsAny(as.Rhs, redefined) {
			out = append(out, as)
		}
	}
	return out
}

// readsAny reports whether one of the names appears in the expressions
// as a name (not as a field or method after a dot).
func readsAny(exprs []ast.Expr, names map[string]bool) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(x.X, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && names[id.Name] {
						found = true
					}
					return !found
				})
				return false
			case *ast.Ident:
				found = found || names[x.Name]
			}
			return !found
		})
	}
	return found
}

// redefineFromOld rewrites one such define (see above).
func (r *rewriter) redefineFromOld(as *ast.AssignStmt) {
	temps := make([]string, len(as.Lhs))
	names := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		temps[i] = redefinePrefix + strconv.Itoa(i)
		names[i] = r.src(l)
	}
	first := r.p.off(as.Rhs[0].Pos())
	line, col := lineCol(r.code, r.start+first)
	r.add(r.p.off(as.Lhs[0].Pos()), r.p.off(as.Lhs[len(as.Lhs)-1].End()), strings.Join(temps, ", "))
	r.add(first, first, fmt.Sprintf("/*line _.go:%d:%d*/", line, col))
	r.tail += strings.Join(names, ", ") + " := " + strings.Join(temps, ", ") + "\n"
}

// redefinesGlobal reports whether p's statements define a session
// variable anew with `:=` (not turned into an assignment: rebound holds
// the offsets of those).
func redefinesGlobal(p *parsed, rebound []int, globals map[string]reflect.Value) bool {
	if p.body == nil {
		return false
	}
	for _, st := range p.body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || slices.Contains(rebound, p.off(as.TokPos)) {
			continue
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				if v, ok := globals[id.Name]; ok && v.IsValid() {
					return true
				}
			}
		}
	}
	return false
}
