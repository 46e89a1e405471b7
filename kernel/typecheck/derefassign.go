package typecheck

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel/rangefunc"
	"gokernel/kernel/stmtlist"
)

// derefAssignEdits rewrites an assignment of several values through a
// pointer, `*h, t.index = old[:n-1], -1`, into single assignments:
//
//	{ __gkP0 := h; __gkP1 := &t.index; var __gkV0 timerHeap = old[:n-1]; var __gkV1 int = -1; *__gkP0 = __gkV0; *__gkP1 = __gkV1 }
//
// yaegi gives `*h` of a type that refers back to itself through a func
// field a placeholder type in an assignment of several values and panics
// (reflect.Set: ... is not assignable to type []*unsafe2.dummy); a single
// assignment is right. The order stays Go's: the places on the left
// (their pointers and operands) first, then the values in order, then the
// assignments left to right. Only the separators between the statement's
// parts are edited, so the other lowerings of its parts still apply.
// Left sides other than a variable, `*p`, a field or a slice or array
// element (a map element, _) leave the statement as it is.
func derefAssignEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	stmtlist.Assigns(f, func(as *ast.AssignStmt) {
		edits = append(edits, derefAssign(pkg, info, as)...)
	})
	return edits
}

func derefAssign(pkg *types.Package, info *types.Info, as *ast.AssignStmt) []rangefunc.Edit {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return nil
	}
	star := false
	for _, l := range as.Lhs {
		_, ok := ast.Unparen(l).(*ast.StarExpr)
		star = star || ok
	}
	if !star {
		return nil
	}
	// place[i] replaces what stands before the i-th left side's operand
	// (from the previous part's end); operand[i] is that operand.
	place := make([]string, len(as.Lhs))
	operand := make([]ast.Expr, len(as.Lhs))
	spelled := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		l = ast.Unparen(l)
		p := fmt.Sprintf("__gkP%d := ", i)
		switch x := l.(type) {
		case *ast.Ident:
			if x.Name == "_" {
				return nil
			}
			place[i], operand[i] = p+"&", x
		case *ast.StarExpr:
			place[i], operand[i] = p, x.X
		case *ast.SelectorExpr:
			if s := info.Selections[x]; s == nil || s.Kind() != types.FieldVal {
				return nil
			}
			place[i], operand[i] = p+"&", x
		case *ast.IndexExpr:
			switch t := info.TypeOf(x.X); u := t.Underlying().(type) {
			case *types.Slice, *types.Array:
			case *types.Pointer:
				if _, ok := u.Elem().Underlying().(*types.Array); !ok {
					return nil
				}
			default:
				return nil
			}
			place[i], operand[i] = p+"&", x
		default:
			return nil
		}
		t := info.TypeOf(l)
		if t == nil {
			return nil
		}
		name, ok := spellTypeDeep(pkg, as.Pos(), t)
		if !ok {
			return nil
		}
		spelled[i] = name
	}
	var edits []rangefunc.Edit
	from := as.Pos()
	for i := range as.Lhs {
		text := place[i]
		if i == 0 {
			text = "{ " + text
		} else {
			text = "; " + text
		}
		edits = append(edits, rangefunc.Edit{Pos: from, End: operand[i].Pos(), Text: text})
		from = operand[i].End()
	}
	var tail strings.Builder
	for i, r := range as.Rhs {
		edits = append(edits, rangefunc.Edit{Pos: from, End: r.Pos(), Text: fmt.Sprintf("; var __gkV%d %s = ", i, spelled[i])})
		from = r.End()
	}
	for i := range as.Lhs {
		fmt.Fprintf(&tail, "; *__gkP%d = __gkV%d", i, i)
	}
	tail.WriteString(" }")
	edits = append(edits, rangefunc.Edit{Pos: from, End: as.End(), Text: tail.String()})
	return edits
}
