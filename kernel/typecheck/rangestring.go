package typecheck

import (
	"go/ast"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// rangeStringEdits gives the byte index of a range over a string. yaegi
// ranges over the string's runes and counts its index in runes (`for i :=
// range "héllo"` gives 0 1 2 3 4, Go 0 1 3 4 5) or measures the runes
// before each one again (quadratic, and wrong after invalid UTF-8: `for _,
// c := range s` over 80,000 bytes took 20 s). A loop over the runes alone
// ranges over []rune(s) instead: the same runes, decoded once. A loop
// that uses the index is written as a loop over byte offsets that decodes
// one rune at a time, as Go does, in plain Go (the session's declarations
// keep this text, and compiled runs build it):
//
//	for __gkI, __gkS := 0, s; __gkI < len(__gkS); { <decode __gkR, __gkN>; i, r := __gkI, __gkR; __gkI += __gkN; ...
//
// The rune is the first of the (at most) four bytes from __gkI converted
// to []rune, which decodes as Go does; its length is that of its
// encoding, but 1 for an invalid byte (U+FFFD not spelled out). The loop's
// variables are declared in the body, so each iteration has its own, and
// the cursor moves first, so continue works.
func rangeStringEdits(f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || rs.Key == nil {
			return true
		}
		key, ok := rs.Key.(*ast.Ident)
		if !ok {
			return true
		}
		t := info.TypeOf(rs.X)
		if t == nil {
			return true
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return true
		}
		if key.Name == "_" {
			if v, ok := rs.Value.(*ast.Ident); ok && v.Name != "_" && !definesRune(info) {
				// The runes alone: the same runes from []rune(s), made
				// once, linear.
				edits = append(edits, rangefunc.Edit{Pos: rs.X.Pos(), End: rs.X.Pos(), Text: "[]rune("},
					rangefunc.Edit{Pos: rs.X.End(), End: rs.X.End(), Text: ")"})
			}
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
				Text: "; __gkI < len(__gkS); { " + decodeRune + " " + key.Name + ", " + value + " " + rs.Tok.String() + " __gkI, __gkR; __gkI += __gkN;"})
		return true
	})
	return edits
}

// definesRune reports a program that declares its own rune.
func definesRune(info *types.Info) bool {
	for id := range info.Defs {
		if id.Name == "rune" {
			return true
		}
	}
	return false
}

// decodeRune sets __gkR to the rune at byte __gkI of __gkS and __gkN to its
// length in bytes, on one line.
const decodeRune = `__gkE := __gkI + 4; if __gkE > len(__gkS) { __gkE = len(__gkS) }; ` +
	`__gkR := []rune(__gkS[__gkI:__gkE])[0]; __gkN := len(string(__gkR)); ` +
	`if __gkR == 0xFFFD && (__gkE-__gkI < 3 || __gkS[__gkI:__gkI+3] != "\uFFFD") { __gkN = 1 };`
