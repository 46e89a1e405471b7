package eval

import (
	"go/ast"
)

// genericCycle finds a generic type of the cell whose definition leads
// back to itself through instances of generic types: through another
// generic type (`type A[K any] struct{ b *B[K] }; type B[K any] struct{
// a *A[K] }`), or straight to itself with two type parameters or more
// (`type N[K, V any] struct{ next *N[K, V] }`). Go accepts it; yaegi
// instantiates it again and again until its stack overflows, which kills
// the evaluator, so the cell must stop here (the guard makes such a cell
// run compiled when the type check ran first).
func (c *cell) genericCycle() (name string, off int, found bool) {
	type gen struct {
		params int
		refs   map[string]bool
		off    int
	}
	gens := map[string]*gen{}
	var order []string
	for i, p := range c.parsed {
		ast.Inspect(p.file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			if ts.TypeParams == nil || ts.TypeParams.NumFields() == 0 {
				return false
			}
			g := &gen{params: ts.TypeParams.NumFields(), refs: map[string]bool{}, off: c.units[i].start + p.off(ts.Name.Pos())}
			ast.Inspect(ts.Type, func(n ast.Node) bool {
				var x ast.Expr
				switch t := n.(type) {
				case *ast.IndexExpr:
					x = t.X
				case *ast.IndexListExpr:
					x = t.X
				}
				if id, ok := x.(*ast.Ident); ok {
					g.refs[id.Name] = true
				}
				return true
			})
			gens[ts.Name.Name] = g
			order = append(order, ts.Name.Name)
			return false
		})
	}
	return genericCycleOf(order, func(n string) (int, map[string]bool, bool) {
		g := gens[n]
		if g == nil {
			return 0, nil, false
		}
		return g.params, g.refs, true
	}, func(n string) int { return gens[n].off })
}

// genericCycleOf reports the first of names (generic types, each with its
// number of type parameters and the generic types its definition
// instantiates) on a cycle yaegi cannot instantiate.
func genericCycleOf(names []string, gen func(string) (int, map[string]bool, bool), off func(string) int) (string, int, bool) {
	for _, n := range names {
		params, refs, _ := gen(n)
		if refs[n] && params >= 2 {
			return n, off(n), true
		}
		// Through another generic type back to n.
		seen := map[string]bool{n: true}
		stack := []string{}
		for r := range refs {
			if r != n {
				stack = append(stack, r)
			}
		}
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[u] {
				continue
			}
			seen[u] = true
			_, urefs, ok := gen(u)
			if !ok {
				continue
			}
			if urefs[n] {
				return n, off(n), true
			}
			for r := range urefs {
				stack = append(stack, r)
			}
		}
	}
	return "", 0, false
}
