package eval

import (
	"go/ast"
)

// switchInits works around yaegi's switch with both a statement and a
// tag, `switch s := &slots[i]; s.state { case used: ... }`: it took the
// first case whatever the tag's value (a hash map's probe never found a
// key, with no error). Inside a block of its own, `{ s := &slots[i];
// switch s.state { ... } }`, the statement runs first, in the same scope
// as before: it ends with the switch. A labeled switch keeps its form (the
// label must stay on the switch).
func (r *rewriter) switchInits(root ast.Node) {
	labeled := map[ast.Stmt]bool{}
	ast.Inspect(root, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.LabeledStmt:
			labeled[x.Stmt] = true
		case *ast.SwitchStmt:
			if x.Init == nil || x.Tag == nil || labeled[x] {
				return true
			}
			r.add(r.p.off(x.Switch), r.p.off(x.Init.Pos()), "{ ")
			r.add(r.p.off(x.Init.End()), r.p.off(x.Tag.Pos()), "; switch ")
			r.add(r.p.off(x.End()), r.p.off(x.End()), " }")
		}
		return true
	})
}
