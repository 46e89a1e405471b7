package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// rangeStringEdits gives the byte index of a range over a string. yaegi
// ranges over the string's runes and counts its index in runes (`for i :=
// range "héllo"` gives 0 1 2 3 4, Go 0 1 3 4 5) or measures the runes
// before each one again (quadratic, and wrong after invalid UTF-8). A loop
// that uses the index is written as a loop over byte offsets that decodes
// one rune at a time, as Go does:
//
//	for __gkI, __gkS := 0, s; __gkI < len(__gkS); { i, r, __gkNext := __gk.RuneAt(__gkS, __gkI); __gkI = __gkNext; ...
//
// The loop's variables are declared in the body, so each iteration has
// its own, and the cursor moves first, so continue works.
func rangeStringEdits(f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Key == nil || rs.Tok != token.DEFINE {
			return true
		}
		key, ok := rs.Key.(*ast.Ident)
		if !ok || key.Name == "_" {
			return true
		}
		t := info.TypeOf(rs.X)
		if t == nil {
			return true
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return true
		}
		value := "_"
		if v, ok := rs.Value.(*ast.Ident); ok {
			value = v.Name
		} else if rs.Value != nil {
			return true
		}
		edits = append(edits,
			rangefunc.Edit{Pos: rs.For, End: rs.X.Pos(), Text: "for __gkI, __gkS := 0, "},
			rangefunc.Edit{Pos: rs.X.End(), End: rs.Body.Lbrace + 1,
				Text: "; __gkI < len(__gkS); { " + key.Name + ", " + value + ", __gkNext := __gk.RuneAt(__gkS, __gkI); __gkI = __gkNext;"})
		return true
	})
	return edits
}
