package fidelity

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel/gencycle"
)

// This file: constructs where the interpreter's own bugs show (wrong
// values, wrong panic messages, hangs), found by experiment; each check
// is kept to the class that goes wrong.

// literals records the local variables assigned a function literal, and
// the variables of an empty interface type assigned a composite literal
// of a type of the program (T{...}, &T{...}, any(T{...})).
func (g *guard) literals(f *ast.File) {
	g.funcLit = map[types.Object]bool{}
	g.anyLit = map[types.Object]types.Type{}
	note := func(id *ast.Ident, r ast.Expr) {
		o := g.info.Defs[id]
		if o == nil {
			o = g.info.Uses[id]
		}
		v, ok := o.(*types.Var)
		if !ok || id.Name == "_" {
			return
		}
		r = ast.Unparen(r)
		if _, ok := r.(*ast.FuncLit); ok && !g.pkgVar(v) {
			g.funcLit[v] = true
		}
		if iface, ok := v.Type().Underlying().(*types.Interface); ok && iface.NumMethods() == 0 {
			if t := g.ownLit(r); t != nil {
				g.anyLit[v] = t
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						note(id, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					note(id, n.Values[i])
				}
			}
		}
		return true
	})
}

// ownLit is the type of a composite literal of a type of the program, or
// of &T{...}, possibly converted to an interface type; nil otherwise.
func (g *guard) ownLit(e ast.Expr) types.Type {
	e = ast.Unparen(e)
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 && g.info.Types[c.Fun].IsType() && types.IsInterface(g.typeOf(c.Fun)) {
		e = ast.Unparen(c.Args[0])
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if cl, ok := e.(*ast.CompositeLit); ok && g.own(g.typeOf(cl)) {
		return g.typeOf(e)
	}
	return nil
}

// enclosing is the function (declaration or literal) around n and the
// loops between them; nil for the cell's own statements (the generated
// main) and package-level initializers outside any function literal.
func (g *guard) enclosing(n ast.Node) (fun ast.Node, body *ast.BlockStmt, loops []ast.Node) {
	for p := g.parent[n]; p != nil; p = g.parent[p] {
		switch p := p.(type) {
		case *ast.FuncLit:
			return p, p.Body, loops
		case *ast.FuncDecl:
			if p.Recv == nil && p.Name.Name == "main" && g.file(p.Pos()) != cellFile {
				return nil, nil, nil // the cell's statements
			}
			return p, p.Body, loops
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, p)
		}
	}
	return nil, nil, nil
}

func within(p token.Pos, n ast.Node) bool { return n != nil && p >= n.Pos() && p < n.End() }

// deferStmt checks a defer inside a function (the kernel runs a cell's
// top-level defers itself, right):
//   - a deferred call that calls a local variable holding a function
//     literal of the same function (defer f(), defer func() { f() }()),
//     or a function literal with arguments (the kernel binds it to a
//     local first, to evaluate the arguments at the defer): the
//     interpreter hangs when the function returns, after the call ran;
//   - a deferred function literal in a loop that uses a variable declared
//     in the loop (its variables, or in its body): Go's calls each see
//     their iteration's variable, the interpreter's all see the last one.
func (g *guard) deferStmt(d *ast.DeferStmt) {
	fun, body, loops := g.enclosing(d)
	if fun == nil {
		return
	}
	call := d.Call
	lit, isLit := ast.Unparen(call.Fun).(*ast.FuncLit)
	local := func(id *ast.Ident, not ast.Node) bool {
		v, ok := g.info.Uses[id].(*types.Var)
		return ok && g.funcLit[v] && within(v.Pos(), body) && !within(v.Pos(), not)
	}
	const hangs = "(the interpreter hangs when the function returns, after the deferred call ran)"
	if isLit && len(call.Args) > 0 {
		g.find(d.Pos(), "a deferred function literal called with arguments inside a function %s", hangs)
		return
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && local(id, nil) {
		g.find(d.Pos(), "the deferred call of %s, a local variable holding a function literal %s", id.Name, hangs)
		return
	}
	if !isLit {
		return
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && !found && local(id, lit) {
				g.find(n.Pos(), "a call of %s, a local variable holding a function literal, in a deferred function literal %s", id.Name, hangs)
				found = true
			}
		}
		return !found
	})
	if found || len(loops) == 0 {
		return
	}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		v, ok := g.info.Uses[id].(*types.Var)
		if !ok || within(v.Pos(), lit) {
			return true
		}
		for _, l := range loops {
			if within(v.Pos(), l) {
				g.find(d.Pos(), "a deferred function literal in a loop that uses %s, declared in each iteration (Go's deferred calls each see their own %s; the interpreter's all see the last one)", id.Name, id.Name)
				found = true
				break
			}
		}
		return !found
	})
}

// nilReceiver reports, and records, a printed value of type *T that may
// be nil, where T's String or Error method has a pointer receiver that it
// compares with nil (it is meant for nil pointers) or does not use: Go
// calls it, the interpreter prints <nil>. (A method that uses a nil
// receiver's fields panics, and Go prints <nil> too.)
func (g *guard) nilReceiver(a ast.Expr, t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok || !g.own(p.Elem()) {
		return false
	}
	switch x := ast.Unparen(a).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return false
		}
	case *ast.CallExpr:
		if _, name := g.callee(x); name == "new" {
			return false
		}
	}
	for _, name := range []string{"Error", "String"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, g.pkg, name)
		m, ok := obj.(*types.Func)
		if !ok || !pointerRecv(m) {
			continue
		}
		f := g.funcs[m]
		if f == nil || f.decl.Recv == nil || len(f.decl.Recv.List) == 0 {
			continue
		}
		var recv types.Object
		if ns := f.decl.Recv.List[0].Names; len(ns) > 0 {
			recv = g.info.Defs[ns[0]]
		}
		if recv != nil && !g.comparesNil(f.decl.Body, recv) && g.derefsVar(f.decl.Body, recv) {
			continue // it dereferences a nil receiver: Go prints <nil> too
		}
		g.find(a.Pos(), "a %s that may be nil, printed: its %s method works for a nil receiver (Go calls it; the interpreter prints <nil>)", t, name)
		return true
	}
	return false
}

// derefsVar reports a dereference of the pointer v in body: a field of
// it, *v, or an element of it (passing v on, or calling its methods, may
// not).
func (g *guard) derefsVar(body *ast.BlockStmt, v types.Object) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && g.info.Uses[id] == v
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if s := g.info.Selections[x]; s != nil && s.Kind() == types.FieldVal && is(x.X) {
				found = true
			}
		case *ast.StarExpr:
			found = found || is(x.X)
		case *ast.IndexExpr:
			found = found || is(x.X)
		}
		return !found
	})
	return found
}

// comparesNil reports a comparison of v with nil in body.
func (g *guard) comparesNil(body *ast.BlockStmt, v types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL && b.Op != token.NEQ {
			return !found
		}
		for _, s := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			if id, ok := ast.Unparen(s[0]).(*ast.Ident); ok && g.info.Uses[id] == v && g.info.Types[s[1]].IsNil() {
				found = true
			}
		}
		return !found
	})
	return found
}

// panicValue checks panic(v) with v of a type of the program (or a
// pointer to one), not recovered in the same function: Go's message
// for an uncaught panic shows v.Error(), v.String() or main.T(...), the
// interpreter's the value's fields.
func (g *guard) panicValue(c *ast.CallExpr) {
	t := g.typeOf(c.Args[0])
	if !g.own(t) && !g.own(derefType(types.Unalias(t))) {
		return
	}
	if _, body, _ := g.enclosing(c); body != nil && recovers(body) {
		return
	}
	shows := "main." + types.TypeString(t, func(*types.Package) string { return "" }) + "(...)"
	switch {
	case hasMethod(t, "Error"):
		shows = "its Error()"
	case hasMethod(t, "String"):
		shows = "its String()"
	}
	g.find(c.Pos(), "panic with a value of type %s (uncaught, Go's message shows %s; the interpreter's shows the value's fields)", t, shows)
}

// recovers reports a deferred call in body (not in its function
// literals, but for the deferred one) that calls recover.
func recovers(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			ast.Inspect(n.Call, func(m ast.Node) bool {
				if c, ok := m.(*ast.CallExpr); ok {
					if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && id.Name == "recover" {
						found = true
					}
				}
				return !found
			})
		}
		return !found
	})
	return found
}

// structAssert checks an assertion (or type switch case) to a struct
// type of the program with fields, of a value in an interface type of
// the standard library (error, fmt.Stringer): the interpreter never
// matches it (ok is false, the case is skipped). Pointers, empty structs
// and other kinds of types match.
func (g *guard) structAssert(x, target ast.Expr) {
	t := g.typeOf(target)
	if g.info.Types[target].IsNil() || !g.own(t) {
		return
	}
	if st, ok := t.Underlying().(*types.Struct); !ok || st.NumFields() == 0 {
		return
	}
	from, ok := types.Unalias(g.typeOf(x)).(*types.Named)
	if !ok || !types.IsInterface(from) || from.Obj().Pkg() == g.pkg {
		return
	}
	g.find(target.Pos(), "a type assertion or switch case to the struct type %s of a value in %s (the interpreter never matches a struct with fields held in %s: ok is false, the case is skipped)", t, from, from)
}

// anyAssert checks an assertion (or type switch case) to an interface
// type with methods of a variable of an empty interface type that was
// given a composite literal of a type of the program (a := any(T{...}),
// var a any = T{...}): the interpreter's value there lacks the methods
// (one passed as an argument, or read from a slice, has them).
func (g *guard) anyAssert(x, target ast.Expr) {
	to := types.Unalias(g.typeOf(target))
	if _, tp := to.(*types.TypeParam); tp || g.info.Types[target].IsNil() {
		return
	}
	iface, ok := to.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return
	}
	if conv, ok := ast.Unparen(x).(*ast.CallExpr); ok && len(conv.Args) == 1 && g.info.Types[conv.Fun].IsType() {
		// any(v).(I), v of a program type or a pointer to one: the
		// interpreter does not see v's methods there either.
		if e, ok := g.typeOf(conv.Fun).Underlying().(*types.Interface); ok && e.NumMethods() == 0 {
			if vt := g.typeOf(conv.Args[0]); g.own(vt) || g.own(derefType(vt)) {
				g.find(target.Pos(), "a type assertion or switch case to the interface %s of %s (the interpreter does not see the methods of a value of %s converted to an interface in the same expression: ok is false, the case is skipped)", to, exprString(x), vt)
			}
		}
		return
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return
	}
	lt := g.anyLit[g.info.Uses[id]]
	if lt == nil {
		return
	}
	g.find(target.Pos(), "a type assertion or switch case to the interface %s of %s, given a %s literal (the interpreter does not see the methods of a literal put straight into an interface: ok is false, the case is skipped)", to, id.Name, lt)
}

// genericRecursion finds generic functions that call themselves
// (directly, or through another generic function of the program) with a
// parameter whose type is a generic type of the program: the interpreter
// loops for ever compiling the call.
func (g *guard) genericRecursion() {
	generic := func(o types.Object) bool {
		f := g.funcs[o]
		return f != nil && f.decl.Recv == nil && f.decl.Type.TypeParams != nil && f.decl.Type.TypeParams.NumFields() > 0
	}
	for o, f := range g.funcs {
		if !generic(o) {
			continue
		}
		g.recursionInClosure(o, f)
		params := o.Type().(*types.Signature).Params()
		has, ownPtr, typeParam := false, false, false
		for i := range params.Len() {
			t := params.At(i).Type()
			has = has || g.genericOwn(t)
			ownPtr = ownPtr || g.pointerToOwn(t)
			typeParam = typeParam || mentionsTypeParam(t)
		}
		why := "with a parameter of a generic type of the program (the interpreter never ends compiling it)"
		if !has && ownPtr && typeParam {
			// func Count[T any](n *Node, x T): the interpreter's
			// stack overflows, and the evaluator dies.
			has, why = true, "with a pointer to a type of the program and a parameter of a type parameter (the interpreter overflows its stack)"
		}
		if !has {
			continue
		}
		// The call that leads back: to o itself, or to a generic
		// function that calls o.
		back := map[types.Object]bool{o: true}
		for _, c := range f.calls {
			if c != o && generic(c) {
				for _, cc := range g.funcs[c].calls {
					if cc == o {
						back[c] = true
					}
				}
			}
		}
		ast.Inspect(f.decl.Body, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if ok && back[g.info.Uses[id]] {
				f.findings = append(f.findings, finding{id.Pos(), "the recursive call " + id.Name + " of a generic function " + why})
				return false
			}
			return len(f.findings) == 0
		})
	}
}

// recursionInClosure finds, in the generic function o, a function literal
// that calls o again while o's body takes the address of a struct
// variable of its own (a pointer method call such as wg.Add, or &v):
// `var wg sync.WaitGroup; wg.Go(func() { quicksort(a[:p], d-1) })`. The
// interpreter silently skips the call and the rest of the literal.
func (g *guard) recursionInClosure(o types.Object, f *fn) {
	body := f.decl.Body
	local := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := g.info.Uses[id].(*types.Var)
		if !ok || !within(v.Pos(), body) {
			return false
		}
		_, isStruct := v.Type().Underlying().(*types.Struct)
		return isStruct
	}
	addressed := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.UnaryExpr:
			addressed = addressed || x.Op == token.AND && local(x.X)
		case *ast.SelectorExpr:
			if s := g.info.Selections[x]; s != nil && s.Kind() == types.MethodVal && pointerRecv(s.Obj()) && local(x.X) {
				addressed = true
			}
		}
		return !addressed
	})
	if !addressed {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || len(f.findings) > 0 {
			return len(f.findings) == 0
		}
		ast.Inspect(lit.Body, func(m ast.Node) bool {
			id, ok := m.(*ast.Ident)
			if ok && len(f.findings) == 0 {
				if u, isFunc := g.info.Uses[id].(*types.Func); isFunc && (u == o || u.Origin() == o) {
					f.findings = append(f.findings, finding{id.Pos(), "the recursive call " + id.Name + " of a generic function in a function literal, where the function takes the address of a struct variable of its own (the interpreter silently skips the call and the rest of the literal)"})
				}
			}
			return len(f.findings) == 0
		})
		return false
	})
}

// pointerToOwn reports a pointer to a named type of the program in t
// (through slices, arrays, maps and channels).
func (g *guard) pointerToOwn(t types.Type) bool {
	return typeIn(t, func(t types.Type) bool {
		p, ok := t.(*types.Pointer)
		return ok && g.own(p.Elem())
	})
}

// mentionsTypeParam reports a type parameter in t (through pointers,
// slices, arrays, maps and channels).
func mentionsTypeParam(t types.Type) bool {
	return typeIn(t, func(t types.Type) bool {
		_, ok := t.(*types.TypeParam)
		return ok
	})
}

// genericOwn reports an instance of a generic type of the program in t
// (through pointers, slices, arrays, maps and channels).
func (g *guard) genericOwn(t types.Type) bool {
	return typeIn(t, func(t types.Type) bool {
		n, ok := t.(*types.Named)
		return ok && g.own(n) && n.TypeArgs().Len() > 0
	})
}

// typeIn reports whether is holds for t or, through pointers, slices,
// arrays, maps and channels, for a type in it.
func typeIn(t types.Type, is func(types.Type) bool) bool {
	t = types.Unalias(t)
	if is(t) {
		return true
	}
	switch u := t.(type) {
	case *types.Pointer:
		return typeIn(u.Elem(), is)
	case *types.Slice:
		return typeIn(u.Elem(), is)
	case *types.Array:
		return typeIn(u.Elem(), is)
	case *types.Map:
		return typeIn(u.Key(), is) || typeIn(u.Elem(), is)
	case *types.Chan:
		return typeIn(u.Elem(), is)
	}
	return false
}

// lateReceiver checks a method of a program type bound to its receiver
// at n (a go or defer statement's call x.m(...), or an uncalled method
// value x.m of a pointer receiver): the interpreter binds the receiver
// variable, not its value, so when that variable changes after n (it is
// declared in a loop around n, assigned in such a loop, or assigned
// later in the function) the call sees the later receiver. A cell's own
// top-level defers too: `d := &T{}; defer d.m(); d = &T{}` calls m on
// the second T.
func (g *guard) lateReceiver(sel *ast.SelectorExpr, n ast.Node) {
	s := g.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || g.pkg == nil || s.Obj().Pkg() != g.pkg || !g.own(derefType(s.Recv())) {
		return
	}
	root := receiverRoot(sel.X)
	if root == nil {
		return
	}
	v, ok := g.info.Uses[root].(*types.Var)
	if !ok {
		return
	}
	body, loops := g.funcOf(n)
	if body == nil {
		return
	}
	for _, l := range loops {
		if within(v.Pos(), l) {
			g.lateFind(sel, n, root.Name, "declared in each iteration of a loop around it")
			return
		}
	}
	recv := exprString(sel.X)
	byValue := !pointerRecv(s.Obj())
	changes := func(lhs ast.Expr) bool {
		r := receiverRoot(lhs)
		if r == nil || g.info.Uses[r] != v {
			return false
		}
		l := exprString(lhs)
		return byValue || l == recv || strings.HasPrefix(recv, l+".") || strings.HasPrefix(recv, l+"[")
	}
	later := func(p token.Pos) bool {
		if p >= n.End() {
			return true
		}
		for _, l := range loops {
			if within(p, l) {
				return true
			}
		}
		return false
	}
	found := false
	ast.Inspect(body, func(m ast.Node) bool {
		if found {
			return false
		}
		var lhs []ast.Expr
		switch m := m.(type) {
		case *ast.AssignStmt:
			lhs = m.Lhs
		case *ast.IncDecStmt:
			lhs = []ast.Expr{m.X}
		case *ast.RangeStmt:
			if m.Tok == token.ASSIGN {
				for _, e := range []ast.Expr{m.Key, m.Value} {
					if e != nil {
						lhs = append(lhs, e)
					}
				}
			}
		}
		for _, e := range lhs {
			if changes(e) && later(e.Pos()) {
				found = true
			}
		}
		return !found
	})
	if found {
		g.lateFind(sel, n, root.Name, "assigned after it")
	}
}

func (g *guard) lateFind(sel *ast.SelectorExpr, n ast.Node, name, why string) {
	switch n := n.(type) {
	case *ast.GoStmt:
		g.find(n.Pos(), "go %s(...) with the receiver %s, %s (the interpreter binds the variable %s, not its value, when the statement runs, so the call may get a later receiver)", exprString(sel), name, why, name)
	case *ast.DeferStmt:
		g.find(n.Pos(), "defer %s(...) with the receiver %s, %s (the interpreter binds the variable %s, not its value, when the statement runs, so the call may get a later receiver)", exprString(sel), name, why, name)
	default:
		g.find(sel.Pos(), "the method value %s with the receiver %s, %s (the interpreter binds the variable %s, not its value, so the call may get a later receiver)", exprString(sel), name, why, name)
	}
}

// receiverRoot is the variable an expression x, x.f, x[i], *x, (x) is
// rooted in, nil for other expressions (calls, literals, ...).
func receiverRoot(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.ParenExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// funcOf is the body of the function (declaration or literal, or the
// generated main of the cell's statements) around n, and the loops
// between them.
func (g *guard) funcOf(n ast.Node) (body *ast.BlockStmt, loops []ast.Node) {
	for p := g.parent[n]; p != nil; p = g.parent[p] {
		switch p := p.(type) {
		case *ast.FuncLit:
			return p.Body, loops
		case *ast.FuncDecl:
			return p.Body, loops
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, p)
		}
	}
	return nil, nil
}

// genericIfaceCall finds, in a method of a generic type, a call of a
// method through a generic interface type of the program instantiated
// with a type parameter, whose parameter is of a type parameter:
// `func (s and[T]) Ok(v T) bool { return s.a.Ok(v) }` with a field a of
// type Spec[T]. The interpreter takes the argument's type for the
// interface (with T a struct: "cannot use type main.Book as type
// interface {...}", or, reached from a generic function, a panic in
// reflect.Call).
func (g *guard) genericIfaceCall(sel *ast.SelectorExpr, s *types.Selection) {
	d := g.cur.decl
	if d == nil || d.Recv == nil || len(d.Recv.List) == 0 {
		return
	}
	switch ast.Unparen(derefExpr(d.Recv.List[0].Type)).(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
	default:
		return
	}
	n, ok := types.Unalias(s.Recv()).(*types.Named)
	if !ok || !g.own(n) || n.TypeArgs().Len() == 0 {
		return
	}
	typeArg := false
	for i := range n.TypeArgs().Len() {
		typeArg = typeArg || mentionsTypeParam(n.TypeArgs().At(i))
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !typeArg || !ok {
		return
	}
	for i := range sig.Params().Len() {
		if _, isTP := types.Unalias(sig.Params().At(i).Type()).(*types.TypeParam); isTP {
			g.find(sel.Sel.Pos(), "the method call %s through the generic interface %s in a method of a generic type (the interpreter takes the argument's type for the interface: it rejects a struct argument or panics in reflect.Call)", exprString(sel), n.Obj().Name())
			return
		}
	}
}

func derefExpr(e ast.Expr) ast.Expr {
	if st, ok := ast.Unparen(e).(*ast.StarExpr); ok {
		return st.X
	}
	return e
}

// genericTypeCycles finds generic types of the cell on a cycle the
// interpreter cannot instantiate (kernel/gencycle): its stack overflows,
// and the evaluator dies.
func (g *guard) genericTypeCycles(f *ast.File) {
	var types gencycle.Types
	var specs []*ast.TypeSpec
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			if ts := s.(*ast.TypeSpec); types.Add(ts) {
				specs = append(specs, ts)
			}
		}
	}
	for _, ts := range specs {
		if g.file(ts.Pos()) == cellFile && types.OnCycle(ts.Name.Name) {
			g.typeErr = append(g.typeErr, finding{ts.Name.Pos(), fmt.Sprintf("generic type %s refers to itself through an instance of a generic type (the interpreter's stack overflows instantiating it, and the evaluator dies)", ts.Name.Name)})
			return
		}
	}
}
