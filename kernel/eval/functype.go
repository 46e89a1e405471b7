package eval

import (
	"go/ast"
	"go/token"
)

// funcAsType finds a function's name written where Go wants a type, as
// in `func d(d)` or `func g() (x struct{ y g })`. Go rejects it; yaegi
// recurses through the signature until its stack overflows, which kills
// the evaluator, so the cell must stop here when no type check ran first.
// A name the cell also declares as a type is left alone: the check only
// reports what is surely not a type.
func (c *cell) funcAsType() (name string, off int, found bool) {
	// Only a type can make such a name valid Go: a local type or a type
	// parameter of the same name (a variable or a parameter is no type).
	local := map[string]bool{}
	for _, p := range c.parsed {
		ast.Inspect(p.file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.TypeSpec:
				local[x.Name.Name] = true
			case *ast.FuncType:
				if x.TypeParams != nil {
					for _, f := range x.TypeParams.List {
						for _, id := range f.Names {
							local[id.Name] = true
						}
					}
				}
			}
			return true
		})
	}
	for i, p := range c.parsed {
		var check func(t ast.Expr) bool
		check = func(t ast.Expr) bool {
			switch x := t.(type) {
			case *ast.Ident:
				if c.funcs[x.Name] && !local[x.Name] {
					name, off, found = x.Name, c.units[i].start+p.off(x.Pos()), true
					return true
				}
			case *ast.ParenExpr:
				return check(x.X)
			case *ast.StarExpr:
				return check(x.X)
			case *ast.Ellipsis:
				return x.Elt != nil && check(x.Elt)
			case *ast.ArrayType:
				return check(x.Elt)
			case *ast.MapType:
				return check(x.Key) || check(x.Value)
			case *ast.ChanType:
				return check(x.Value)
			case *ast.IndexExpr:
				return check(x.X)
			case *ast.IndexListExpr:
				return check(x.X)
			case *ast.FuncType:
				return fields(x.TypeParams, check) || fields(x.Params, check) || fields(x.Results, check)
			case *ast.StructType:
				return fields(x.Fields, check)
			case *ast.InterfaceType:
				return fields(x.Methods, check)
			}
			return false
		}
		ast.Inspect(p.file, func(n ast.Node) bool {
			if found {
				return false
			}
			switch x := n.(type) {
			case *ast.FuncType:
				check(x)
			case *ast.TypeSpec:
				check(x.Type)
			case *ast.ValueSpec:
				if x.Type != nil {
					check(x.Type)
				}
			case *ast.CompositeLit:
				if x.Type != nil {
					check(x.Type)
				}
			}
			return !found
		})
		if found {
			return
		}
	}
	return "", 0, false
}

// fields checks the types of a field list.
func fields(l *ast.FieldList, check func(ast.Expr) bool) bool {
	if l == nil {
		return false
	}
	for _, f := range l.List {
		if check(f.Type) {
			return true
		}
	}
	return false
}

// constCounts finds a const spec whose names and values (its own, or the
// previous spec's it repeats) differ in number, which Go rejects ("extra
// init expr", "missing init expr for const declaration"): yaegi recursed
// through `const (A B = x, iota*10; C, D)` until its stack overflowed,
// killing the evaluator, when no type check ran first.
func (c *cell) constCounts() (msg string, off int, found bool) {
	for i, p := range c.parsed {
		ast.Inspect(p.file, func(n ast.Node) bool {
			gd, ok := n.(*ast.GenDecl)
			if !ok || found {
				return !found
			}
			if gd.Tok != token.CONST {
				return true
			}
			var last []ast.Expr
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				values := vs.Values
				if len(values) > 0 || vs.Type != nil {
					last = values
				} else {
					values = last
				}
				switch {
				case len(values) > len(vs.Names):
					msg, off, found = "extra init expr", c.units[i].start+p.off(values[len(vs.Names)].Pos()), true
				case len(values) < len(vs.Names):
					msg, off, found = "missing init expr for const declaration", c.units[i].start+p.off(vs.Names[len(values)].Pos()), true
				}
				if found {
					return false
				}
			}
			return false
		})
	}
	return msg, off, found
}
