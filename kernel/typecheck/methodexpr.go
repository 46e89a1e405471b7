package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"gokernel/kernel/rangefunc"
)

// methodExprEdits writes a method expression of a type of another package
// as the function literal it stands for. yaegi gives `netip.Addr.Compare`
// the method's own signature, without the receiver: `slices.SortFunc(addrs,
// netip.Addr.Compare)` panicked (reflect.Set: value of type
// func(netip.Addr) int is not assignable to type func(netip.Addr,
// netip.Addr) int) and `f := netip.Addr.Compare; f(a, b)` was refused (too
// many arguments). In Go, T.M is the function func(r T, args) results {
// return r.M(args) }, so that is what the interpreter gets, spelled from the
// type check's signature:
//
//	func(__gkR netip.Addr, __gkA0 netip.Addr) int { return __gkR.Compare(__gkA0) }
//
// A method expression of a type of the session is the guard's (kernel/fidelity);
// one whose types the cell cannot spell where it stands is left as it is.
func methodExprEdits(pkg *types.Package, f *ast.File, info *types.Info) []rangefunc.Edit {
	var edits []rangefunc.Edit
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodExpr {
			return true
		}
		named, ok := types.Unalias(methodExprBase(s.Recv())).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == pkg {
			return true
		}
		fn, ok := s.Obj().(*types.Func)
		if !ok {
			return true
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok {
			return true
		}
		if text, ok := methodExprLiteral(pkg, sel.Pos(), s.Recv(), fn.Name(), sig); ok {
			edits = append(edits, rangefunc.Edit{Pos: sel.Pos(), End: sel.End(), Text: text})
		}
		return false
	})
	return edits
}

// methodExprLiteral is the function literal of the method expression
// recv.name (sig is the method's signature, without its receiver).
func methodExprLiteral(pkg *types.Package, pos token.Pos, recv types.Type, name string, sig *types.Signature) (string, bool) {
	rt, ok := spellTypeDeep(pkg, pos, recv)
	if !ok {
		return "", false
	}
	params, call, results, ok := forwardCall(pkg, pos, name, sig)
	if !ok {
		return "", false
	}
	if params != "" {
		params = ", " + params
	}
	return "func(__gkR " + rt + params + ")" + results + " { " + call + " }", true
}

// forwardCall spells what a function literal needs to pass its
// parameters on to __gkR.name (sig is the method's signature): its
// parameters (__gkA0 T0, ...), its results (with a leading space, "" for
// none) and the statement of its body.
func forwardCall(pkg *types.Package, pos token.Pos, name string, sig *types.Signature) (params, call, results string, ok bool) {
	var ps, args []string
	list := sig.Params()
	for i := range list.Len() {
		t := list.At(i).Type()
		a := "__gkA" + strconv.Itoa(i)
		spread := ""
		if sig.Variadic() && i == list.Len()-1 {
			sl, ok := t.(*types.Slice)
			if !ok {
				return "", "", "", false
			}
			t = sl.Elem()
			spread = "..."
		}
		ts, ok := spellTypeDeep(pkg, pos, t)
		if !ok {
			return "", "", "", false
		}
		ps = append(ps, a+" "+spread+ts)
		args = append(args, a+spread)
	}
	var rs []string
	for i := range sig.Results().Len() {
		ts, ok := spellTypeDeep(pkg, pos, sig.Results().At(i).Type())
		if !ok {
			return "", "", "", false
		}
		rs = append(rs, ts)
	}
	switch len(rs) {
	case 0:
	case 1:
		results = " " + rs[0]
	default:
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	call = "__gkR." + name + "(" + strings.Join(args, ", ") + ")"
	if len(rs) > 0 {
		call = "return " + call
	}
	return strings.Join(ps, ", "), call, results, true
}

// spellTypeDeep is how the cell spells t at pos: spellType for named and
// basic types, and the composite types made of them. An unnamed struct or
// interface with members, a type parameter, a generic type or its
// instance (yaegi hung compiling `*Cache[int, int]` written out, for a
// Cache with a sync.RWMutex) or a name the cell shadows there give false.
func spellTypeDeep(pkg *types.Package, pos token.Pos, t types.Type) (string, bool) {
	switch t := t.(type) {
	case *types.Basic, *types.Named:
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == nil {
			// error, comparable: of the universe, unless shadowed.
			scope := pkg.Scope().Innermost(pos)
			if scope == nil {
				return "", false
			}
			if _, o := scope.LookupParent(n.Obj().Name(), pos); o != n.Obj() {
				return "", false
			}
			return n.Obj().Name(), true
		}
		return spellType(pkg, pos, t)
	case *types.Alias:
		return spellTypeDeep(pkg, pos, types.Unalias(t))
	case *types.Pointer:
		e, ok := spellTypeDeep(pkg, pos, t.Elem())
		return "*" + e, ok
	case *types.Slice:
		e, ok := spellTypeDeep(pkg, pos, t.Elem())
		return "[]" + e, ok
	case *types.Array:
		e, ok := spellTypeDeep(pkg, pos, t.Elem())
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + e, ok
	case *types.Map:
		k, ok1 := spellTypeDeep(pkg, pos, t.Key())
		e, ok2 := spellTypeDeep(pkg, pos, t.Elem())
		return "map[" + k + "]" + e, ok1 && ok2
	case *types.Chan:
		e, ok := spellTypeDeep(pkg, pos, t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + e, ok
		case types.RecvOnly:
			return "<-chan " + e, ok
		}
		if strings.HasPrefix(e, "<-") {
			e = "(" + e + ")"
		}
		return "chan " + e, ok
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return "", false
		}
		var ps, rs []string
		for i := range t.Params().Len() {
			p := t.Params().At(i).Type()
			pre := ""
			if t.Variadic() && i == t.Params().Len()-1 {
				sl, ok := p.(*types.Slice)
				if !ok {
					return "", false
				}
				p, pre = sl.Elem(), "..."
			}
			s, ok := spellTypeDeep(pkg, pos, p)
			if !ok {
				return "", false
			}
			ps = append(ps, pre+s)
		}
		for i := range t.Results().Len() {
			s, ok := spellTypeDeep(pkg, pos, t.Results().At(i).Type())
			if !ok {
				return "", false
			}
			rs = append(rs, s)
		}
		out := "func(" + strings.Join(ps, ", ") + ")"
		switch len(rs) {
		case 0:
		case 1:
			out += " " + rs[0]
		default:
			out += " (" + strings.Join(rs, ", ") + ")"
		}
		return out, true
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct{}", true
		}
	case *types.Interface:
		if t.Empty() {
			return "interface{}", true
		}
	}
	return "", false
}

// methodExprBase is the type a method expression's receiver names: T of
// T and of *T.
func methodExprBase(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
