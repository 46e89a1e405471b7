package eval

import "go/ast"

// freshClosures makes each function literal passed to a call in a loop
// body with per-iteration variables (loopVars) a value of its own
// before the call takes it: yaegi's wrapper for an interpreted function
// handed to compiled code (wg.Go(func() {...}), time.AfterFunc) reads
// the variables of the frame it was made in when it runs, so closures a
// goroutine runs while the loop goes on saw the last iteration's copy.
// `f(func() T {...})` becomes `f((func() func() T { return func() T {...} })())`.
func (r *rewriter) freshClosures(body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			return false // goDefer binds its arguments already
		case *ast.CallExpr:
			for _, a := range n.Args {
				lit, ok := a.(*ast.FuncLit)
				if !ok {
					continue
				}
				start, end := r.p.off(lit.Pos()), r.p.off(lit.End())
				r.add(start, start, "(func() "+r.src(lit.Type)+" { return ")
				r.add(end, end, " })()")
			}
		}
		return true
	})
}
