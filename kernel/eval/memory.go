package eval

import (
	"bytes"
	"go/ast"
	"go/token"
	"reflect"
	"runtime"
	"strconv"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// What yaegi keeps per cell, and how the session bounds it.
//
// yaegi never frees anything a Compile adds: every top-level statement's
// temporaries get new slots in the global frame (holding their last
// values: `s := make([]int, 1e4)` run 3000 times kept 3000 arrays), a
// rebound `x :=` gets a new slot while the old one keeps the old value,
// and every compiled program's AST, scope entries and file set stay
// reachable from the interpreter. So after each cell the session
// (1) zeroes the global frame's slots that no global variable names
// (clearDead), which makes old values garbage at once, (2) compiles a
// rerun `x := v` of an existing variable of the same type as `x = v`
// (rebindAssign), which reuses the slot and lets earlier functions see
// the new value, as in Go, and (3) every compactEvery cells rebuilds the
// interpreter from the declarations when no goroutine runs interpreted
// code, which drops the rest.

// compactEvery is how many executed cells the session lets the
// interpreter keep before it rebuilds it (a rebuild costs about 5 ms plus
// the replay of the declarations).
const compactEvery = 200

type memState struct {
	execs int // cells run since the interpreter was built
}

func (m *memState) rebuilt(*interp.Interpreter) { m.execs = 0 }

// frameData is the global frame's slots of in (yaegi's unexported
// Interpreter.frame.data); nil if this yaegi lays them out differently.
func frameData(in *interp.Interpreter) *[]reflect.Value {
	fr := reflect.ValueOf(in).Elem().FieldByName("frame")
	if !fr.IsValid() || fr.Kind() != reflect.Pointer || fr.Type().Elem().Kind() != reflect.Struct {
		return nil
	}
	p := *(*unsafe.Pointer)(unsafe.Pointer(fr.UnsafeAddr()))
	if p == nil {
		return nil
	}
	data := reflect.NewAt(fr.Type().Elem(), p).Elem().FieldByName("data")
	if !data.IsValid() || data.Type() != reflect.TypeFor[[]reflect.Value]() {
		return nil
	}
	return (*[]reflect.Value)(unsafe.Pointer(data.UnsafeAddr()))
}

// clearDead replaces by a zero value every slot of the global frame that
// holds memory and that no global variable names: temporaries of
// top-level statements and the old slots of rebound names.
func (s *Session) clearDead() {
	data := frameData(s.in)
	if data == nil {
		return
	}
	live := map[uintptr]bool{}
	for _, v := range globalsOf(s.in) {
		if v.IsValid() && v.CanAddr() {
			live[v.UnsafeAddr()] = true
		}
	}
	for i, v := range *data {
		if !v.IsValid() || !v.CanAddr() || live[v.UnsafeAddr()] {
			continue
		}
		switch v.Kind() {
		case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.String,
			reflect.Struct, reflect.Array, reflect.Func, reflect.Chan:
			if !v.IsZero() {
				(*data)[i] = reflect.New(v.Type()).Elem()
			}
		}
	}
}

// afterCell bounds what the interpreter keeps once a cell has run, and
// rebuilds it when the cell rebound a name other declarations use (so
// they see the new variable, or are dropped if they no longer compile).
func (s *Session) afterCell(c *cell) {
	s.mem.execs++
	used := false
	for _, name := range c.rebound {
		for _, d := range s.decls {
			if d.idents[name] && !(d.kind == "var" && len(d.keys) == 1 && d.keys[0] == name) {
				used = true
			}
		}
	}
	if used || s.mem.execs >= compactEvery && !interpretedGoroutines() {
		if s.rebuild() == nil {
			return
		}
		s.mem.execs = 0 // try again later
	}
	s.clearDead()
}

// interpretedGoroutines reports a goroutine (other than the caller's)
// running interpreted code: a rebuild would leave it working on the old
// interpreter's variables.
func interpretedGoroutines() bool {
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	stacks := bytes.Split(buf[:n], []byte("\n\n"))
	for _, st := range stacks[1:] { // the first is the caller's
		if bytes.Contains(st, []byte("github.com/traefik/yaegi/interp.")) {
			return true
		}
	}
	return n == len(buf) // too many to tell: assume so
}

// rebindAssign lists the top-level `x := v` statements of a unit that
// rebind only existing variables to a value of the same type: they are
// compiled as `x = v` (the ":=" becomes "= ", same length, so positions
// stay). It returns the offsets of the ":=" tokens in the unit's text and
// the names.
//
// accepts tells whether the interpreter compiles an assignment of a value
// whose type does not show here, without declaring anything (a failed
// compile of the cell would leave what its earlier chunks declared).
//
// defined are the names the cell's earlier statements define (the
// session's variable of that name is not the one a later statement sees);
// it grows with the unit's.
func rebindAssign(p *parsed, text string, globals map[string]reflect.Value, consts, defined map[string]bool, accepts func(name, value string) bool) (offs []int, names []string) {
	if p.body == nil {
		return nil, nil
	}
	hidden := func(name string) bool { return consts[name] || defined[name] }
	for _, st := range p.body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		all := len(as.Lhs) == len(as.Rhs)
		var ns []string
		for i, l := range as.Lhs {
			if !all {
				break
			}
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" || hidden(id.Name) {
				all = false
				break
			}
			v, ok := globals[id.Name]
			if !ok || !v.IsValid() || v.Kind() == reflect.Interface {
				all = false
				break
			}
			same, known := sameTypeAs(as.Rhs[i], v.Type(), globals, hidden)
			if !known && same {
				same = accepts(id.Name, text[p.off(as.Rhs[i].Pos()):p.off(as.Rhs[i].End())])
			}
			if !same {
				all = false
				break
			}
			ns = append(ns, id.Name)
		}
		if all {
			offs = append(offs, p.off(as.TokPos))
			names = append(names, ns...)
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				defined[id.Name] = true
			}
		}
	}
	return offs, names
}

// sameTypeAs reports whether an assignment of e to a variable of type t
// keeps the type `:=` would give, and whether that is known here (else
// the interpreter must accept the assignment): for an untyped constant
// literal, its default type must be t; a constant expression of any other
// form is left to `:=`. The interpreter does not check an operator's type
// when it assigns (`a = f + 1`, with a an int and f a float64, converts;
// `p = float64(n) / 2` into a struct skips the rest of the cell), so an
// operator's value must have a type known to be t.
func sameTypeAs(e ast.Expr, t reflect.Type, globals map[string]reflect.Value, hidden func(string) bool) (same, known bool) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		if lit, ok := ast.Unparen(u.X).(*ast.BasicLit); ok {
			e = lit
		}
	}
	if lit, ok := e.(*ast.BasicLit); ok {
		return defaultTypes[lit.Kind] == t, true
	}
	if typ := operandType(e, globals, hidden); typ != nil {
		return typ == t, true
	}
	switch e.(type) {
	case *ast.BinaryExpr, *ast.UnaryExpr:
		return false, true
	}
	return !constLike(e), false
}

// defaultTypes are the types `:=` gives untyped constant literals.
var defaultTypes = map[token.Token]reflect.Type{token.INT: reflect.TypeFor[int](), token.FLOAT: reflect.TypeFor[float64](),
	token.IMAG: reflect.TypeFor[complex128](), token.CHAR: reflect.TypeFor[rune](), token.STRING: reflect.TypeFor[string]()}

// basicTypes are the predeclared types a conversion can name.
var basicTypes = map[string]reflect.Type{
	"bool": reflect.TypeFor[bool](), "string": reflect.TypeFor[string](),
	"int": reflect.TypeFor[int](), "int8": reflect.TypeFor[int8](), "int16": reflect.TypeFor[int16](),
	"int32": reflect.TypeFor[int32](), "rune": reflect.TypeFor[rune](), "int64": reflect.TypeFor[int64](),
	"uint": reflect.TypeFor[uint](), "uint8": reflect.TypeFor[uint8](), "byte": reflect.TypeFor[byte](),
	"uint16": reflect.TypeFor[uint16](), "uint32": reflect.TypeFor[uint32](), "uint64": reflect.TypeFor[uint64](),
	"uintptr": reflect.TypeFor[uintptr](), "float32": reflect.TypeFor[float32](), "float64": reflect.TypeFor[float64](),
	"complex64": reflect.TypeFor[complex64](), "complex128": reflect.TypeFor[complex128](),
}

// operandType is the type of a top-level expression as far as it shows
// without a type checker: the session's variables (not hidden ones: its
// constants, which may be untyped, and names the cell defines anew),
// conversions to a
// predeclared type, len and cap, and operators over them; nil where it
// does not show, or for an untyped constant.
func operandType(e ast.Expr, globals map[string]reflect.Value, hidden func(string) bool) reflect.Type {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := globals[e.Name]; ok && v.IsValid() && !hidden(e.Name) {
			return v.Type()
		}
	case *ast.CompositeLit:
		return typeOf(e.Type, globals)
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && len(e.Args) > 0 {
			if _, shadowed := globals[id.Name]; !shadowed {
				switch id.Name {
				case "len", "cap":
					return reflect.TypeFor[int]()
				case "make":
					return typeOf(e.Args[0], globals)
				case "new":
					if t := typeOf(e.Args[0], globals); t != nil {
						return reflect.PointerTo(t)
					}
					return nil
				}
			}
		}
		if len(e.Args) == 1 { // a conversion
			return typeOf(e.Fun, globals)
		}
	case *ast.UnaryExpr:
		switch e.Op {
		case token.SUB, token.ADD, token.XOR:
			return operandType(e.X, globals, hidden)
		case token.NOT:
			return reflect.TypeFor[bool]()
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
			return reflect.TypeFor[bool]()
		case token.SHL, token.SHR:
			return operandType(e.X, globals, hidden)
		}
		if t := operandType(e.X, globals, hidden); t != nil {
			return t
		}
		return operandType(e.Y, globals, hidden)
	}
	return nil
}

// typeOf is the type a type expression names, for the predeclared types
// and slices, arrays, maps and pointers of them; nil for any other.
func typeOf(e ast.Expr, globals map[string]reflect.Value) reflect.Type {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if _, shadowed := globals[e.Name]; !shadowed {
			return basicTypes[e.Name]
		}
	case *ast.ArrayType:
		elem := typeOf(e.Elt, globals)
		if elem == nil {
			return nil
		}
		if e.Len == nil {
			return reflect.SliceOf(elem)
		}
		if lit, ok := e.Len.(*ast.BasicLit); ok && lit.Kind == token.INT {
			if n, err := strconv.Atoi(lit.Value); err == nil {
				return reflect.ArrayOf(n, elem)
			}
		}
	case *ast.MapType:
		k, v := typeOf(e.Key, globals), typeOf(e.Value, globals)
		if k != nil && v != nil {
			return reflect.MapOf(k, v)
		}
	case *ast.StarExpr:
		if t := typeOf(e.X, globals); t != nil {
			return reflect.PointerTo(t)
		}
	}
	return nil
}

// constLike reports an expression that may be an untyped constant: made
// of literals and names only (a name may be a constant).
func constLike(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit, *ast.Ident:
		return true
	case *ast.UnaryExpr:
		return constLike(e.X)
	case *ast.BinaryExpr:
		return constLike(e.X) && constLike(e.Y)
	}
	return false
}

// constNames are the session's constants (never assigned to).
func (s *Session) constNames() map[string]bool {
	out := map[string]bool{}
	for _, d := range s.decls {
		if d.kind == "const" {
			for _, k := range d.keys {
				out[k] = true
			}
		}
	}
	return out
}

// acceptsAssign tells whether the interpreter compiles `name = value` at
// the top level, in a function literal so that the probe declares
// nothing.
func (s *Session) acceptsAssign(name, value string) bool {
	_, err := compile(s.in, "_ = func() { "+name+" = ("+value+"\n) }")
	return err == nil
}
