package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// initOrderEdits makes the interpreter initialize the cell's package
// variables in Go's order when the cell declares them in another one.
// Go initializes a variable after every variable its initializer refers
// to, also through the functions it calls (`var version =
// computeVersion()`, whose body reads `major`, declared below); yaegi
// only sees the names written in the initializer itself, so version was
// 0, with no error. Each such variable's initializer, in Go's order
// (types.Info.InitOrder), names the one before it:
//
//	var version int = func() int { _ = minor; return computeVersion() }()
//
// yaegi sets a variable aside until the variables its initializer names
// are set, so the chain gives Go's order, side effects included.
func initOrderEdits(pkg *types.Package, fset *token.FileSet, f *ast.File, info *types.Info) []rangefunc.Edit {
	specs := map[ast.Expr]*ast.ValueSpec{}
	var source []ast.Expr // the cell's initializers in source order
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || fset.Position(g.Pos()).Filename != bodyFile {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for _, v := range vs.Values {
				specs[v] = vs
				source = append(source, v)
			}
		}
	}
	var order []*types.Initializer
	for _, in := range info.InitOrder {
		if _, ok := specs[in.Rhs]; ok {
			order = append(order, in)
		}
	}
	if len(order) != len(source) || len(order) < 2 {
		return nil
	}
	inOrder := true
	for i, in := range order {
		inOrder = inOrder && in.Rhs == source[i]
	}
	if inOrder {
		return nil
	}
	var edits []rangefunc.Edit
	typed := map[*ast.ValueSpec]bool{}
	prev := ""
	for _, in := range order {
		name := ""
		for _, v := range in.Lhs {
			if v.Name() != "_" {
				name = v.Name()
				break
			}
		}
		if prev != "" && len(in.Lhs) == 1 {
			edits = append(edits, dependOn(pkg, specs[in.Rhs], in, prev, info, typed)...)
		}
		if name != "" {
			prev = name
		}
	}
	return edits
}

// dependOn makes in's initializer name prev first, in a function literal
// called at once; none when the type cannot be written or another
// lowering rewrites the initializer (a generic call, a rune constant).
// typed holds the specs given their type already.
func dependOn(pkg *types.Package, vs *ast.ValueSpec, in *types.Initializer, prev string, info *types.Info, typed map[*ast.ValueSpec]bool) []rangefunc.Edit {
	v := in.Rhs
	if callsGeneric(info, v) || info.Types[v].Value != nil {
		return nil
	}
	t := in.Lhs[0].Type()
	spelled, ok := spellTypeDeep(pkg, v.Pos(), t)
	if !ok {
		return nil
	}
	edits := []rangefunc.Edit{
		{Pos: v.Pos(), End: v.Pos(), Text: "func() " + spelled + " { _ = " + prev + "; return "},
		{Pos: v.End(), End: v.End(), Text: " }()"},
	}
	if vs.Type == nil && !typed[vs] {
		// `var x = func() T {...}()` is a "variable definition loop"
		// to yaegi; `var x T = ...` is not. `var a, b T` needs one type.
		for _, n := range vs.Names {
			if o := info.Defs[n]; o == nil || !types.Identical(o.Type(), t) {
				return nil
			}
		}
		last := vs.Names[len(vs.Names)-1]
		edits = append(edits, rangefunc.Edit{Pos: last.End(), End: last.End(), Text: " " + spelled})
		typed[vs] = true
	}
	return edits
}
