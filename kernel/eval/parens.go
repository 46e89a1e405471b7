package eval

import (
	"go/ast"
	"go/token"
)

// Parentheses that make yaegi compile an expression as Go means it.

// parenCompositeValues works around gaps of yaegi's multiple assignment:
// after a composite literal on the right (`a, b := T{}, &T{}`, `x, n :=
// []int{}, 1`), the values that follow are lost (b is nil, n is 0); with
// a call on the right, the values before it are (`a, b = b, add(a, b)`
// left a unchanged); beside a receive, every other value is (`a, b := x,
// <-ch` left a 0, as did `a, b := <-ch, x` b). In parentheses, `(T{})`,
// `(add(a, b))`, `(<-ch)`, each is assigned like any other value.
func (r *rewriter) parenCompositeValues(root ast.Node) {
	wrap := func(values []ast.Expr) {
		if len(values) < 2 {
			return
		}
		for _, v := range values {
			switch x := v.(type) {
			case *ast.UnaryExpr:
				if x.Op != token.ARROW {
					continue
				}
			case *ast.CompositeLit, *ast.CallExpr:
			default:
				continue
			}
			r.add(r.p.off(v.Pos()), r.p.off(v.Pos()), "(")
			r.add(r.p.off(v.End()), r.p.off(v.End()), ")")
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			wrap(x.Rhs)
		case *ast.ValueSpec:
			wrap(x.Values)
		case *ast.ReturnStmt:
			// A gap of yaegi's return of several values: a builtin's
			// value after the first goes to the first result (`return 7,
			// len(s)` returned 7, 7; `return "s", len(s)` panicked). Only
			// those: parentheses cost time in yaegi.
			for _, v := range x.Results[min(1, len(x.Results)):] {
				if call, ok := v.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && builtinsWithValue[id.Name] {
						r.add(r.p.off(v.Pos()), r.p.off(v.Pos()), "(")
						r.add(r.p.off(v.End()), r.p.off(v.End()), ")")
					}
				}
			}
		case *ast.FuncLit:
			r.parenLiteralsIntoVariables(x.Body)
		case *ast.FuncDecl:
			if x.Body != nil {
				r.parenLiteralsIntoVariables(x.Body)
			}
		}
		return true
	})
}

// builtinsWithValue are Go's builtin functions that give a value (the
// ones yaegi misplaced in a return: len, cap, new, make, copy, append,
// recover; the others for safety).
var builtinsWithValue = map[string]bool{
	"len": true, "cap": true, "new": true, "make": true, "copy": true, "append": true, "recover": true,
	"complex": true, "real": true, "imag": true, "min": true, "max": true,
}

// parenLiteralsIntoVariables works around one more: a struct literal
// assigned to a variable that is not a plain local of the function (`best
// = R{path, d}` in a function literal, best declared outside it; `cfg =
// Config{...}` to a named result, then a bare return) is lost: the
// variable keeps its old value. `best = (R{path, d})` assigns it.
func (r *rewriter) parenLiteralsIntoVariables(body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // its own turn comes
		}
		a, ok := n.(*ast.AssignStmt)
		if !ok || a.Tok != token.ASSIGN || len(a.Lhs) != 1 || len(a.Rhs) != 1 {
			return true
		}
		if _, ok := a.Lhs[0].(*ast.Ident); !ok {
			return true
		}
		if v, ok := a.Rhs[0].(*ast.CompositeLit); ok {
			r.add(r.p.off(v.Pos()), r.p.off(v.Pos()), "(")
			r.add(r.p.off(v.End()), r.p.off(v.End()), ")")
		}
		return true
	})
}

// parenReturnReceives works around another: `return <-ch` (alone or with
// other results) panics "reflect.Value.Set using unaddressable value";
// `return (<-ch)` returns the value received (traefik/yaegi#1725).
func (r *rewriter) parenReturnReceives(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			for _, v := range ret.Results {
				if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
					r.add(r.p.off(v.Pos()), r.p.off(v.Pos()), "(")
					r.add(r.p.off(v.End()), r.p.off(v.End()), ")")
				}
			}
		}
		return true
	})
}

// parenOperatorsIntoFields works around a third (and a fourth, receives
// into elements and fields, below): an operator's result assigned
// straight to a field (`r.Value = i * i`, `e.Value = -n`, where
// r is a *ring.Ring: a compiled struct with an interface field) ends the
// enclosing function silently, as if it returned. In parentheses the
// value is assigned like any other.
func (r *rewriter) parenOperatorsIntoFields(root ast.Node) {
	comm := map[ast.Stmt]bool{} // a select case's own receive: not here
	ast.Inspect(root, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CommClause); ok && cc.Comm != nil {
			comm[cc.Comm] = true
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) || comm[as] {
			return true
		}
		for i, l := range as.Lhs {
			v := as.Rhs[i]
			if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				// A receive into an element, a field or *p (`got[i] =
				// <-chs[i]`, `s.v = <-ch`) stored the zero value.
				switch ast.Unparen(l).(type) {
				case *ast.IndexExpr, *ast.SelectorExpr, *ast.StarExpr:
					r.add(r.p.off(v.Pos()), r.p.off(v.Pos()), "(")
					r.add(r.p.off(v.End()), r.p.off(v.End()), ")")
				}
				continue
			}
			if _, field := ast.Unparen(l).(*ast.SelectorExpr); !field {
				continue
			}
			switch v.(type) {
			case *ast.BinaryExpr, *ast.UnaryExpr:
				r.add(r.p.off(v.Pos()), r.p.off(v.Pos()), "(")
				r.add(r.p.off(v.End()), r.p.off(v.End()), ")")
			}
		}
		return true
	})
}
