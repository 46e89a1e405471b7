package fidelity

import (
	"go/ast"
	"go/types"
)

// selfFuncField finds a struct literal that sets a field of a function
// type whose parameters or results refer back to the struct (`Fn
// func(t *Task, now time.Duration)` in Task): yaegi builds the field's
// type with a placeholder for the struct and panics when the literal is
// made (reflect.Set: value of type func(*struct {...}) is not assignable
// to type func(*unsafe2.dummy)).
func (g *guard) selfFuncField(lit *ast.CompositeLit) {
	t := g.typeOf(lit)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != g.pkg || g.pkg == nil {
		return
	}
	s, ok := n.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, e := range lit.Elts {
		var f *types.Var
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			for j := range s.NumFields() {
				if s.Field(j).Name() == id.Name {
					f = s.Field(j)
				}
			}
		} else if i < s.NumFields() {
			f = s.Field(i)
		}
		if f == nil {
			continue
		}
		if sig, ok := f.Type().Underlying().(*types.Signature); ok && mentions(sig, n, 0) {
			g.find(e.Pos(), "the struct literal of %s that sets %s, a function whose type refers back to %s (the interpreter panics: reflect.Set ... not assignable)", n.Obj().Name(), f.Name(), n.Obj().Name())
			return
		}
	}
}

// mentions reports whether t refers to n (through pointers, slices,
// maps, channels, signatures, and the fields of unnamed structs), a few
// levels deep.
func mentions(t types.Type, n *types.Named, depth int) bool {
	if depth > 4 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t == n || t.Origin() == n
	case *types.Pointer:
		return mentions(t.Elem(), n, depth+1)
	case *types.Slice:
		return mentions(t.Elem(), n, depth+1)
	case *types.Array:
		return mentions(t.Elem(), n, depth+1)
	case *types.Map:
		return mentions(t.Key(), n, depth+1) || mentions(t.Elem(), n, depth+1)
	case *types.Chan:
		return mentions(t.Elem(), n, depth+1)
	case *types.Signature:
		for _, tuple := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tuple.Len() {
				if mentions(tuple.At(i).Type(), n, depth+1) {
					return true
				}
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if mentions(t.Field(i).Type(), n, depth+1) {
				return true
			}
		}
	}
	return false
}

// selfFuncFieldUse finds a use of a field whose type holds a function
// type that refers back to the field's struct, other than a struct
// literal: `vm.ops[op](vm)` with `ops map[string]func(*VM) error` in VM,
// `vm.ops = ...`, `t.Fn(t)`. yaegi builds such a function type with a
// placeholder for the struct and panics when it is called or set
// (reflect: Call using *struct {...} as type *unsafe2.dummy).
func (g *guard) selfFuncFieldUse(sel *ast.SelectorExpr, s *types.Selection) {
	if s.Kind() != types.FieldVal || g.pkg == nil {
		return
	}
	n, ok := types.Unalias(derefType(s.Recv())).(*types.Named)
	if !ok || n.Obj().Pkg() != g.pkg {
		return
	}
	if _, ok := n.Underlying().(*types.Struct); ok && holdsSelfFunc(s.Obj().Type(), n, 0) {
		g.find(sel.Pos(), "%s, a field of %s whose function type refers back to %s (the interpreter panics: reflect: Call using *struct as type *unsafe2.dummy)", exprString(sel), n.Obj().Name(), n.Obj().Name())
	}
}

// holdsSelfFunc reports whether t is, or holds in a pointer, slice,
// array, map or channel, a function type that mentions n.
func holdsSelfFunc(t types.Type, n *types.Named, depth int) bool {
	if depth > 4 {
		return false
	}
	switch t := t.Underlying().(type) {
	case *types.Signature:
		return mentions(t, n, 0)
	case *types.Pointer:
		return holdsSelfFunc(t.Elem(), n, depth+1)
	case *types.Slice:
		return holdsSelfFunc(t.Elem(), n, depth+1)
	case *types.Array:
		return holdsSelfFunc(t.Elem(), n, depth+1)
	case *types.Map:
		return holdsSelfFunc(t.Elem(), n, depth+1)
	case *types.Chan:
		return holdsSelfFunc(t.Elem(), n, depth+1)
	}
	return false
}
