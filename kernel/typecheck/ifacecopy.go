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
// literals, calls) need no copy, but a call whose result has methods gets
// the conversion too (callWithMethods).
func ifaceCopyEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	copyInto := func(target types.Type, e ast.Expr) {
		if target == nil || !types.IsInterface(target) {
			return
		}
		t := info.TypeOf(e)
		if t == nil || types.IsInterface(t) {
			return
		}
		if !operand(e) && !callWithMethods(pkg, info, e, t) {
			return
		}
		if _, isStruct := t.Underlying().(*types.Struct); operand(e) && !isStruct {
			return
		}
		var typ string
		ok := false
		if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
			if elem, spelled := spellType(pkg, e.Pos(), types.Unalias(p.Elem())); spelled {
				typ, ok = "(*"+elem+")", true
			}
		} else {
			typ, ok = spellType(pkg, e.Pos(), t)
		}
		if !ok {
			return
		}
		edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: typ + "("},
			rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
	}
	assignSites(f, info, copyInto)
	return edits
}

// callWithMethods reports a call (not a conversion) whose result, of type
// t, is a named type of the program with methods: yaegi puts such a
// result into an interface without them (`fmt.Println(d.Right())` printed
// 1 for east; `var x any = get()` panicked), and a conversion to its own
// type, D(d.Right()), gives them back.
func callWithMethods(pkg *types.Package, info *types.Info, e ast.Expr, t types.Type) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	u := types.Unalias(t)
	if p, ok := u.(*types.Pointer); ok {
		u = types.Unalias(p.Elem()) // *Config: the pointer's methods
	}
	n, ok := u.(*types.Named)
	if !ok || n.Obj().Pkg() != pkg || n.TypeArgs().Len() > 0 || types.IsInterface(n) {
		return false
	}
	return types.NewMethodSet(t).Len() > 0
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
