package typecheck

import (
	"go/ast"
	"go/token"
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
	var results []*types.Tuple // of the enclosing functions
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			if x.Body == nil {
				return false
			}
			if obj, ok := info.Defs[x.Name].(*types.Func); ok {
				results = append(results, obj.Type().(*types.Signature).Results())
				ast.Inspect(x.Body, visit)
				results = results[:len(results)-1]
			}
			return false
		case *ast.FuncLit:
			if sig, ok := info.TypeOf(x).(*types.Signature); ok {
				results = append(results, sig.Results())
				ast.Inspect(x.Body, visit)
				results = results[:len(results)-1]
			}
			return false
		case *ast.AssignStmt:
			if len(x.Lhs) == len(x.Rhs) && x.Tok != token.DEFINE {
				for i, l := range x.Lhs {
					copyInto(info.TypeOf(l), x.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if x.Type != nil && len(x.Values) == len(x.Names) {
				for _, v := range x.Values {
					copyInto(info.TypeOf(x.Type), v)
				}
			}
		case *ast.SendStmt:
			if ch, ok := info.TypeOf(x.Chan).Underlying().(*types.Chan); ok {
				copyInto(ch.Elem(), x.Value)
			}
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1].Len() == len(x.Results) {
				res := results[len(results)-1]
				for i, r := range x.Results {
					copyInto(res.At(i).Type(), r)
				}
			}
		case *ast.CallExpr:
			sig, ok := info.TypeOf(x.Fun).(*types.Signature)
			if !ok || x.Ellipsis.IsValid() {
				return true
			}
			for i, a := range x.Args {
				var pt types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
						pt = s.Elem()
					}
				case i < sig.Params().Len():
					pt = sig.Params().At(i).Type()
				}
				copyInto(pt, a)
			}
		case *ast.CompositeLit:
			switch u := info.TypeOf(x).Underlying().(type) {
			case *types.Slice, *types.Array, *types.Map:
				var elem, key types.Type
				switch v := u.(type) {
				case *types.Slice:
					elem = v.Elem()
				case *types.Array:
					elem = v.Elem()
				case *types.Map:
					elem, key = v.Elem(), v.Key()
				}
				for _, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if key != nil {
							copyInto(key, kv.Key)
						}
						copyInto(elem, kv.Value)
					} else {
						copyInto(elem, el)
					}
				}
			case *types.Struct:
				for i, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if fv, ok := info.Uses[id].(*types.Var); ok {
								copyInto(fv.Type(), kv.Value)
							}
						}
					} else if i < u.NumFields() {
						copyInto(u.Field(i).Type(), el)
					}
				}
			}
		}
		return true
	}
	ast.Inspect(f, visit)
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
