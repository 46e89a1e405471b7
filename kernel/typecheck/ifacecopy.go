package typecheck

import (
	"go/ast"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// ifaceCopyEdits makes the copies Go makes when a struct value goes into
// an interface. yaegi's interface values of a struct variable alias the
// variable: after `var s fmt.Stringer = a` (or `[]any{a}`, `m[k] = a`,
// `ch <- a`, `f(a)` that keeps it), changing a changed what s holds. A
// conversion to the value's own type, `Counter(a)`, makes yaegi copy, as
// Go does; so a variable (or a field, element or *p) of a struct type put
// where an interface is wanted is written T(a). Fresh values (composite
// literals, calls) need no copy.
func ifaceCopyEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	copyInto := func(target types.Type, e ast.Expr) {
		if target == nil || !types.IsInterface(target) || !operand(e) {
			return
		}
		t := info.TypeOf(e)
		if t == nil {
			return
		}
		if _, isStruct := t.Underlying().(*types.Struct); !isStruct || types.IsInterface(t) {
			return
		}
		typ, ok := spellType(pkg, e.Pos(), t)
		if !ok {
			return
		}
		edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: typ + "("},
			rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
	}
	assignSites(f, info, copyInto)
	return edits
}

// operand reports whether e names storage whose later changes an alias
// would see: a variable, a field, an element, a dereference.
func operand(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
		return true
	}
	return false
}
