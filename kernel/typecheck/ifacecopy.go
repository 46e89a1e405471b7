package typecheck

import (
	"go/ast"
	"go/types"
	"strings"

	"gokernel/kernel/rangefunc"
)

// ifaceCopyEdits makes the copies Go makes when a struct value goes into
// an interface. yaegi's interface values of a struct variable alias the
// variable: after `var s fmt.Stringer = a` (or `[]any{a}`, `m[k] = a`,
// `ch <- a`, `f(a)` that keeps it), changing a changed what s holds. A
// conversion to the value's own type, `Counter(a)`, makes yaegi copy, as
// Go does; so a variable (or a field, element or *p) of a struct type put
// where an interface I is wanted goes through an identity function,
// `func(v T) I { return v }(a)`: the value is copied into the call's own
// frame, a new one each time. (A conversion T(a) copies too, but into a
// slot of its own that the next run of the same code overwrites: in a
// loop, every interface value held the last one; even in a new slice,
// []T{a}[0], a value of a type with methods put into a compiled interface
// like fmt.Stringer did.) An argument of compiled code (fmt.Println(a))
// is written T(a) all the same: the identity function's `any` would lose
// the String method fmt calls, and compiled code does not share the
// interpreter's slot. Fresh values (composite literals) need no copy, but
// a call whose result has methods gets the same treatment
// (callWithMethods). An interface that cannot be spelled here gets the
// slice.
func ifaceCopyEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	compiledArg, variadic := compiledArgs(pkg, f, info)
	copyInto := func(target types.Type, e ast.Expr) {
		if target == nil || !types.IsInterface(target) {
			return
		}
		t := info.TypeOf(e)
		if t == nil || types.IsInterface(t) {
			return
		}
		// yaegi does not wrap a value of the program's types given to
		// compiled code as one of several ...I arguments, I an interface
		// with methods (io.MultiWriter(&buf, cw): "reflect: cannot use
		// *struct {...} as type io.Writer in Call"); the identity
		// function's result it does.
		intoVariadic := variadic[e] && ownType(pkg, t) && !target.Underlying().(*types.Interface).Empty()
		if !intoVariadic && !operand(e) && !callWithMethods(pkg, info, e, t) {
			return
		}
		if _, isStruct := t.Underlying().(*types.Struct); !intoVariadic && operand(e) && !isStruct {
			return
		}
		var typ string
		ok := false
		if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
			if elem, spelled := spellType(pkg, e.Pos(), types.Unalias(p.Elem())); spelled {
				typ, ok = "*"+elem, true
			}
		} else {
			typ, ok = spellType(pkg, e.Pos(), t)
		}
		if !ok {
			return
		}
		if compiledArg[e] && !intoVariadic {
			// Compiled code takes it (fmt.Println(a)): a conversion keeps
			// the methods it calls, String and Error (through the identity
			// function, an `any` lost them).
			conv := typ
			if strings.HasPrefix(conv, "*") {
				conv = "(" + conv + ")"
			}
			edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: conv + "("},
				rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
			return
		}
		ityp, ok := interfaceText(pkg, e.Pos(), target)
		if !ok && intoVariadic {
			ityp, ok = spellTypeDeep(pkg, e.Pos(), target) // error
		}
		if ok {
			edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: "func(v " + typ + ") " + ityp + " { return v }("},
				rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
			return
		}
		edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: "[]" + typ + "{"},
			rangefunc.Edit{Pos: e.End(), End: e.End(), Text: "}[0]"})
	}
	AssignSites(f, info, copyInto)
	return edits
}

// compiledArgs are the arguments of calls of functions and methods of
// compiled packages (not the program's own, not builtins); variadic, those
// of them that are one of the values of a ... parameter.
func compiledArgs(pkg *types.Package, f *ast.File, info *types.Info) (out, variadic map[ast.Expr]bool) {
	out, variadic = map[ast.Expr]bool{}, map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		var id *ast.Ident
		switch fn := ast.Unparen(c.Fun).(type) {
		case *ast.Ident:
			id = fn
		case *ast.SelectorExpr:
			id = fn.Sel
		}
		if id == nil {
			return true
		}
		if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != pkg {
			sig, _ := fn.Type().(*types.Signature)
			for i, a := range c.Args {
				out[a] = true
				if sig != nil && sig.Variadic() && !c.Ellipsis.IsValid() && i >= sig.Params().Len()-1 {
					variadic[a] = true
				}
			}
		}
		return true
	})
	return out, variadic
}

// ownType reports a named type of the program, or a pointer to one.
func ownType(pkg *types.Package, t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg
}

// callWithMethods reports a call (not a conversion) whose result, of type
// t, is a named type of the program with methods: yaegi puts such a
// result into an interface without them (`fmt.Println(d.Right())` printed
// 1 for east; `var x any = get()` panicked), and passing it through an
// identity function of its own type gives them back.
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
