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

// sharedSelectArg checks the function literals with a select that a
// call hands to a function of the program which starts them as
// goroutines (`spawn(wg, func() { select {...} })` with
// `func spawn(wg *sync.WaitGroup, f func()) { wg.Go(func() { f() }) }`),
// when the call may run more than once.
func (g *guard) sharedSelectArg(c *ast.CallExpr) {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok {
		return
	}
	o, ok := g.info.Uses[id].(*types.Func)
	if !ok {
		return
	}
	var decl *ast.FuncDecl
	for _, d := range g.funcs {
		if g.info.Defs[d.decl.Name] == o {
			decl = d.decl
		}
	}
	if decl == nil || decl.Body == nil {
		return
	}
	var params []types.Object
	for _, f := range decl.Type.Params.List {
		for _, n := range f.Names {
			params = append(params, g.info.Defs[n])
		}
	}
	for i, a := range c.Args {
		lit, ok := ast.Unparen(a).(*ast.FuncLit)
		if !ok || i >= len(params) || params[i] == nil || !hasSelect(lit.Body) {
			continue
		}
		if g.startsAsGoroutine(decl.Body, params[i]) && g.repeats(c) {
			g.find(c.Pos(), "a select statement in goroutines started more than once (the interpreter shares one select's cases between the goroutines that run it, so their channels and values mix)")
			return
		}
	}
}

// startsAsGoroutine reports whether body starts a goroutine that runs
// the function param: `go param(...)`, `wg.Go(param)`, or a go
// statement or wg.Go whose function literal uses param.
func (g *guard) startsAsGoroutine(body *ast.BlockStmt, param types.Object) bool {
	runs := func(fun ast.Expr) bool {
		switch f := ast.Unparen(fun).(type) {
		case *ast.Ident:
			return g.info.Uses[f] == param
		case *ast.FuncLit:
			uses := false
			ast.Inspect(f.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && g.info.Uses[id] == param {
					uses = true
				}
				return !uses
			})
			return uses
		}
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			found = found || runs(n.Call.Fun)
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Go" && len(n.Args) == 1 {
				found = found || runs(n.Args[0])
			}
		}
		return !found
	})
	return found
}
