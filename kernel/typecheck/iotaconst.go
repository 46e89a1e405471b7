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

// iotaConstEdits writes the constants of a group that uses iota with
// their values: `Buy Side = iota + 1; Sell` becomes `Buy Side = 1; Sell
// Side = 2`. yaegi gives a typed constant made from iota by an operator
// (iota + 1, 1 << iota, iota * 10) a value that compares unequal to a
// variable holding it (`s == Buy` was false with s = Buy), and two names
// on one line (`A, B T = iota, iota + 10`) overflowed its stack. Each
// spec keeps its lines; a group with a value this cannot write (a
// float or complex with no exact decimal, a type it cannot spell) stays
// as it is.
func iotaConstEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST || !usesIota(gd, info) {
			return true
		}
		var group []rangefunc.Edit
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			text, ok := explicitConsts(pkg, info, vs)
			if !ok {
				return true
			}
			group = append(group, rangefunc.Edit{Pos: vs.Pos(), End: vs.End(), Text: text})
		}
		edits = append(edits, group...)
		return true
	})
	return edits
}

// usesIota reports whether a value of the group mentions iota.
func usesIota(gd *ast.GenDecl, info *types.Info) bool {
	found := false
	for _, s := range gd.Specs {
		for _, v := range s.(*ast.ValueSpec).Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
					if c, ok := info.Uses[id].(*types.Const); ok && c.Parent() == types.Universe {
						found = true
					}
				}
				return !found
			})
		}
	}
	return found
}

// explicitConsts is vs written as one spec per name with its value, on
// the lines vs had.
func explicitConsts(pkg *types.Package, info *types.Info, vs *ast.ValueSpec) (string, bool) {
	var parts []string
	for _, name := range vs.Names {
		c, ok := info.Defs[name].(*types.Const)
		if !ok {
			return "", false
		}
		lit, ok := constLiteral(c.Val(), c.Type())
		if !ok {
			return "", false
		}
		if b, untyped := c.Type().(*types.Basic); untyped && b.Info()&types.IsUntyped != 0 {
			parts = append(parts, name.Name+" = "+lit)
			continue
		}
		typ, ok := spellTypeDeep(pkg, vs.Pos(), c.Type())
		if !ok {
			return "", false
		}
		parts = append(parts, name.Name+" "+typ+" = "+lit)
	}
	text := strings.Join(parts, "; ")
	return text, true
}

// constLiteral writes v, a constant of type t, as a literal that gives
// it back exactly (untyped runes as rune literals, so that they stay
// runes).
func constLiteral(v constant.Value, t types.Type) (string, bool) {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return "", false
	}
	switch {
	case b.Kind() == types.UntypedRune:
		r, exact := constant.Int64Val(v)
		if !exact {
			return "", false
		}
		return strconv.QuoteRune(rune(r)), true
	case b.Info()&types.IsInteger != 0:
		if v.Kind() != constant.Int {
			return "", false
		}
		return v.ExactString(), true
	case b.Info()&types.IsString != 0:
		return strconv.Quote(constant.StringVal(v)), true
	case b.Info()&types.IsBoolean != 0:
		return v.String(), true
	case b.Info()&types.IsFloat != 0:
		if v.Kind() == constant.Int {
			return v.ExactString(), true
		}
		if b.Kind() == types.Float64 || b.Kind() == types.Float32 {
			f, _ := constant.Float64Val(v)
			return strconv.FormatFloat(f, 'g', -1, 64), true
		}
	}
	return "", false
}
