package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"gokernel/kernel/rangefunc"
)

// arrayPtrEdits gives the interpreter what Go's pointers to arrays mean
// where yaegi gets them wrong.
//
// A range over a pointer to an array: yaegi keeps the array it ranges
// over in the frame slot just before the loop's key, a slot it reserves
// for arrays, slices and strings but not for pointers, so the array
// overwrote whatever variable came before the key (`func f(a *[3]int) {
// for i := range a { a[i] *= 2 } }` replaced a by the array: "reflect:
// call of reflect.Value.Elem on array Value"). The loop ranges over the
// array's slice instead, `range p[:]`: same length, same live elements,
// same evaluation of p once. A loop without a value variable over a
// pointer Go does not evaluate (its length is constant: no function
// calls, no receives) ranges over `[N]struct{}{}`, as Go does even for a
// nil pointer.
//
// len and cap of a pointer to an array are its array's length, and Go
// never dereferences the pointer for them (nor evaluates it when it has
// no calls or receives); yaegi took the pointer's length and panicked on
// a nil one. A constant call becomes its value; len(f()) takes the
// length of an array of empty structs made after f() runs (the same for
// a loop without a value variable over f()).
func arrayPtrEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			arr := ptrToArray(info.TypeOf(n.X))
			if arr == nil {
				return true
			}
			if isBlankOrNil(n.Value) {
				edits = append(edits, lengthOnly(info, n.X, arr)...)
				return true
			}
			switch ast.Unparen(n.X).(type) {
			case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.CallExpr:
				edits = append(edits, rangefunc.Edit{Pos: n.X.End(), End: n.X.End(), Text: "[:]"})
			default:
				edits = append(edits, rangefunc.Edit{Pos: n.X.Pos(), End: n.X.Pos(), Text: "("},
					rangefunc.Edit{Pos: n.X.End(), End: n.X.End(), Text: ")[:]"})
			}
		case *ast.CallExpr:
			id, ok := ast.Unparen(n.Fun).(*ast.Ident)
			if !ok {
				return true
			}
			b, ok := info.Uses[id].(*types.Builtin)
			if !ok {
				return true
			}
			tv := info.Types[n]
			switch b.Name() {
			case "min", "max":
				// A constant min or max becomes its value (minMaxEdits):
				// no edit inside it.
				return tv.Value == nil
			case "len", "cap":
				if len(n.Args) != 1 {
					return true
				}
				arr := ptrToArray(info.TypeOf(n.Args[0]))
				if arr == nil {
					return true
				}
				if tv.Value == nil {
					edits = append(edits, lengthOnly(info, n.Args[0], arr)...)
					return true
				}
				if text, ok := constantText(pkg, n.Pos(), tv.Type, tv.Value); ok {
					edits = append(edits, rangefunc.Edit{Pos: n.Pos(), End: n.End(), Text: "(" + text + ")"})
				}
				return false
			}
		}
		return true
	})
	return edits
}

// lengthOnly replaces x, a pointer to arr that only its length is taken
// of, by an array of as many empty structs: `[N]struct{}{}` where Go does
// not evaluate x, else `func(interface{}) (z [N]struct{}) { return }(x)`,
// which evaluates x and never dereferences it (a func literal returning
// `[N]struct{}{}` made yaegi store its argument in the result's slot).
func lengthOnly(info *types.Info, x ast.Expr, arr *types.Array) []rangefunc.Edit {
	zero := "[" + strconv.FormatInt(arr.Len(), 10) + "]struct{}"
	if !evaluated(info, x) {
		return []rangefunc.Edit{{Pos: x.Pos(), End: x.End(), Text: zero + "{}"}}
	}
	return []rangefunc.Edit{{Pos: x.Pos(), End: x.Pos(), Text: "func(interface{}) (z " + zero + ") { return }("},
		{Pos: x.End(), End: x.End(), Text: ")"}}
}

// ptrToArray is the array t points to, if t is a pointer to an array.
func ptrToArray(t types.Type) *types.Array {
	if t == nil {
		return nil
	}
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	a, _ := p.Elem().Underlying().(*types.Array)
	return a
}

func isBlankOrNil(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return e == nil || ok && id.Name == "_"
}

// evaluated tells whether Go evaluates x as the operand of len: x
// contains a function call (not a conversion, not a constant builtin
// call) or a receive.
func evaluated(info *types.Info, x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				found = true
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			if tv, ok := info.Types[n]; ok && tv.Value != nil {
				return false
			}
			found = true
		}
		return !found
	})
	return found
}
