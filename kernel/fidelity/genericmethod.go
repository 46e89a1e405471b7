package fidelity

import (
	"go/ast"
	"go/types"
)

// sameNameMethod finds, in a method of a generic type H of the program,
// a call of method M of another generic type G of the program when H has
// a method M too (`d.front.Len()` in a method of Deque[T], whose field
// front is a Stack[T], and both have Len): yaegi calls H's M with the G
// value as its receiver and panics (reflect.Set: value of type *struct {
// Xitems []int } is not assignable to type *struct { Xfront ... }).
func (g *guard) sameNameMethod(sel *ast.SelectorExpr, s *types.Selection) {
	if s.Kind() != types.MethodVal || g.cur == nil || g.cur.decl == nil || g.cur.decl.Recv == nil {
		return
	}
	fobj, ok := g.info.Defs[g.cur.decl.Name].(*types.Func)
	if !ok {
		return
	}
	h := g.genericOrigin(fobj.Type().(*types.Signature).Recv().Type())
	callee := g.genericOrigin(s.Recv())
	if h == nil || callee == nil || h == callee || types.IsInterface(callee) {
		return // a method of a generic interface is another gap (genericIfaceCall)
	}
	for i := range h.NumMethods() {
		if h.Method(i).Name() == s.Obj().Name() {
			g.find(sel.Pos(), "%s, a method of %s called in a method of %s, which has a method %s too (the interpreter calls %s's with the wrong receiver)", exprString(sel), callee.Obj().Name(), h.Obj().Name(), s.Obj().Name(), h.Obj().Name())
			return
		}
	}
}

// genericOrigin is the generic type of the program that t (or what t
// points to) is an instance of; nil for any other type.
func (g *guard) genericOrigin(t types.Type) *types.Named {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || g.pkg == nil {
		return nil
	}
	n = n.Origin()
	if n.TypeParams().Len() == 0 || n.Obj().Pkg() != g.pkg {
		return nil
	}
	return n
}
