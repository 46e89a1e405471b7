package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/rangefunc"
)

// operatorIfaceEdits parenthesizes an operator's value that goes into an
// interface: assigned (`r = -a` with `var r any`), declared (`var q any
// = -a`) or returned (`return a < b` from a func returning any). yaegi
// stores such a value straight into the interface's place and gets it
// wrong: the enclosing function ended silently, the variable stayed nil,
// or it panicked (reflect.Value.SetBool on interface Value); an argument
// of a call is right as it is. In
// parentheses the value is made first and then converted. Only into
// interfaces: parentheses make an int loop like `s = (s + i)` 1.5 times
// slower.
func operatorIfaceEdits(f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	args := map[ast.Expr]bool{} // an argument is right as it is
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			for _, a := range c.Args {
				args[a] = true
			}
		}
		return true
	})
	AssignSites(f, info, func(target types.Type, e ast.Expr) {
		if target == nil || !types.IsInterface(target) || args[e] {
			return
		}
		if t := info.TypeOf(e); t == nil || types.IsInterface(t) {
			return
		}
		switch x := e.(type) {
		case *ast.BinaryExpr:
		case *ast.UnaryExpr:
			if x.Op == token.ARROW || x.Op == token.AND {
				return
			}
		default:
			return
		}
		edits = append(edits, rangefunc.Edit{Pos: e.Pos(), End: e.Pos(), Text: "("},
			rangefunc.Edit{Pos: e.End(), End: e.End(), Text: ")"})
	})
	return edits
}
