package eval

import (
	"fmt"
	"go/ast"
)

// recoverCompiledGoroutines gives function literals that compiled code
// runs in a goroutine of its own (`wg.Go(func() {...})`,
// `time.AfterFunc(d, func() {...})`) the recover the rewrite of a go
// statement gives: a panic there is reported under the cell (as a go
// statement's is) instead of taking the evaluator down with the
// session's values (yaegi re-panics in the compiled goroutine).
func (r *rewriter) recoverCompiledGoroutines(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		var lit *ast.FuncLit
		switch {
		case sel.Sel.Name == "Go" && len(call.Args) == 1:
			lit, _ = call.Args[0].(*ast.FuncLit)
		case sel.Sel.Name == "AfterFunc" && len(call.Args) == 2:
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "time" {
				lit, _ = call.Args[1].(*ast.FuncLit)
			}
		}
		if lit == nil || lit.Type.Params.NumFields() > 0 || lit.Type.Results.NumFields() > 0 {
			return true
		}
		at := r.p.off(lit.Body.Lbrace) + 1
		r.add(at, at, fmt.Sprintf(" defer func() { if r := recover(); r != nil { %s.GoPanic(%d, r) } }();", helperPkg, r.cellLine(call.Pos())))
		return true
	})
}
