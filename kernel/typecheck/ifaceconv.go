package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// ifaceConvEdits routes values into interfaces the way yaegi gets right.
//
// yaegi's conversion to a non-empty interface, `fmt.Stringer(a)`, stores
// the bare value: `s := fmt.Stringer(a)` panics (reflect.Set) and
// `fmt.Println(fmt.Stringer(a))` prints {3} where Go calls String. Passing
// the value as an argument of that interface type wraps it properly, so
// the conversion is written `func(v fmt.Stringer) fmt.Stringer { return v
// }(a)` (with the copy a struct variable needs, as in ifaceCopyEdits).
//
// A switch on an interface value with a case of a concrete type, `switch v
// { case "x": }`, makes yaegi convert the tag to the case's type, which
// panics; each case but nil is given the tag's type the same way, so the two
// are compared as interfaces, as Go compares them.
func ifaceConvEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	// through wraps e in a call of an identity function over the interface
	// type spelled typ.
	through := func(typ string, e ast.Expr) {
		open := "func(v " + typ + ") " + typ + " { return v }("
		if copyOf, ok := structCopy(pkg, info, e); ok {
			open += copyOf + "("
			edits = append(edits, rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
		}
		edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: open},
			rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			tv, ok := info.Types[x.Fun]
			if !ok || !tv.IsType() || len(x.Args) != 1 || x.Ellipsis.IsValid() {
				return true
			}
			iface, ok := plainInterface(tv.Type)
			if !ok || iface.Empty() || !concrete(info, x.Args[0]) {
				return true
			}
			typ, ok := interfaceText(pkg, x.Fun.Pos(), tv.Type)
			if !ok {
				return true
			}
			// `I(a)` becomes `(func(v I) I { return v }(a))`: the
			// conversion's own parentheses are kept around the call.
			edits = append(edits, rangefunc.Edit{Pos: x.Fun.Pos(), End: x.Lparen + 1, Text: "("})
			through(typ, x.Args[0])
		case *ast.SwitchStmt:
			if x.Tag == nil {
				return true
			}
			tagType := info.TypeOf(x.Tag)
			if _, ok := plainInterface(tagType); !ok {
				return true
			}
			typ, ok := interfaceText(pkg, x.Tag.Pos(), tagType)
			if !ok {
				return true
			}
			for _, s := range x.Body.List {
				cc, ok := s.(*ast.CaseClause)
				if !ok {
					continue
				}
				for _, e := range cc.List {
					// An interface-typed case may be a conversion of a
					// constant (`any("x")`), which fails the same way.
					if !isNil(info, e) {
						through(typ, e)
					}
				}
			}
		}
		return true
	})
	return edits
}

// plainInterface is t's interface when t is an interface type and not a
// type parameter (whose underlying type is its constraint).
func plainInterface(t types.Type) (*types.Interface, bool) {
	if t == nil {
		return nil, false
	}
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return nil, false
	}
	iface, ok := t.Underlying().(*types.Interface)
	return iface, ok
}

// concrete reports whether e has a type that is not an interface (nor
// untyped nil), so putting it into an interface wraps it.
func concrete(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && !types.IsInterface(t) && !isNil(info, e)
}

// isNil reports whether e is the untyped nil.
func isNil(info *types.Info, e ast.Expr) bool {
	b, ok := info.TypeOf(e).(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// interfaceText spells the interface type t at pos: a named type the cell
// can name, or interface{} for the empty interface.
func interfaceText(pkg *types.Package, pos token.Pos, t types.Type) (string, bool) {
	if iface, ok := types.Unalias(t).(*types.Interface); ok && iface.Empty() {
		return "interface{}", true
	}
	return spellType(pkg, pos, types.Unalias(t))
}

// structCopy is the type to convert e to so that a struct variable is
// copied as it goes into an interface (see ifaceCopyEdits).
func structCopy(pkg *types.Package, info *types.Info, e ast.Expr) (string, bool) {
	if !operand(e) {
		return "", false
	}
	t := info.TypeOf(e)
	if t == nil {
		return "", false
	}
	if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
		return "", false
	}
	return spellType(pkg, e.Pos(), t)
}
