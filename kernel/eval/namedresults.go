package eval

import (
	"go/ast"
	"strings"
)

// zeroNamedResults works around yaegi's result slots: a call whose
// results are assigned (`b, c := pick(n)`) or returned gives the callee
// slots of the call site's frame as its results, and they are not zeroed,
// so a named result starts with what the previous call from there
// returned (`chosen = append(chosen, x)` in a loop grows across calls). The
// function's body first sets each named result to its zero value, as Go
// starts them, on the line of the opening brace.
func (r *rewriter) zeroNamedResults(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		var typ *ast.FuncType
		var body *ast.BlockStmt
		switch f := n.(type) {
		case *ast.FuncDecl:
			typ, body = f.Type, f.Body
		case *ast.FuncLit:
			typ, body = f.Type, f.Body
		default:
			return true
		}
		if body == nil || typ.Results == nil {
			return true
		}
		var names, zeros []string
		for _, field := range typ.Results.List {
			for _, name := range field.Names {
				if name.Name == "_" {
					continue
				}
				names = append(names, name.Name)
				zeros = append(zeros, "*new("+r.src(field.Type)+")")
			}
		}
		if len(names) > 0 {
			// One assignment each: `v, ok = *new(any), *new(bool)`
			// panicked when the call's results went to interface
			// slots ("value of type interface {} is not assignable
			// to type interp.valueInterface").
			var b strings.Builder
			for i := range names {
				b.WriteString(" " + names[i] + " = " + zeros[i] + ";")
			}
			at := r.p.off(body.Lbrace) + 1
			r.add(at, at, b.String())
		}
		return true
	})
}
