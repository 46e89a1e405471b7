package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

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
			typ, ok := spellTypeDeep(pkg, r.Pos(), t)
			if !ok {
				continue
			}
			edits = append(edits, rangefunc.Edit{Pos: r.Pos(), End: r.End(), Text: "(" + typ + ")(nil)"})
		}
		return true
	})
	return edits
}
