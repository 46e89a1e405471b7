package eval

import "go/ast"

// nameParams names the unnamed parameters of functions and function
// literals `_`: `func(map[string]string) (Plugin, error) {...}` becomes
// `func(_ map[string]string) (Plugin, error) {...}`. yaegi gave such a
// function's frame the wrong slots: a call panicked "reflect.Set: value
// of type map[string]string is not assignable to type struct {...}".
// The same in Go; function types without a body are left alone.
func (r *rewriter) nameParams(root ast.Node) {
	name := func(ft *ast.FuncType) {
		if ft == nil || ft.Params == nil {
			return
		}
		for _, f := range ft.Params.List {
			if len(f.Names) == 0 {
				o := r.p.off(f.Type.Pos())
				r.add(o, o, "_ ")
			}
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			if x.Body != nil {
				name(x.Type)
			}
		case *ast.FuncLit:
			name(x.Type)
		}
		return true
	})
}
