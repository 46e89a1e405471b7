package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// methodValueEdits writes a method value of a pointer to a type of another
// package as a function with the receiver bound. yaegi gives `b.Reset`,
// for a b of type *strings.Builder that a composite literal, new or a
// function of the session made, the method expression's type, receiver
// first: `f := b.Reset` panicked (reflect.Set: value of type func() is not
// assignable to type func(*strings.Builder)), `use(b.WriteString)` and
// `[]func(){b.Reset}` were refused. The kernel's own rewrites make method
// values too: `defer mu.Unlock()` at the top level of a cell and any `go
// srv.Serve(l)` bind the function value before they run it.
//
// In Go, x.M evaluates x (and *x for a method of the value) where it
// stands; the function literal, called with the receiver there, keeps
// that:
//
//	f := b.WriteString
//	f := (func(__gkR *strings.Builder) func(__gkA0 string) (int, error) { return func(__gkA0 string) (int, error) { return __gkR.WriteString(__gkA0) } })(b)
//
//	defer mu.Unlock()
//	defer (func(__gkR *sync.Mutex) func() { return func() { __gkR.Unlock() } })(mu)()
//
// (Not `defer func(r *sync.Mutex) { r.Unlock() }(mu)`: a deferred
// function literal with arguments hangs the interpreter inside a
// function, see kernel/fidelity.)
// Only the receiver's text is kept, in place, so the edits are insertions
// around it and other lowerings inside it still apply. A method promoted
// from an embedded field, of a value (yaegi takes its address right), of a
// generic type, or whose types the cell cannot spell where it stands is
// left as it is.
func methodValueEdits(pkg *types.Package, fset *token.FileSet, f *ast.File, info *types.Info) []rangefunc.Edit {
	// What an edit replaces must stay on one line (the cell keeps its
	// line numbers).
	oneLine := func(from, to token.Pos) bool { return fset.Position(from).Line == fset.Position(to).Line }
	called := map[*ast.SelectorExpr]bool{}
	goDefer := map[*ast.SelectorExpr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		case *ast.GoStmt:
			if sel, ok := n.Call.Fun.(*ast.SelectorExpr); ok {
				goDefer[sel] = true
			}
		case *ast.DeferStmt:
			if sel, ok := n.Call.Fun.(*ast.SelectorExpr); ok {
				goDefer[sel] = true
			}
		}
		return true
	})
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if called[sel] && !goDefer[sel] {
			return true
		}
		recv, deref, sig, ok := compiledPointerMethod(pkg, info, sel)
		if !ok {
			return true
		}
		star := ""
		if deref {
			star = "*"
		}
		rt, ok := spellTypeDeep(pkg, sel.Pos(), recv)
		if !ok || !oneLine(sel.X.End(), sel.End()) {
			return true
		}
		params, body, results, ok := forwardCall(pkg, sel.Pos(), sel.Sel.Name, sig)
		if !ok {
			return true
		}
		fn := "func(" + params + ")" + results
		edits = append(edits,
			rangefunc.Edit{Pos: sel.Pos(), End: sel.Pos(), Text: "(func(__gkR " + rt + ") " + fn + " { return " + fn + " { " + body + " } })(" + star},
			rangefunc.Edit{Pos: sel.X.End(), End: sel.End(), Text: ")"})
		return true
	})
	return edits
}

// compiledPointerMethod reports whether sel is a method value x.M with x a
// pointer to a (non-generic) named type of another package and M that
// type's own method; recv is the type of M's receiver, deref whether that
// is the value (*x), sig M's signature without the receiver.
func compiledPointerMethod(pkg *types.Package, info *types.Info, sel *ast.SelectorExpr) (recv types.Type, deref bool, sig *types.Signature, ok bool) {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
		return nil, false, nil, false
	}
	xt := info.TypeOf(sel.X)
	ptr, isPtr := types.Unalias(xt).(*types.Pointer)
	if !isPtr {
		return nil, false, nil, false
	}
	named, isNamed := types.Unalias(ptr.Elem()).(*types.Named)
	if !isNamed || named.Obj().Pkg() == nil || named.Obj().Pkg() == pkg || named.TypeArgs().Len() > 0 || types.IsInterface(named) {
		return nil, false, nil, false
	}
	fn, isFunc := s.Obj().(*types.Func)
	if !isFunc {
		return nil, false, nil, false
	}
	sig, _ = fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil, false, nil, false
	}
	if _, ptrRecv := types.Unalias(sig.Recv().Type()).(*types.Pointer); ptrRecv {
		return xt, false, sig, true
	}
	return named, true, sig, true
}
