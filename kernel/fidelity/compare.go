package fidelity

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter keeps a value of a program type with methods in an
// interface together with the place where it was put there, and compares
// interfaces by both: `var e error = ErrX; e == ErrX` is false, as are
// errors.Is(err, ErrX), a switch on an interface with such a case, and a
// map with interface keys looked up by an equal value. Go compares the
// dynamic types and values.

// compareWhy ends a finding about comparing interfaces.
const compareWhy = "(the interpreter compares values of a type with methods in an interface by where they were put there, so equal values differ)"

// compare checks a == or != of interfaces.
func (g *guard) compare(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	if t, ok := g.ifaceCompare(b.X, b.Y); ok {
		g.find(b.OpPos, "%s of %s and %s, which may hold a %s %s", b.Op, exprString(b.X), exprString(b.Y), t, compareWhy)
	}
}

// switchCompare checks the cases of a switch on an interface value (or
// of a value compared with interface cases).
func (g *guard) switchCompare(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			e = unwrapIdentity(e)
			if t, ok := g.ifaceCompare(s.Tag, e); ok {
				g.find(e.Pos(), "switch %s with case %s, which may hold a %s %s", exprString(s.Tag), exprString(e), t, compareWhy)
				return
			}
		}
	}
}

// unwrapIdentity is the case as the learner wrote it, before the type
// check's lowering gave it the tag's type (`func(v T) T { return v }(e)`).
func unwrapIdentity(e ast.Expr) ast.Expr {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(c.Args) != 1 {
		return e
	}
	lit, ok := c.Fun.(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 || len(lit.Type.Params.List) != 1 || len(lit.Type.Params.List[0].Names) != 1 {
		return e
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return e
	}
	if id, ok := ret.Results[0].(*ast.Ident); !ok || id.Name != lit.Type.Params.List[0].Names[0].Name {
		return e
	}
	return c.Args[0]
}

// mapKey checks an index of a map with interface keys.
func (g *guard) mapKey(ix *ast.IndexExpr) {
	m, ok := g.typeOf(ix.X).Underlying().(*types.Map)
	if !ok || !types.IsInterface(m.Key()) {
		return
	}
	if t := g.mayHold(ix.Index); t != nil {
		g.find(ix.Index.Pos(), "a key %s of a map with %s keys, which may hold a %s %s", exprString(ix.Index), m.Key(), t, compareWhy)
	}
}

// errorsIs checks errors.Is(err, target): it compares with ==.
func (g *guard) errorsIs(c *ast.CallExpr) {
	if len(c.Args) != 2 {
		return
	}
	if t, ok := g.ifaceCompare(c.Args[0], c.Args[1]); ok {
		g.find(c.Args[1].Pos(), "errors.Is with %s, which may hold a %s %s", exprString(c.Args[1]), t, compareWhy)
	}
}

// ifaceCompare reports whether comparing x and y compares interfaces that
// may both hold a value of a program type with methods, and that type.
func (g *guard) ifaceCompare(x, y ast.Expr) (types.Type, bool) {
	tx, ty := g.typeOf(x), g.typeOf(y)
	if !types.IsInterface(tx) && !types.IsInterface(ty) {
		return nil, false
	}
	hx, hy := g.mayHold(x), g.mayHold(y)
	if hx == nil || hy == nil {
		return nil, false
	}
	if !types.IsInterface(tx) {
		return hx, true
	}
	return hy, true
}

// mayHold is a type of the program with methods that the value of e may
// be (or hold, for an interface), nil when there is none.
func (g *guard) mayHold(e ast.Expr) types.Type {
	t := g.typeOf(e)
	if t == nil || t == types.Typ[types.Invalid] {
		return nil
	}
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return nil
	}
	if !types.IsInterface(t) {
		if g.withMethods(t) {
			return t
		}
		return nil
	}
	if g.foreign(e) {
		return nil
	}
	iface := t.Underlying().(*types.Interface)
	for _, n := range g.named {
		if n.TypeParams().Len() > 0 || !g.withMethods(n) {
			continue
		}
		for _, c := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(c, iface) {
				return c
			}
		}
	}
	return nil
}

// withMethods reports a program type (or a pointer to one) that has
// methods, on the value or on the pointer.
func (g *guard) withMethods(t types.Type) bool {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if !g.own(t) || types.IsInterface(t) {
		return false
	}
	return types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

// foreign reports an interface value that comes from another package
// (io.EOF, errors.New("..."), ctx.Err()) or is nil, which never holds
// a value the interpreter wraps; or a package variable of the program
// initialized so (var ErrNotFound = errors.New("not found")).
func (g *guard) foreign(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := g.info.Types[e]; ok && tv.IsNil() {
		return true
	}
	switch x := e.(type) {
	case *ast.SelectorExpr:
		if o := g.info.Uses[x.Sel]; o != nil && o.Pkg() != nil && o.Pkg() != g.pkg {
			return true
		}
	case *ast.CallExpr:
		if path, _ := g.callee(x); path != "" && path != g.pkg.Path() {
			return true
		}
	case *ast.Ident:
		if init, ok := g.initOf[g.info.Uses[x]]; ok {
			return g.foreign(init)
		}
	}
	return false
}

// recordInits notes the initializer of each package-level variable of
// the program declared with one value per name and never assigned again.
func (g *guard) recordInits(f *ast.File) {
	g.initOf = map[types.Object]ast.Expr{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			if len(vs.Values) != len(vs.Names) {
				continue
			}
			for i, n := range vs.Names {
				if o := g.info.Defs[n]; o != nil {
					g.initOf[o] = vs.Values[i]
				}
			}
		}
	}
	// A variable assigned anywhere else may hold anything.
	ast.Inspect(f, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok {
			for _, l := range a.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					delete(g.initOf, g.info.Uses[id])
				}
			}
		}
		return true
	})
}

// unwrapper checks errors.Is and errors.As on an error that may hold a
// program type with an Unwrap method: the compiled errors package does
// not see the interpreter's methods, so it never unwraps it (errors.As(err,
// &ne) was false for a *ParseError wrapping a *strconv.NumError).
func (g *guard) unwrapper(c *ast.CallExpr) {
	if len(c.Args) != 2 || !types.IsInterface(g.typeOf(c.Args[0])) || g.foreign(c.Args[0]) {
		return
	}
	iface, ok := g.typeOf(c.Args[0]).Underlying().(*types.Interface)
	if !ok {
		return
	}
	for _, n := range g.named {
		if n.TypeParams().Len() > 0 || !hasMethod(n, "Unwrap") {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(t, iface) {
				g.find(c.Args[0].Pos(), "%s with %s, which may hold a %s with an Unwrap method (the compiled errors package does not see the interpreter's methods, so it never unwraps it)", exprString(c.Fun), exprString(c.Args[0]), t)
				return
			}
		}
	}
}
