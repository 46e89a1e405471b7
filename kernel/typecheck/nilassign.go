package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"gokernel/kernel/rangefunc"
)

// nilAssignEdits types the nil of an assignment of several values. yaegi
// copies the right side of `a, b = x, y` into temporaries of the right
// side's types first, and untyped nil has none: `line, n = nil, 0`
// panicked (reflect: New(nil); traefik/yaegi#1583). Each such nil is
// written as a conversion to its target's type, `line, n = ([]string)(nil),
// 0`, the same value in Go. An empty interface target is left alone
// (yaegi fails such assignments whatever the value).
func nilAssignEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, r := range as.Rhs {
			if !isNil(info, r) {
				continue
			}
			t := info.TypeOf(as.Lhs[i])
			if t == nil {
				continue // _
			}
			if iface, ok := t.Underlying().(*types.Interface); ok && iface.Empty() {
				continue
			}
			typ, ok := spellAny(pkg, r.Pos(), t)
			if !ok {
				continue
			}
			edits = append(edits, rangefunc.Edit{Pos: r.Pos(), End: r.End(), Text: "(" + typ + ")(nil)"})
		}
		return true
	})
	return edits
}

// spellAny spells t at pos as the cell can: a type name (spellType) or a
// pointer, slice, array, map, channel or function type built of such.
func spellAny(pkg *types.Package, pos token.Pos, t types.Type) (string, bool) {
	t = types.Unalias(t)
	switch t := t.(type) {
	case *types.Basic:
		return spellType(pkg, pos, t)
	case *types.Named:
		if t.Obj().Pkg() == nil && t.Obj().Name() == "error" { // the universe's
			if scope := pkg.Scope().Innermost(pos); scope != nil {
				_, obj := scope.LookupParent("error", pos)
				return "error", obj == t.Obj()
			}
			return "", false
		}
		return spellType(pkg, pos, t)
	case *types.Pointer:
		e, ok := spellAny(pkg, pos, t.Elem())
		return "*" + e, ok
	case *types.Slice:
		e, ok := spellAny(pkg, pos, t.Elem())
		return "[]" + e, ok
	case *types.Array:
		e, ok := spellAny(pkg, pos, t.Elem())
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + e, ok
	case *types.Map:
		k, ok1 := spellAny(pkg, pos, t.Key())
		v, ok2 := spellAny(pkg, pos, t.Elem())
		return "map[" + k + "]" + v, ok1 && ok2
	case *types.Chan:
		if _, nested := types.Unalias(t.Elem()).(*types.Chan); nested {
			return "", false
		}
		e, ok := spellAny(pkg, pos, t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + e, ok
		case types.RecvOnly:
			return "<-chan " + e, ok
		}
		return "chan " + e, ok
	case *types.Signature:
		if t.Recv() != nil || t.TypeParams().Len() > 0 {
			return "", false
		}
		params, ok1 := spellTuple(pkg, pos, t.Params(), t.Variadic())
		results, ok2 := spellTuple(pkg, pos, t.Results(), false)
		s := "func(" + params + ")"
		switch t.Results().Len() {
		case 0:
		case 1:
			s += " " + results
		default:
			s += " (" + results + ")"
		}
		return s, ok1 && ok2
	case *types.Interface:
		if t.Empty() {
			return "interface{}", true
		}
	}
	return "", false
}

// spellTuple spells the types of a parameter or result list.
func spellTuple(pkg *types.Package, pos token.Pos, tup *types.Tuple, variadic bool) (string, bool) {
	var parts []string
	for i := range tup.Len() {
		t := tup.At(i).Type()
		prefix := ""
		if variadic && i == tup.Len()-1 {
			s, ok := t.(*types.Slice)
			if !ok {
				return "", false
			}
			t, prefix = s.Elem(), "..."
		}
		s, ok := spellAny(pkg, pos, t)
		if !ok {
			return "", false
		}
		parts = append(parts, prefix+s)
	}
	return strings.Join(parts, ", "), true
}
