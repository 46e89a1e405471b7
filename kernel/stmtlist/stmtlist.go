// Package stmtlist finds the assignments that stand as statements of a
// statement list: the ones a rewrite of a cell can put statements before
// and after (kernel/eval without types, kernel/typecheck with them).
package stmtlist

import "go/ast"

// Assigns calls f for each assignment in root that is a statement of a
// block, a case or a select case, labeled or not; not the init of an if,
// switch or for statement.
func Assigns(root ast.Node, f func(*ast.AssignStmt)) {
	ast.Inspect(root, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, st := range list {
			for {
				l, ok := st.(*ast.LabeledStmt)
				if !ok {
					break
				}
				st = l.Stmt
			}
			if as, ok := st.(*ast.AssignStmt); ok {
				f(as)
			}
		}
		return true
	})
}
