// Package gencycle finds generic types whose definition leads back to
// themselves through instances of generic types: through another generic
// type (`type A[K any] struct{ b *B[K] }; type B[K any] struct{ a *A[K]
// }`), or straight to themselves with two type parameters or more (`type
// N[K, V any] struct{ next *N[K, V] }`). Go accepts them; yaegi
// instantiates them again and again until its stack overflows, which
// kills the evaluator. kernel/eval refuses such a cell before yaegi sees
// it, and kernel/fidelity's guard sends it to the compiled path.
package gencycle

import "go/ast"

// Types are the generic type declarations of a program, by name, in the
// order added.
type Types struct {
	order []string
	gens  map[string]generic
}

type generic struct {
	params int
	refs   map[string]bool // generic types its definition instantiates
}

// Add records ts if it declares a generic type, and reports whether it
// did.
func (t *Types) Add(ts *ast.TypeSpec) bool {
	if ts.TypeParams == nil || ts.TypeParams.NumFields() == 0 {
		return false
	}
	g := generic{params: ts.TypeParams.NumFields(), refs: map[string]bool{}}
	ast.Inspect(ts.Type, func(n ast.Node) bool {
		var x ast.Expr
		switch e := n.(type) {
		case *ast.IndexExpr:
			x = e.X
		case *ast.IndexListExpr:
			x = e.X
		}
		if id, ok := x.(*ast.Ident); ok {
			g.refs[id.Name] = true
		}
		return true
	})
	if t.gens == nil {
		t.gens = map[string]generic{}
	}
	if _, dup := t.gens[ts.Name.Name]; !dup {
		t.order = append(t.order, ts.Name.Name)
	}
	t.gens[ts.Name.Name] = g
	return true
}

// OnCycle reports whether the generic type name leads back to itself in
// a way yaegi cannot instantiate.
func (t *Types) OnCycle(name string) bool {
	g, ok := t.gens[name]
	if !ok {
		return false
	}
	if g.refs[name] && g.params >= 2 {
		return true
	}
	seen := map[string]bool{name: true}
	var stack []string
	for r := range g.refs {
		stack = append(stack, r)
	}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		ug, ok := t.gens[u]
		if seen[u] || !ok {
			continue
		}
		seen[u] = true
		if ug.refs[name] {
			return true
		}
		for r := range ug.refs {
			stack = append(stack, r)
		}
	}
	return false
}

// First is the first generic type added that is on a cycle.
func (t *Types) First() (string, bool) {
	for _, n := range t.order {
		if t.OnCycle(n) {
			return n, true
		}
	}
	return "", false
}
