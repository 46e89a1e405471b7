package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"gokernel/kernel/rangefunc"
)

// rangeChanEdits reads by index the values of a range over a slice, array
// or map of channels. yaegi takes a range whose value variable is a
// channel for a range over a channel: `for _, ch := range subs[topic] {
// ch <- m }` panicked with "reflect: call of reflect.Value.Len on int
// Value" (and in a goroutine killed the evaluator). The evaluator's
// rewrite does the same where the syntax shows the channels (a literal, a
// make, a name declared with such a type in the cell); the types catch
// the rest (a map's element, a field, a call's result, a name declared
// elsewhere):
//
//	{ __gkCN := X; for __gkCNk := range __gkCN { k, v := __gkCNk, __gkCN[__gkCNk]; ... } }
//
// X is evaluated once (an array is copied), and each iteration has its
// own k and v, as in Go. Labeled loops and ranges over pointers to
// arrays are left alone.
func rangeChanEdits(f *ast.File, info *types.Info) []rangefunc.Edit {
	labeled := map[ast.Stmt]bool{}
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			labeled[l.Stmt] = true
			return true
		}
		rs, ok := n.(*ast.RangeStmt)
		if !ok || labeled[rs] || isBlankOrNil(rs.Value) || rs.Key == nil {
			return true
		}
		t := info.TypeOf(rs.X)
		if t == nil {
			return true
		}
		var elem types.Type
		switch u := t.Underlying().(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			elem = u.Elem()
		default:
			return true
		}
		if _, ok := elem.Underlying().(*types.Chan); !ok {
			return true
		}
		tmp := "__gkC" + strconv.Itoa(int(rs.For))
		var lhs, rhs string
		if id, ok := rs.Key.(*ast.Ident); !ok || id.Name != "_" {
			lhs, rhs = types.ExprString(rs.Key)+", ", tmp+"k, "
		}
		lhs += types.ExprString(rs.Value)
		rhs += tmp + "[" + tmp + "k]"
		tok := rs.Tok.String()
		if rs.Tok != token.DEFINE && rs.Tok != token.ASSIGN {
			return true
		}
		edits = append(edits,
			rangefunc.Edit{Pos: rs.For, End: rs.X.Pos(), Text: "{ " + tmp + " := "},
			rangefunc.Edit{Pos: rs.X.End(), End: rs.Body.Lbrace + 1,
				Text: "; for " + tmp + "k := range " + tmp + " { " + lhs + " " + tok + " " + rhs + ";"},
			rangefunc.Edit{Pos: rs.Body.Rbrace + 1, End: rs.Body.Rbrace + 1, Text: " }"})
		return true
	})
	return edits
}
