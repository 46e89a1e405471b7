package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"gokernel/kernel/rangefunc"
)

// genericInitEdits moves a generic call that gives a variable of the
// cell its first value, at the top level (`k := slices.Clone(xs)`, `var e
// []int = slices.DeleteFunc(xs, func(x int) bool {...})`, a package
// variable's initializer), into a function literal called at once:
//
//	k := func() []int { return slices.Clone(xs) }()
//
// yaegi instantiates a generic function called at its global scope
// wrongly: a define or an untyped var crashed its compiler (nil pointer
// dereference, nil reflect type), and a typed var with a function
// literal argument got a wrong value with no error (`[]` for `[1]`).
// Inside a function it is right. An untyped rune constant given to such
// a variable (`c := 'A'`) is written rune('A'): yaegi typed it int.
func genericInitEdits(pkg *types.Package, fset *token.FileSet, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	wrap := func(values []ast.Expr, typed bool) (wrapped bool, result string) {
		for _, v := range values {
			if tv := info.Types[v]; !typed && tv.Value != nil && types.Identical(tv.Type, types.Typ[types.Int32]) && !definesRune(info) {
				// yaegi gives a global `c := 'A'` the type int.
				edits = append(edits, rangefunc.Edit{Pos: v.Pos(), End: v.Pos(), Text: "rune("},
					rangefunc.Edit{Pos: v.End(), End: v.End(), Text: ")"})
				continue
			}
			if !callsGeneric(info, v) {
				continue
			}
			spelled, ok := spellResult(pkg, v.Pos(), info.TypeOf(v))
			if !ok {
				continue
			}
			result = spelled
			if t, ok := info.TypeOf(v).(*types.Tuple); ok {
				// Several results go through variables (see
				// genericReturnEdits).
				names := resultNames(t.Len())
				edits = append(edits, rangefunc.Edit{Pos: v.Pos(), End: v.Pos(), Text: "func() " + result + " { " + names + " := "},
					rangefunc.Edit{Pos: v.End(), End: v.End(), Text: "; return " + names + " }()"})
			} else {
				edits = append(edits, rangefunc.Edit{Pos: v.Pos(), End: v.Pos(), Text: "func() " + result + " { return "},
					rangefunc.Edit{Pos: v.End(), End: v.End(), Text: " }()"})
			}
			wrapped = true
		}
		return wrapped, result
	}
	vars := func(d *ast.GenDecl) {
		if d.Tok != token.VAR {
			return
		}
		for _, s := range d.Specs {
			vs := s.(*ast.ValueSpec)
			if wrapped, result := wrap(vs.Values, vs.Type != nil); wrapped && vs.Type == nil && len(vs.Names) == 1 && len(vs.Values) == 1 {
				// `var e2 = func() T {...}()` is "variable definition
				// loop" to yaegi; `var e2 T = ...` is not.
				edits = append(edits, rangefunc.Edit{Pos: vs.Names[0].End(), End: vs.Names[0].End(), Text: " " + result})
			}
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if fset.Position(d.Pos()).Filename == bodyFile {
				vars(d)
			}
		case *ast.FuncDecl:
			if d.Recv != nil || d.Name.Name != "main" || d.Body == nil || fset.Position(d.Pos()).Filename == bodyFile {
				continue
			}
			// The generated main: the cell's statements, whose defines
			// and vars are the session's globals.
			for _, st := range d.Body.List {
				if fset.Position(st.Pos()).Filename != bodyFile {
					continue
				}
				switch st := st.(type) {
				case *ast.AssignStmt:
					if st.Tok == token.DEFINE {
						wrap(st.Rhs, false)
					}
				case *ast.DeclStmt:
					if g, ok := st.Decl.(*ast.GenDecl); ok {
						vars(g)
					}
				}
			}
		}
	}
	return edits
}

// genericReturnEdits gives `return G(x)`, G generic with several
// results, its results through variables:
//
//	{ __gkR0, __gkR1 := G(x); return __gkR0, __gkR1 }
//
// yaegi returned the first result and zero for the others (`return
// Pair("x", 2)` gave "x", 0), with no error.
func genericReturnEdits(f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return true
		}
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok || !genericCallee(info, call.Fun) {
			return true
		}
		t, ok := info.TypeOf(call).(*types.Tuple)
		if !ok || t.Len() < 2 {
			return true
		}
		names := resultNames(t.Len())
		edits = append(edits, rangefunc.Edit{Pos: ret.Pos(), End: ret.Results[0].Pos(), Text: "{ " + names + " := "},
			rangefunc.Edit{Pos: ret.End(), End: ret.End(), Text: "; return " + names + " }"})
		return true
	})
	return edits
}

// genericSpreadEdits passes the results of a call given as all the
// arguments of a generic function, `Must(strconv.Atoi(s))`, through
// variables:
//
//	func() int { __gkA0, __gkA1 := strconv.Atoi(s); return Must(__gkA0, __gkA1) }()
//
// yaegi's compiler panicked on such a call (CFG post-order panic: index
// out of range), anywhere in a program.
func genericSpreadEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !genericCallee(info, call.Fun) {
			return true
		}
		args, ok := info.TypeOf(call.Args[0]).(*types.Tuple)
		if !ok || args.Len() < 2 {
			return true
		}
		in := strings.ReplaceAll(resultNames(args.Len()), "__gkR", "__gkA")
		again := types.ExprString(call.Fun) + "(" + in + ")"
		var head, tail string
		switch t := info.TypeOf(call).(type) {
		case *types.Tuple:
			if t.Len() == 0 {
				head, tail = "func() { ", "; "+again+" }()"
				break
			}
			result, ok := spellResult(pkg, call.Pos(), t)
			if !ok {
				return true
			}
			out := resultNames(t.Len())
			head, tail = "func() "+result+" { ", "; "+out+" := "+again+"; return "+out+" }()"
		default:
			result, ok := spellTypeDeep(pkg, call.Pos(), t)
			if !ok {
				return true
			}
			head, tail = "func() "+result+" { ", "; return "+again+" }()"
		}
		edits = append(edits, rangefunc.Edit{Pos: call.Pos(), End: call.Args[0].Pos(), Text: head + in + " := "},
			rangefunc.Edit{Pos: call.Args[0].End(), End: call.End(), Text: tail})
		return true
	})
	return edits
}

// builtinReturnEdits gives the results of a return in a generic
// function through variables when one of them is a builtin's call:
//
//	return zero, len(errs), err  ->  { __gkR0, __gkR1, __gkR2 := zero, len(errs), err; return __gkR0, __gkR1, __gkR2 }
//
// yaegi stored the builtin's value in another result's place: a retry
// helper returned 0 attempts for 5 (with T int, no error), or panicked
// (reflect: call of reflect.Value.SetInt on string Value). A return with
// a constant or nil result is left alone (its variable would take another
// type).
func builtinReturnEdits(f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	inGeneric := func(body *ast.BlockStmt) {
		ast.Inspect(body, func(n ast.Node) bool {
			ret, ok := n.(*ast.ReturnStmt)
			if !ok || len(ret.Results) < 2 {
				return true
			}
			builtin := false
			for _, r := range ret.Results {
				tv := info.Types[r]
				if tv.Value != nil || tv.IsNil() || tv.Type == nil {
					return true
				}
				if c, ok := ast.Unparen(r).(*ast.CallExpr); ok {
					if ftv, ok := info.Types[c.Fun]; ok && ftv.IsBuiltin() {
						builtin = true
					}
				}
			}
			if !builtin {
				return true
			}
			names := resultNames(len(ret.Results))
			edits = append(edits, rangefunc.Edit{Pos: ret.Pos(), End: ret.Results[0].Pos(), Text: "{ " + names + " := "},
				rangefunc.Edit{Pos: ret.End(), End: ret.End(), Text: "; return " + names + " }"})
			return true
		})
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		generic := fd.Type.TypeParams != nil && fd.Type.TypeParams.NumFields() > 0
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			switch t := ast.Unparen(fd.Recv.List[0].Type).(type) {
			case *ast.StarExpr:
				switch t.X.(type) {
				case *ast.IndexExpr, *ast.IndexListExpr:
					generic = true
				}
			case *ast.IndexExpr, *ast.IndexListExpr:
				generic = true
			}
		}
		if generic {
			inGeneric(fd.Body)
		}
	}
	return edits
}

// resultNames are n variables for results: "__gkR0, __gkR1".
func resultNames(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = "__gkR" + strconv.Itoa(i)
	}
	return strings.Join(names, ", ")
}

// callsGeneric reports a call of a generic function in e (not inside a
// function literal, whose body runs as a function's).
func callsGeneric(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = genericCallee(info, n.Fun)
		}
		return !found
	})
	return found
}

// genericCallee reports whether fun, a call's function, names a generic
// function.
func genericCallee(info *types.Info, fun ast.Expr) bool {
	id := calledName(fun)
	if id == nil {
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.TypeParams().Len() > 0
}

// calledName is the name a call's function is written with: f, pkg.f,
// f[T], x.m.
func calledName(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	case *ast.IndexExpr:
		return calledName(x.X)
	case *ast.IndexListExpr:
		return calledName(x.X)
	}
	return nil
}

// spellResult spells t as a function's result list.
func spellResult(pkg *types.Package, pos token.Pos, t types.Type) (string, bool) {
	tuple, ok := t.(*types.Tuple)
	if !ok {
		return spellTypeDeep(pkg, pos, t)
	}
	parts := make([]string, tuple.Len())
	for i := range tuple.Len() {
		s, ok := spellTypeDeep(pkg, pos, tuple.At(i).Type())
		if !ok {
			return "", false
		}
		parts[i] = s
	}
	return "(" + strings.Join(parts, ", ") + ")", true
}
