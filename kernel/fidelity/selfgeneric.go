package fidelity

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// selfGenericCall finds a call of a generic function (maps.Keys, or the
// program's own) whose instance involves a generic type of the program
// that refers to itself (trieNode[V] with a field map[rune]*trieNode[V])
// when the program instantiates that type with two type arguments or
// more: the interpreter takes one instance for another (reflect.Set:
// value of type map[int32]*struct { Xkids map[int32]*unsafe2.dummy; Xv
// string } is not assignable to type map[int32]*struct { ... Xv int }).
func (g *guard) selfGenericCall(c *ast.CallExpr) {
	fun := ast.Unparen(c.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return
	}
	inst, ok := g.info.Instances[id]
	if !ok {
		return
	}
	if _, isFunc := g.info.Uses[id].(*types.Func); !isFunc {
		return
	}
	twice := g.selfGenericTwice()
	if len(twice) == 0 {
		return
	}
	seen := map[types.Type]bool{}
	for i := range inst.TypeArgs.Len() {
		if n := g.holdsInstanceOf(inst.TypeArgs.At(i), twice, seen); n != nil {
			g.find(c.Pos(), "%s with %s, which holds the generic type %s; %s refers to itself and the program instantiates it as %s (the interpreter takes one instance for another)",
				exprString(c.Fun), types.TypeString(inst.TypeArgs.At(i), types.RelativeTo(g.pkg)), n.Obj().Name(), n.Obj().Name(), strings.Join(twice[n], " and "))
			return
		}
	}
}

// holdsInstanceOf is the origin in origins of a generic type instance
// that t is or holds (through pointers, slices, arrays, maps, channels
// and the fields of the program's structs), or nil.
func (g *guard) holdsInstanceOf(t types.Type, origins map[*types.Named][]string, seen map[types.Type]bool) *types.Named {
	var found *types.Named
	typeIn(t, func(t types.Type) bool {
		n, ok := t.(*types.Named)
		if !ok || seen[t] {
			return false
		}
		seen[t] = true
		if _, ok := origins[n.Origin()]; ok {
			found = n.Origin()
			return true
		}
		if s, ok := n.Underlying().(*types.Struct); ok && g.own(n) {
			for i := range s.NumFields() {
				if found = g.holdsInstanceOf(s.Field(i).Type(), origins, seen); found != nil {
					return true
				}
			}
		}
		return false
	})
	return found
}

// selfGenericTwice maps each generic struct type of the program that
// refers to itself in its fields to the instances the program makes of
// it, when there are two or more; computed once per check.
func (g *guard) selfGenericTwice() map[*types.Named][]string {
	if g.twice != nil {
		return g.twice
	}
	g.twice = map[*types.Named][]string{}
	selfRef := map[*types.Named]bool{}
	for _, n := range g.named {
		s, ok := n.Underlying().(*types.Struct)
		if !ok || n.TypeParams().Len() == 0 {
			continue
		}
		for i := range s.NumFields() {
			if typeIn(s.Field(i).Type(), func(t types.Type) bool {
				m, ok := t.(*types.Named)
				return ok && m.Origin() == n
			}) {
				selfRef[n] = true
				break
			}
		}
	}
	if len(selfRef) == 0 {
		return g.twice
	}
	instances := map[*types.Named]map[string]bool{}
	seen := map[types.Type]bool{}
	var visit func(t types.Type)
	visit = func(t types.Type) {
		typeIn(t, func(t types.Type) bool {
			n, ok := t.(*types.Named)
			if !ok || seen[t] {
				return false
			}
			seen[t] = true
			if selfRef[n.Origin()] && n.TypeArgs().Len() > 0 && !mentionsTypeParamIn(n.TypeArgs()) {
				if instances[n.Origin()] == nil {
					instances[n.Origin()] = map[string]bool{}
				}
				instances[n.Origin()][types.TypeString(n, types.RelativeTo(g.pkg))] = true
			}
			if s, ok := n.Underlying().(*types.Struct); ok && g.own(n) && !mentionsTypeParamIn(n.TypeArgs()) {
				for i := range s.NumFields() {
					visit(s.Field(i).Type())
				}
			}
			return false
		})
	}
	for _, tv := range g.info.Types {
		if tv.Type != nil {
			visit(tv.Type)
		}
	}
	for _, o := range g.info.Defs {
		if v, ok := o.(*types.Var); ok {
			visit(v.Type())
		}
	}
	for n, set := range instances {
		if len(set) > 1 {
			g.twice[n] = slices.Sorted(func(yield func(string) bool) {
				for s := range set {
					if !yield(s) {
						return
					}
				}
			})
		}
	}
	return g.twice
}

func mentionsTypeParamIn(l *types.TypeList) bool {
	for i := range l.Len() {
		if mentionsTypeParam(l.At(i)) {
			return true
		}
	}
	return false
}
