package fidelity

import (
	"go/ast"
	"go/types"
)

// The interpreter keeps one set of cases per select statement, shared by
// every goroutine that runs it: goroutines that run the same select at
// the same time swap channels and values (a prime sieve of filter
// goroutines printed 547 for the 100th prime, now and then). A select in
// the code a go statement (or wg.Go) starts, when that statement may run
// more than once (in a loop, or in a function called in a loop), is a
// finding at the go statement.

// sharedSelect checks the goroutine that go (or a call handing a
// function literal to compiled code) starts with fun.
func (g *guard) sharedSelect(at ast.Node, fun ast.Expr) {
	var body *ast.BlockStmt
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		body = f.Body
	case *ast.Ident:
		if o, ok := g.info.Uses[f].(*types.Func); ok {
			for _, d := range g.funcs {
				if g.info.Defs[d.decl.Name] == o {
					body = d.decl.Body
				}
			}
		}
	}
	if body == nil || !hasSelect(body) || !g.repeats(at) {
		return
	}
	g.find(at.Pos(), "a select statement in goroutines started more than once (the interpreter shares one select's cases between the goroutines that run it, so their channels and values mix)")
}

// hasSelect reports a select statement in body, outside function
// literals.
func hasSelect(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.SelectStmt:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// repeats reports whether n may run more than once: it is in a loop of
// its function, or its function is called in a loop (or from two places).
func (g *guard) repeats(n ast.Node) bool {
	var fn *ast.FuncDecl
	for p := g.parent[n]; p != nil; p = g.parent[p] {
		switch x := p.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncDecl:
			fn = x
		}
		if fn != nil {
			break
		}
	}
	if fn == nil || fn.Name.Name == "main" {
		return false
	}
	obj := g.info.Defs[fn.Name]
	calls := 0
	for id, u := range g.info.Uses {
		if u != obj {
			continue
		}
		calls++
		for p := g.parent[id]; p != nil; p = g.parent[p] {
			if _, loop := p.(*ast.ForStmt); loop {
				return true
			}
			if _, loop := p.(*ast.RangeStmt); loop {
				return true
			}
			if _, decl := p.(*ast.FuncDecl); decl {
				break
			}
		}
	}
	return calls > 1
}
