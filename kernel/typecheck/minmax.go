package typecheck

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"gokernel/kernel/rangefunc"
)

// minMaxEdits gives the interpreter what Go's min and max mean. The
// session's min and max are generic functions of two arguments, and yaegi
// infers their type from the first untyped constant, so `max(1, 2.5)` is 2
// and `var f float64 = max(1.0, 2.5)` is 0. Go's type check knows better:
// a constant call becomes its value, `(2.5)`, and the untyped constants of
// other calls are converted to the call's type, `max(x, float64(1))`. A type
// the cell cannot spell at the call leaves the call as it is.
func minMaxEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "min" && b.Name() != "max" {
			return true
		}
		tv, ok := info.Types[call]
		if !ok || tv.Type == nil {
			return true
		}
		if tv.Value != nil {
			if text, ok := constantText(pkg, call.Pos(), tv.Type, tv.Value); ok {
				edits = append(edits, rangefunc.Edit{Pos: call.Pos(), End: call.End(), Text: "(" + text + ")"})
			}
			return false
		}
		typ, ok := spellType(pkg, call.Pos(), tv.Type)
		if !ok {
			return true
		}
		for _, a := range call.Args {
			// go/types records an untyped constant argument with the type
			// it converts to; a typed constant one converts to itself.
			if at, ok := info.Types[a]; ok && at.Value != nil {
				edits = append(edits, rangefunc.Edit{Pos: a.Pos(), End: a.Pos(), Text: typ + "("},
					rangefunc.Edit{Pos: a.End(), End: a.End(), Text: ")"})
			}
		}
		return true
	})
	return edits
}

// constantText is a Go expression for the constant v of type t.
func constantText(pkg *types.Package, pos token.Pos, t types.Type, v constant.Value) (string, bool) {
	var lit string
	b, _ := t.Underlying().(*types.Basic)
	if b == nil {
		return "", false
	}
	switch {
	case b.Kind() == types.UntypedRune:
		r, ok := constant.Int64Val(v)
		if !ok {
			return "", false
		}
		lit = strconv.QuoteRune(rune(r))
	case v.Kind() == constant.Int:
		lit = v.ExactString()
	case v.Kind() == constant.Float:
		x, _ := constant.Float64Val(v)
		lit = strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eE") {
			lit += ".0"
		}
	case v.Kind() == constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	default:
		return "", false
	}
	if b.Info()&types.IsUntyped != 0 && t == types.Type(b) {
		return lit, true
	}
	typ, ok := spellType(pkg, pos, t)
	if !ok {
		return "", false
	}
	return typ + "(" + lit + ")", true
}

// spellType writes a basic type, or a named type of the cell or of a
// package the cell imports, as the cell would at pos.
func spellType(pkg *types.Package, pos token.Pos, t types.Type) (string, bool) {
	scope := pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	switch t := t.(type) {
	case *types.Basic:
		if t.Info()&types.IsUntyped != 0 {
			return "", false
		}
		_, obj := scope.LookupParent(t.Name(), pos)
		return t.Name(), obj != nil && obj.Parent() == types.Universe
	case *types.Named:
		obj := t.Obj()
		if t.TypeArgs().Len() > 0 || obj.Pkg() == nil {
			return "", false
		}
		if obj.Pkg() == pkg {
			_, o := scope.LookupParent(obj.Name(), pos)
			return obj.Name(), o == obj
		}
		if !obj.Exported() {
			return "", false
		}
		name := obj.Pkg().Name()
		_, o := scope.LookupParent(name, pos)
		if pn, ok := o.(*types.PkgName); ok && pn.Imported() == obj.Pkg() {
			return name + "." + obj.Name(), true
		}
	}
	return "", false
}
