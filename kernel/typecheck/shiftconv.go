package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// shiftConvEdits gives the untyped constant on the left of a non-constant
// shift the type Go gives it. The spec converts it to the type it would
// have if the shift were replaced by its left operand alone, the type of
// its context; yaegi makes it an int, so `w&(1<<p) == 0` with `w` a
// uint64 panicked (reflect: call of reflect.Value.Uint on int Value), as
// did `x := w & (1 << p)` and `1<<p == w`. The type check knows the type:
// the operand is written T(1) (when T is not int, which the interpreter
// already picks).
func shiftConvEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		be, ok := n.(*ast.BinaryExpr)
		if !ok || be.Op != token.SHL && be.Op != token.SHR {
			return true
		}
		tv, ok := info.Types[be]
		if !ok || tv.Value != nil || tv.Type == nil {
			return true // a constant shift: exact already
		}
		if !untypedConst(info, be.X) {
			return true
		}
		if types.Identical(tv.Type, types.Typ[types.Int]) {
			return true
		}
		if _, ok := tv.Type.Underlying().(*types.Basic); !ok {
			return true // a type parameter
		}
		typ, ok := spellType(pkg, be.X.Pos(), tv.Type)
		if !ok {
			return true
		}
		edits = append(edits, rangefunc.Edit{Pos: be.X.Pos(), End: be.X.Pos(), Text: typ + "("},
			rangefunc.Edit{Pos: be.X.End(), End: be.X.End(), Text: ")"})
		return true
	})
	return edits
}

// untypedConst reports whether e is an untyped constant expression in the
// source: a literal, an untyped named constant, or an expression of them.
func untypedConst(info *types.Info, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return untypedConst(info, x.X)
	case *ast.UnaryExpr:
		return untypedConst(info, x.X)
	case *ast.BinaryExpr:
		if x.Op == token.SHL || x.Op == token.SHR {
			return untypedConst(info, x.X) && info.Types[x].Value != nil
		}
		return untypedConst(info, x.X) && untypedConst(info, x.Y)
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if s, ok := x.(*ast.SelectorExpr); ok {
			id = s.Sel
		} else {
			id = x.(*ast.Ident)
		}
		c, ok := info.Uses[id].(*types.Const)
		if !ok {
			return false
		}
		b, ok := c.Type().(*types.Basic)
		return ok && b.Info()&types.IsUntyped != 0
	}
	return false
}
