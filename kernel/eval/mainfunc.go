package eval

import "go/ast"

// mainName is what a `func main` declared in a cell is called in the
// interpreter: yaegi runs a function named main at the end of every
// program it executes, so under its own name main ran at the end of that
// cell and of every later one. A cell that calls main() runs it once.
const mainName = tmpPrefix + "main"

// renameMain renames main, in declarations and uses, when the session or
// the cell declares a func main. Field names and selectors (x.main) keep
// their name.
func (r *rewriter) renameMain(root ast.Node) {
	if !r.funcs["main"] || root == nil {
		return
	}
	skip := map[*ast.Ident]bool{}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			skip[n.Sel] = true
		case *ast.StructType, *ast.InterfaceType:
			ast.Inspect(n, func(m ast.Node) bool {
				if f, ok := m.(*ast.Field); ok {
					for _, id := range f.Names {
						skip[id] = true
					}
				}
				return true
			})
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				skip[id] = true
			}
		case *ast.Ident:
			if n.Name == "main" && !skip[n] {
				r.add(r.p.off(n.Pos()), r.p.off(n.End()), mainName)
			}
		}
		return true
	})
}
