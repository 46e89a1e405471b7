package eval

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"strconv"
	"strings"
)

// yaegi indexes and dereferences through reflect, so a cell's runtime
// errors come with reflect's words ("reflect: slice index out of range",
// "call of reflect.Value.Field on zero Value") where Go says "runtime
// error: index out of range [5] with length 3" or "invalid memory address
// or nil pointer dereference". goRuntimeError puts Go's words back where
// it can tell them for sure; otherwise the interpreter's stay.
//
// at is the top-level statement (unit) of the cell that failed, if
// known: when the line yaegi reports is not one of its lines (for `x :=
// list.items[2]` it gave the line that declared list), the index
// expression is looked for in them.
func (s *Session) goRuntimeError(e *Error, c *cell, at []int) *Error {
	if e == nil || e.Name != "panic" {
		return e
	}
	msg := e.Value
	switch {
	case strings.HasPrefix(msg, "reflect: call of reflect.Value.") && strings.HasSuffix(msg, " on zero Value"):
		msg = "runtime error: invalid memory address or nil pointer dereference"
	case msg == "reflect: slice index out of range" || msg == "reflect: array index out of range" || msg == "reflect: string index out of range":
		// Only where the cell's own code failed: a line of a function of
		// an earlier cell is another text.
		for _, l := range e.Traceback {
			if strings.HasPrefix(l, "    in ") && !strings.HasPrefix(l, "    in the cell") &&
				!strings.HasPrefix(l, "    in a function literal") && !strings.HasPrefix(l, "    in main.func") {
				return e
			}
			if strings.HasPrefix(l, "    in ") {
				break // the innermost frame decides
			}
		}
		lines := map[int]bool{e.Line: true}
		if in := c.unitLines(at); !in[e.Line] && len(in) > 0 {
			lines = in
		}
		m, line, col, ok := s.indexMessage(c, lines)
		if !ok {
			return e
		}
		if line != e.Line && len(e.Traceback) <= 4 {
			// One frame, at the wrong place: at the index expression.
			return newError("panic", m, c.code, line, col)
		}
		msg = m
	default:
		return e
	}
	old := e.Value
	e.Value = msg
	for i, l := range e.Traceback {
		e.Traceback[i] = strings.Replace(l, old, msg, 1)
	}
	return e
}

// indexMessage finds the index expression that failed on line of the
// cell: the one whose operands, names of the cell's top level (the
// session's variables, which still hold their values) and constants, give
// an index out of range now. More than one such, or operands it cannot
// evaluate without running code again, and it gives up.
func (s *Session) indexMessage(c *cell, lines map[int]bool) (msg string, line, col int, ok bool) {
	// Names declared anywhere below the top level could shadow a
	// session variable: operands using them are not evaluated.
	nested := map[string]bool{}
	declare := func(ids ...ast.Expr) {
		for _, e := range ids {
			if id, ok := e.(*ast.Ident); ok {
				nested[id.Name] = true
			}
		}
	}
	type candidate struct {
		x, index  ast.Expr
		names     []string
		line, col int
	}
	var candidates []candidate
	for i, p := range c.parsed {
		if c.units[i].kind != kindStmt {
			continue
		}
		for _, top := range p.body.List {
			ast.Inspect(top, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.FuncLit:
					for _, f := range x.Type.Params.List {
						for _, id := range f.Names {
							declare(id)
						}
					}
				case *ast.AssignStmt:
					// A top-level define makes session variables; any
					// other is below the top level.
					if x.Tok == token.DEFINE && n != top {
						declare(x.Lhs...)
					}
				case *ast.ValueSpec:
					for _, id := range x.Names {
						declare(id)
					}
				case *ast.RangeStmt:
					if x.Tok == token.DEFINE {
						declare(x.Key, x.Value)
					}
				case *ast.IndexExpr:
					l, col := lineCol(c.code, c.units[i].start+p.off(x.Pos()))
					if lines[l] && plainOperand(x.X) && plainOperand(x.Index) {
						var names []string
						ast.Inspect(x, func(m ast.Node) bool {
							if id, ok := m.(*ast.Ident); ok {
								names = append(names, id.Name)
							}
							return true
						})
						candidates = append(candidates, candidate{x.X, x.Index, names, l, col})
					}
				}
				return true
			})
		}
	}
	found := ""
	at := [2]int{}
	for _, cd := range candidates {
		shadowed := false
		for _, n := range cd.names {
			shadowed = shadowed || nested[n]
		}
		if shadowed {
			continue
		}
		globals := globalsOf(s.in)
		v, ok := operandValue(cd.x, globals)
		if !ok {
			continue
		}
		switch v.Kind() {
		case reflect.Slice, reflect.Array, reflect.String:
		default:
			continue
		}
		iv, ok := operandValue(cd.index, globals)
		if !ok {
			continue
		}
		var idx int64
		switch {
		case iv.CanInt():
			idx = iv.Int()
		case iv.CanUint():
			idx = int64(iv.Uint())
		default:
			continue
		}
		if idx >= 0 && idx < int64(v.Len()) {
			continue // in range: not the one that failed
		}
		if found != "" {
			return "", 0, 0, false
		}
		if idx < 0 {
			found = fmt.Sprintf("runtime error: index out of range [%d]", idx)
		} else {
			found = fmt.Sprintf("runtime error: index out of range [%d] with length %d", idx, v.Len())
		}
		at = [2]int{cd.line, cd.col}
	}
	return found, at[0], at[1], found != ""
}

// unitLines are the lines of the cell that the units cover.
func (c *cell) unitLines(units []int) map[int]bool {
	out := map[int]bool{}
	for _, i := range units {
		from, _ := lineCol(c.code, c.units[i].start)
		to, _ := lineCol(c.code, c.units[i].end)
		for l := from; l <= to; l++ {
			out[l] = true
		}
	}
	return out
}

// plainOperand reports whether e is a constant or a name (or a field of
// one): evaluating it again runs no code.
func plainOperand(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return x.Kind == token.INT
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainOperand(x.X)
	case *ast.ParenExpr:
		return plainOperand(x.X)
	case *ast.UnaryExpr:
		return x.Op == token.SUB && plainOperand(x.X)
	case *ast.BinaryExpr:
		return (x.Op == token.ADD || x.Op == token.SUB || x.Op == token.MUL) && plainOperand(x.X) && plainOperand(x.Y)
	case *ast.CallExpr:
		return lenOrCap(x) && plainOperand(x.Args[0])
	}
	return false
}

// lenOrCap reports a call of len or cap (with one argument, no spread):
// the names are shadowing-checked with the other operands.
func lenOrCap(c *ast.CallExpr) bool {
	id, ok := c.Fun.(*ast.Ident)
	return ok && (id.Name == "len" || id.Name == "cap") && len(c.Args) == 1 && !c.Ellipsis.IsValid()
}

// operandValue is the value of a plain operand from the session's
// globals (yaegi's Eval would only repeat the panic now).
func operandValue(e ast.Expr, globals map[string]reflect.Value) (reflect.Value, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		n, err := strconv.ParseInt(x.Value, 0, 64)
		return reflect.ValueOf(n), err == nil
	case *ast.Ident:
		v, ok := globals[x.Name]
		for ok && v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && !v.IsNil() && v.Elem().Kind() != reflect.Struct {
			v = v.Elem()
		}
		return v, ok && v.IsValid()
	case *ast.ParenExpr:
		return operandValue(x.X, globals)
	case *ast.UnaryExpr:
		v, ok := operandValue(x.X, globals)
		if !ok || !v.CanInt() {
			return reflect.Value{}, false
		}
		return reflect.ValueOf(-v.Int()), true
	case *ast.BinaryExpr:
		a, ok := operandValue(x.X, globals)
		b, ok2 := operandValue(x.Y, globals)
		if !ok || !ok2 || !a.CanInt() || !b.CanInt() {
			return reflect.Value{}, false
		}
		switch x.Op {
		case token.ADD:
			return reflect.ValueOf(a.Int() + b.Int()), true
		case token.SUB:
			return reflect.ValueOf(a.Int() - b.Int()), true
		case token.MUL:
			return reflect.ValueOf(a.Int() * b.Int()), true
		}
	case *ast.CallExpr:
		if !lenOrCap(x) {
			return reflect.Value{}, false
		}
		v, ok := operandValue(x.Args[0], globals)
		if !ok {
			return reflect.Value{}, false
		}
		switch k := v.Kind(); {
		case k == reflect.Slice || k == reflect.Array || k == reflect.Chan:
		case k == reflect.String || k == reflect.Map:
			if x.Fun.(*ast.Ident).Name == "cap" {
				return reflect.Value{}, false
			}
		default:
			return reflect.Value{}, false
		}
		if x.Fun.(*ast.Ident).Name == "cap" {
			return reflect.ValueOf(int64(v.Cap())), true
		}
		return reflect.ValueOf(int64(v.Len())), true
	case *ast.SelectorExpr:
		v, ok := operandValue(x.X, globals)
		for ok && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && !v.IsNil() {
			v = v.Elem()
		}
		if !ok || v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		// yaegi's structs spell an unexported field with an X.
		for _, name := range []string{x.Sel.Name, "X" + x.Sel.Name} {
			if f := v.FieldByName(name); f.IsValid() {
				return f, true
			}
		}
	}
	return reflect.Value{}, false
}
