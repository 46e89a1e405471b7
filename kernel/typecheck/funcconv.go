package typecheck

import (
	"go/ast"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// funcConvEdits converts functions explicitly to a named function type of
// another package. yaegi passes an interpreted function (`h`, declared
// with func) as it stores it, a node of its own, where the parameter's
// type is a function type of a compiled package: `g(h)` with `func g(f
// bufio.SplitFunc)` panicked (reflect.Set: value of type *interp.node is
// not assignable to type bufio.SplitFunc), as did `f = h`, `S{F: h}`,
// `[]bufio.SplitFunc{h}` and `a, b = h, h` at the top level of a cell.
// Its conversion, `bufio.SplitFunc(h)`, wraps the function as a compiled
// one; in Go it is the same value. So a value of an unnamed function type
// put where such a named type is wanted is written T(h). Function
// literals and functions of other packages are passed right and are left
// alone.
func funcConvEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	AssignSites(f, info, func(target types.Type, e ast.Expr) {
		if target == nil {
			return
		}
		named, ok := types.Unalias(target).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == pkg {
			return
		}
		if _, ok := named.Underlying().(*types.Signature); !ok {
			return
		}
		if _, lit := ast.Unparen(e).(*ast.FuncLit); lit {
			return
		}
		if compiledFunc(pkg, info, e) {
			return
		}
		t := info.TypeOf(e)
		if t == nil {
			return
		}
		if _, unnamed := types.Unalias(t).(*types.Signature); !unnamed {
			return
		}
		typ, ok := spellType(pkg, e.Pos(), named)
		if !ok {
			return
		}
		edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: typ + "("},
			rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
	})
	return edits
}

// compiledFunc reports whether e names a function of another package
// (bufio.ScanWords), which the interpreter passes as it is.
func compiledFunc(pkg *types.Package, info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg() != pkg
}
