package eval

import (
	"go/ast"
	"go/token"
	"reflect"
	"strings"
)

// loopVars gives each iteration its own copy of the loop variables (Go
// 1.22) when something in the body may keep one beyond its iteration
// (captured). The loop runs on renamed variables and the body starts
// with `i := renamed` (yaegi mishandles `i := i` at the top level of a
// cell). A three-clause loop (loop != nil) also copies the iteration's
// variables back before the post statement, at the end of the body and
// at every continue that targets the loop, as Go does:
// `for i_ := 0; i_ < 3; i_++ { i := i_; BODY; i_ = i }`. No edit adds a
// newline, so positions stay right.
func (r *rewriter) loopVars(vars []*ast.Ident, header []ast.Node, body *ast.BlockStmt, loop *ast.ForStmt) {
	names := loopNames(vars)
	if len(vars) == 0 || !captured(names, body) || redeclares(names, body) {
		return
	}
	renamed := map[string]string{}
	var b strings.Builder
	var own, copies []string
	for _, v := range vars {
		if _, ok := renamed[v.Name]; ok {
			continue
		}
		renamed[v.Name] = r.tmp()
		b.WriteString(" " + v.Name + " := " + renamed[v.Name] + ";")
		own = append(own, v.Name)
		copies = append(copies, renamed[v.Name])
	}
	for _, h := range header {
		if h == nil || reflect.ValueOf(h).IsNil() {
			continue
		}
		ast.Inspect(h, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(n.X, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && names[id.Name] {
						r.add(r.p.off(id.Pos()), r.p.off(id.End()), renamed[id.Name])
					}
					return true
				})
				return false
			case *ast.FuncLit:
				return false
			case *ast.Ident:
				if names[n.Name] {
					r.add(r.p.off(n.Pos()), r.p.off(n.End()), renamed[n.Name])
				}
			}
			return true
		})
	}
	lb := r.p.off(body.Lbrace) + 1
	r.add(lb, lb, b.String())
	if loop != nil {
		back := strings.Join(copies, ", ") + " = " + strings.Join(own, ", ")
		for _, c := range continues(body, r.forLabels[loop]) {
			r.add(r.p.off(c.Pos()), r.p.off(c.End()), "{ "+back+"; "+r.src(c)+" }")
		}
		rb := r.p.off(body.Rbrace)
		r.add(rb, rb, "; "+back+" ")
	}
	r.freshClosures(body, nil)
}

// loopNames is the set of the names of vars.
func loopNames(vars []*ast.Ident) map[string]bool {
	names := map[string]bool{}
	for _, v := range vars {
		names[v.Name] = true
	}
	return names
}

// continues are the continue statements of body that go to the loop
// whose body it is (label: the loop's label, "" if none): unlabeled ones
// outside nested loops (a switch or select does not catch them), and
// `continue label` at any depth.
func continues(body *ast.BlockStmt, label string) []*ast.BranchStmt {
	var found []*ast.BranchStmt
	var walk func(n ast.Node, nested bool)
	walk = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				if m.Body != n {
					walk(m.Body, true)
					return false
				}
			case *ast.RangeStmt:
				if m.Body != n {
					walk(m.Body, true)
					return false
				}
			case *ast.BranchStmt:
				if m.Tok == token.CONTINUE && ((m.Label == nil && !nested) || (m.Label != nil && m.Label.Name == label)) {
					found = append(found, m)
				}
			}
			return true
		})
	}
	walk(body, false)
	return found
}

// isVar says whether e is one of the names (parenthesized or not).
func isVar(names map[string]bool, e ast.Expr) bool {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	id, ok := e.(*ast.Ident)
	return ok && names[id.Name]
}

// captured says whether the body may keep one of the loop variables
// beyond its iteration: a closure (a goroutine's too) that names it, or
// its address (&v, &v.f, &v[i]). Loops without either run unchanged.
// Method values (v.M) are left out: yaegi reads their receiver when
// they are called, not when they are made, so a copy per iteration
// would not change what they see.
func captured(names map[string]bool, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			found = refers(names, n.Body)
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				x := n.X
			strip:
				for {
					switch e := x.(type) {
					case *ast.ParenExpr:
						x = e.X
					case *ast.SelectorExpr:
						x = e.X
					case *ast.IndexExpr:
						x = e.X
					default:
						break strip
					}
				}
				found = isVar(names, x)
			}
		}
		return true
	})
	return found
}

// refers says whether n names one of names (not as a field or method
// name).
func refers(names map[string]bool, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.SelectorExpr:
			found = refers(names, m.X)
			return false
		case *ast.KeyValueExpr:
			// T{name: v}: name may be a field.
			if _, ok := m.Key.(*ast.Ident); ok {
				found = refers(names, m.Value)
				return false
			}
		case *ast.Ident:
			found = names[m.Name]
		}
		return true
	})
	return found
}

// assigns says whether the body assigns one of the names (v = x, v++,
// or through &v).
func assigns(names map[string]bool, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || isVar(names, l)
			}
		case *ast.IncDecStmt:
			found = found || isVar(names, n.X)
		case *ast.UnaryExpr:
			found = found || (n.Op == token.AND && isVar(names, n.X))
		}
		return !found
	})
	return found
}

// redeclares says whether a statement of the body (its own block, not
// a nested one) declares one of the names again: Go allows it (the
// body is a scope of its own) but the copy `v := renamed` is in the
// same block.
func redeclares(names map[string]bool, body *ast.BlockStmt) bool {
	for _, st := range body.List {
		for {
			l, ok := st.(*ast.LabeledStmt)
			if !ok {
				break
			}
			st = l.Stmt
		}
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if isVar(names, l) {
						return true
					}
				}
			}
		case *ast.DeclStmt:
			if g, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range g.Specs {
					switch sp := sp.(type) {
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							if names[id.Name] {
								return true
							}
						}
					case *ast.TypeSpec:
						if names[sp.Name.Name] {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// freshClosures makes each function literal of a loop body that is a
// value (passed to a call, assigned, an element of a composite literal) a value
// of its own, made by a call of its own, for two yaegi defects:
//   - its wrapper for an interpreted function handed to compiled code
//     (wg.Go(func() {...}), time.AfterFunc, sync.OnceFunc) reads the
//     variables of the frame it was made in when it runs, so closures
//     that run while the loop goes on (or after it) saw the last
//     iteration's variables;
//   - a closure, when a call of it returns, puts back the slot of the
//     frame it was made in as it was before it was made: a closure that
//     ends in another goroutine while the loop makes the next one from
//     the same literal (`w := func() {...}; go w()`) can hand the loop
//     the previous iteration's closure.
//
// A literal made by a call of its own captures the variables as a
// closure does (the variables, not their values), and puts back a slot
// of that call's frame: `f(func() T {...})` becomes
// `f((func() func() T { return func() T {...} })())`. With names, only
// the literals that name one of them; without, all of them. Literals
// called where they stand (`func() {...}()`) are left, as goDefer makes
// those of go statements fresh and the others end before the loop goes
// on; so are returned ones (the loop ends there, and yaegi cannot return
// a closure made so).
func (r *rewriter) freshClosures(body *ast.BlockStmt, names map[string]bool) {
	fresh := func(e ast.Expr) {
		lit, ok := e.(*ast.FuncLit)
		if !ok || r.fresh[lit] || (names != nil && !refers(names, lit.Body)) {
			return
		}
		r.makeFresh(lit)
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			return false // goDefer binds its arguments already
		case *ast.CallExpr:
			for _, a := range n.Args {
				fresh(a)
			}
		case *ast.AssignStmt:
			for _, v := range n.Rhs {
				fresh(v)
			}
		case *ast.ValueSpec:
			for _, v := range n.Values {
				fresh(v)
			}
		case *ast.CompositeLit:
			for _, v := range n.Elts {
				if kv, ok := v.(*ast.KeyValueExpr); ok {
					v = kv.Value
				}
				fresh(v)
			}
		}
		return true
	})
}

// makeFresh wraps lit in a call that makes it (freshClosures).
func (r *rewriter) makeFresh(lit *ast.FuncLit) {
	r.fresh[lit] = true
	start, end := r.p.off(lit.Pos()), r.p.off(lit.End())
	r.add(start, start, "(func() "+r.src(lit.Type)+" { return ")
	r.add(end, end, " })()")
}

// bodyClosures gives the function literals passed to calls in a loop
// body (freshClosures) that name a variable the body declares (`v :=`,
// `var v`, at any depth) or one of the loop's own variables (vars) a
// value of their own: each iteration has new variables, and a closure
// run later by compiled code must see the ones of its iteration. It is
// the same in every kind of loop (for {}, for cond {}, range without
// variables, three-clause loops whose closures name only body
// variables).
func (r *rewriter) bodyClosures(body *ast.BlockStmt, vars []*ast.Ident) {
	names := loopNames(vars)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
						names[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
						names[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				if id.Name != "_" {
					names[id.Name] = true
				}
			}
		}
		return true
	})
	if len(names) > 0 {
		r.freshClosures(body, names)
	}
}

// chanValues says whether n is a range with a value variable that
// holds a channel, as far as the syntax tells (the range expression is
// a slice, array or map literal or make of channels, or a name declared
// with such a type or value in this unit). yaegi takes such a range for
// a range over a channel (its value variable has a channel type) and
// panics or hangs at run time; rangeChanValues reads the values by index.
func (r *rewriter) chanValues(n *ast.RangeStmt) bool {
	if n.Value == nil || r.rangedInt[n] {
		return false
	}
	if id, ok := n.Value.(*ast.Ident); ok && id.Name == "_" {
		return false
	}
	var vars []*ast.Ident
	for _, e := range []ast.Expr{n.Key, n.Value} {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			vars = append(vars, id)
		}
	}
	if n.Tok == token.DEFINE && redeclares(loopNames(vars), n.Body) {
		return false
	}
	return r.chanElems(n.X, 0)
}

// chanElems says whether e is a slice, array or map of channels.
func (r *rewriter) chanElems(e ast.Expr, depth int) bool {
	if depth > 3 {
		return false
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return r.chanElems(e.X, depth)
	case *ast.CompositeLit:
		return chanElemType(e.Type)
	case *ast.CallExpr:
		if f, ok := e.Fun.(*ast.Ident); ok && f.Name == "make" && len(e.Args) > 0 {
			return chanElemType(e.Args[0])
		}
		return false
	case *ast.SliceExpr:
		return r.chanElems(e.X, depth)
	case *ast.Ident:
		if r.locals[chansKey+e.Name] {
			return true
		}
		found := false
		var root ast.Node = r.p.decl
		if r.p.body != nil {
			root = r.p.body
		}
		if root == nil {
			return false
		}
		ast.Inspect(root, func(m ast.Node) bool {
			if found {
				return false
			}
			switch m := m.(type) {
			case *ast.Field:
				for _, id := range m.Names {
					if id.Name == e.Name && chanElemType(m.Type) {
						found = true
					}
				}
			case *ast.ValueSpec:
				for i, id := range m.Names {
					if id.Name != e.Name {
						continue
					}
					if m.Type != nil {
						found = found || chanElemType(m.Type)
					} else if i < len(m.Values) && m.Values[i] != e {
						found = found || r.chanElems(m.Values[i], depth+1)
					}
				}
			case *ast.AssignStmt:
				if m.Tok == token.DEFINE && len(m.Lhs) == len(m.Rhs) {
					for i, l := range m.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name == e.Name && m.Rhs[i] != e {
							found = found || r.chanElems(m.Rhs[i], depth+1)
						}
					}
				}
			}
			return true
		})
		return found
	}
	return false
}

// chansKey prefixes, in rewriter.locals, the names the cell declares
// with a slice, array or map of channels (noteChans), for the units
// after the declaration.
const chansKey = "\x00chans:"

// noteChans records in r.locals the names n declares with a slice,
// array or map of channels.
func (r *rewriter) noteChans(n ast.Node) {
	if r.locals == nil {
		return
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
			for i, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && r.chanElems(n.Rhs[i], 1) {
					r.locals[chansKey+id.Name] = true
				}
			}
		}
	case *ast.ValueSpec:
		for i, id := range n.Names {
			if (n.Type != nil && chanElemType(n.Type)) || (n.Type == nil && i < len(n.Values) && r.chanElems(n.Values[i], 1)) {
				r.locals[chansKey+id.Name] = true
			}
		}
	}
}

// chanElemType says whether t is a slice, array, variadic or map type
// of channels.
func chanElemType(t ast.Expr) bool {
	var elt ast.Expr
	switch t := t.(type) {
	case *ast.ArrayType:
		elt = t.Elt
	case *ast.Ellipsis:
		elt = t.Elt
	case *ast.MapType:
		elt = t.Value
	case *ast.ParenExpr:
		return chanElemType(t.X)
	}
	for {
		p, ok := elt.(*ast.ParenExpr)
		if !ok {
			break
		}
		elt = p.X
	}
	_, ok := elt.(*ast.ChanType)
	return ok
}

// rangeChanValues rewrites `for k, v := range X {` (v a channel) to
// `{ t := X; for tk := range t { k, v := tk, t[tk]; ...} }`: X is
// evaluated once (an array is copied) and each iteration has its own k
// and v, as in Go.
func (r *rewriter) rangeChanValues(n *ast.RangeStmt) {
	t := r.tmp()
	var lhs, rhs []string
	if id, ok := n.Key.(*ast.Ident); !ok || id.Name != "_" {
		lhs, rhs = append(lhs, r.src(n.Key)), append(rhs, t+"k")
	}
	lhs, rhs = append(lhs, r.src(n.Value)), append(rhs, t+"["+t+"k]")
	header := "for " + t + "k := range " + t + " "
	if l, ok := r.labels[n]; ok {
		lp := r.p.off(l.Pos())
		r.add(lp, lp, "{ "+t+" := "+r.src(n.X)+"; ")
		r.add(r.p.off(n.For), r.p.off(n.X.End()), header)
	} else {
		r.add(r.p.off(n.For), r.p.off(n.X.Pos()), "{ "+t+" := ")
		r.add(r.p.off(n.X.End()), r.p.off(n.X.End()), "; "+header)
	}
	lb := r.p.off(n.Body.Lbrace) + 1
	r.add(lb, lb, " "+strings.Join(lhs, ", ")+" "+n.Tok.String()+" "+strings.Join(rhs, ", ")+";")
	end := r.p.off(n.Body.End())
	r.add(end, end, " }")
	r.freshClosures(n.Body, nil)
}
