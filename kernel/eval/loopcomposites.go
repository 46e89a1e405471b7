package eval

import (
	"go/ast"
	"go/token"
)

// freshComposites works around yaegi's composite literals defined in a
// loop: `l := []int{i}` (also a map, an array, `var l = ...`) writes each
// iteration's value into the storage the variable had before, so closures
// and pointers of earlier iterations saw the last value (`[2] [2] [2]`
// for `[0] [1] [2]`), with no error; and `&[]int{i}` gave the same
// pointer in every iteration. In parentheses the literal makes a new
// variable; the address of a slice, array or map literal is taken in a
// function literal called at once: `(func() *[]int { v := ([]int{i});
// return &v })()`.
func (r *rewriter) freshComposites(root ast.Node) {
	paren := func(e ast.Expr) {
		if _, ok := e.(*ast.CompositeLit); ok {
			r.add(r.p.off(e.Pos()), r.p.off(e.Pos()), "(")
			r.add(r.p.off(e.End()), r.p.off(e.End()), ")")
		}
	}
	inLoops(root, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				paren(n.Rhs[0])
			}
		case *ast.ValueSpec:
			if len(n.Values) == 1 {
				paren(n.Values[0])
			}
		case *ast.UnaryExpr:
			lit, ok := n.X.(*ast.CompositeLit)
			if n.Op != token.AND || !ok {
				break
			}
			switch lit.Type.(type) {
			case *ast.ArrayType, *ast.MapType:
				t := r.tmp()
				a, e := r.p.off(n.Pos()), r.p.off(lit.Pos())
				r.add(a, e, "(func() *"+r.src(lit.Type)+" { "+t+" := (")
				end := r.p.off(lit.End())
				r.add(end, end, "); return &"+t+" })()")
			}
		}
	})
}
