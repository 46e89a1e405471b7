package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
)

// AssignSites calls at for every expression e of f that Go assigns to a
// value of type target (an implicit conversion may happen there): the
// right side of `=` (one value per target), a typed var's values, a
// sent value, a returned value, a call's argument (one each, variadic
// ones as elements) and a composite literal's elements and map keys.
func AssignSites(f *ast.File, info *types.Info, at func(target types.Type, e ast.Expr)) {
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
					at(info.TypeOf(l), x.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if x.Type != nil && len(x.Values) == len(x.Names) {
				for _, v := range x.Values {
					at(info.TypeOf(x.Type), v)
				}
			}
		case *ast.SendStmt:
			if t := info.TypeOf(x.Chan); t != nil {
				if ch, ok := t.Underlying().(*types.Chan); ok {
					at(ch.Elem(), x.Value)
				}
			}
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1].Len() == len(x.Results) {
				res := results[len(results)-1]
				for i, r := range x.Results {
					at(res.At(i).Type(), r)
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
				at(pt, a)
			}
		case *ast.CompositeLit:
			t := info.TypeOf(x)
			if t == nil {
				return true
			}
			switch u := t.Underlying().(type) {
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
							at(key, kv.Key)
						}
						at(elem, kv.Value)
					} else {
						at(elem, el)
					}
				}
			case *types.Struct:
				for i, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if fv, ok := info.Uses[id].(*types.Var); ok {
								at(fv.Type(), kv.Value)
							}
						}
					} else if i < u.NumFields() {
						at(u.Field(i).Type(), el)
					}
				}
			}
		}
		return true
	}
	ast.Inspect(f, visit)
}
