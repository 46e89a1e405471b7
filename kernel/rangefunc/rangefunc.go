// Package rangefunc lowers Go 1.23 range-over-func loops into plain Go, for
// interpreters (yaegi) that cannot run them.
//
// With the type information of a checked file, Edits turns
//
//	for k, v := range seq {
//		body
//	}
//
// into
//
//	{ seq(func(k K, v V) bool { {
//		body
//	}; return true }) }
//
// the way the Go compiler lowers such loops (see the doc comment of
// cmd/compile/internal/rangefunc/rewrite.go):
//
//   - every call of the yield function gets its own parameters, so the loop
//     variables are per iteration; the body stays a block of its own, so
//     it may redeclare them, as in the loop;
//   - continue becomes "return true" and break "return false";
//   - a return out of the body stores its results in fresh variables
//     declared before the call ("R0, R1 = func() (T0, T1) { return x, y
//     }()" when it has several, so that they are evaluated as by a return),
//     sets a code and returns false; after the call, "if code == -1 {
//     return R0, R1 }" does the return (a bare return with named results
//     stays bare);
//   - a labeled break or continue of an enclosing loop, switch or select (an
//     ordinary statement or another range-over-func loop) sets a code too,
//     and the code after each call dispatches it or stops the enclosing
//     range-over-func loop to get closer to its target; the loops of one
//     function nested in each other share the code and result variables;
//   - unlabeled breaks in a switch or select of the body are theirs, and
//     left alone;
//   - the assignment form "for k, v = range seq" assigns to k and v at the
//     start of each body;
//   - a label of the loop is dropped (all its uses are rewritten).
//
// The edits keep the line structure: text is only inserted or replaced on
// the lines of the loop's header and closing brace (and in place of the
// body's break, continue and return statements), the number of newlines
// never changes, and every statement of the user stays on its line, so
// positions in errors and tracebacks still hold. (Only when a loop header
// spans lines do its variables move to the line of its "{".) Fresh names
// start with a prefix no identifier of the file starts with ("_gkrf" unless
// the file uses it), numbered per loop: _gkrf1Next, _gkrf1Ret0, _gkrf2P0.
//
// Unlike the compiler, the lowered code does not check that the iterator
// behaves: Go panics when an iterator calls yield again after it returned
// false or after the loop ended, or when it swallows a panic of the loop
// body; the lowered code runs the body again (or carries on) instead.
//
// Loops whose lowering would not be exact are left to the caller as an
// *Unsupported error:
//   - a defer directly in the body (it would run when the yield function
//     returns, not when the enclosing function does);
//   - a recover() call directly in the body;
//   - a goto out of the body, or to the label of the loop;
//   - a return whose result types cannot be spelled at the loop or at the
//     return;
//   - loop variables whose types cannot be spelled at the loop: an
//     unexported type of another package, a type of a package the file does
//     not import, a shadowed name, or a loop variable that has the name of
//     a name in its type;
//   - a range over a type parameter whose type set may hold a function;
//   - an assignment form whose left-hand side holds a func literal or a
//     recover() call, or spans lines;
//   - a file that redeclares bool, true, false or int (the lowered code
//     uses them).
package rangefunc

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Edit replaces the source between Pos and End (End == Pos: an insertion) with Text.
type Edit struct {
	Pos, End token.Pos
	Text     string
}

// Unsupported names a range-over-func loop (or a statement in its body)
// that Edits cannot lower faithfully.
type Unsupported struct {
	Pos  token.Pos
	What string
}

func (e *Unsupported) Error() string {
	return "range over func cannot be lowered: " + e.What
}

// Edits returns the edits that turn every range-over-func loop in f
// into calls of the function with a func literal as yield, keeping the
// meaning Go gives the loop; nil when f has none. info needs Types, Defs,
// Uses (and Selections if you need them) from a go/types check of f
// without errors. An *Unsupported error names a loop it cannot lower
// faithfully (then the caller runs the cell compiled instead).
func Edits(fset *token.FileSet, f *ast.File, info *types.Info) (edits []Edit, err error) {
	if !hasFuncRange(f, info) {
		return nil, nil
	}
	r := &rewriter{
		fset:   fset,
		file:   f,
		info:   info,
		labels: map[*types.Label]*ast.LabeledStmt{},
		gotos:  map[*types.Label]bool{},
	}
	defer func() {
		if p := recover(); p != nil {
			b, ok := p.(bailout)
			if !ok {
				panic(p)
			}
			edits, err = nil, b.err
		}
	}()
	r.prepare()
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Body == nil {
				continue
			}
			var sig *types.Signature
			if obj, ok := info.Defs[d.Name].(*types.Func); ok {
				sig, _ = obj.Type().(*types.Signature)
			}
			r.walk(d.Body, &ctx{fn: &fnInfo{sig: sig}})
		default:
			r.walk(d, &ctx{})
		}
	}
	if len(r.edits) == 0 {
		return nil, nil
	}
	sortEdits(r.edits)
	for i := 1; i < len(r.edits); i++ {
		if r.edits[i].Pos < r.edits[i-1].End {
			return nil, &Unsupported{Pos: r.edits[i].Pos, What: "overlapping rewrites (internal error)"}
		}
	}
	return r.edits, nil
}

// Apply applies non-overlapping edits to src (the text of the file
// whose positions they use, base is the file's token.File) and returns
// the result.
func Apply(src []byte, file *token.File, edits []Edit) ([]byte, error) {
	if file == nil {
		return nil, fmt.Errorf("rangefunc.Apply: no token.File")
	}
	if file.Size() != len(src) {
		return nil, fmt.Errorf("rangefunc.Apply: source has %d bytes, file %s has %d", len(src), file.Name(), file.Size())
	}
	es := slices.Clone(edits)
	sortEdits(es)
	var out bytes.Buffer
	out.Grow(len(src) + 64*len(es))
	base, last := file.Base(), 0
	for _, e := range es {
		off, end := int(e.Pos)-base, int(e.End)-base
		if !e.Pos.IsValid() || off < 0 || end < off || end > len(src) {
			return nil, fmt.Errorf("rangefunc.Apply: edit [%d,%d) outside file %s [%d,%d]", e.Pos, e.End, file.Name(), base, base+len(src))
		}
		if off < last {
			return nil, fmt.Errorf("rangefunc.Apply: overlapping edits at offset %d", off)
		}
		out.Write(src[last:off])
		out.WriteString(e.Text)
		last = end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// sortEdits orders edits by position, an insertion before a replacement
// starting at the same place, keeping the order of equal edits.
func sortEdits(es []Edit) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Pos != es[j].Pos {
			return es[i].Pos < es[j].Pos
		}
		return es[i].End < es[j].End
	})
}

// hasFuncRange reports whether f may hold a loop to lower: a range
// statement over a function or over a value whose type is unknown.
func hasFuncRange(f *ast.File, info *types.Info) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found {
			return false
		}
		if rs, ok := n.(*ast.RangeStmt); ok {
			if k, _ := rangeKind(info, rs); k != plainRange {
				found = true
			}
		}
		return true
	})
	return found
}

type kind int

const (
	plainRange kind = iota
	funcRange
	unknownRange // no type, or a type parameter that may be a func
)

// rangeKind classifies the range statement rs and, for a range over a
// function, returns the yield function's signature.
func rangeKind(info *types.Info, rs *ast.RangeStmt) (kind, *types.Signature) {
	tv, ok := info.Types[rs.X]
	if !ok || tv.Type == nil {
		return unknownRange, nil
	}
	t := types.Unalias(tv.Type)
	if tp, ok := t.(*types.TypeParam); ok {
		if iface, ok := tp.Underlying().(*types.Interface); ok && mayBeFunc(iface, 0) {
			return unknownRange, nil
		}
		return plainRange, nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return plainRange, nil
	}
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return unknownRange, nil
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || yield.Params().Len() > 2 || yield.Results().Len() != 1 {
		return unknownRange, nil
	}
	return funcRange, yield
}

// mayBeFunc reports whether a type set of the constraint iface holds a
// function type.
func mayBeFunc(iface *types.Interface, depth int) bool {
	if depth > 20 {
		return true
	}
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		switch e := types.Unalias(iface.EmbeddedType(i)).(type) {
		case *types.Union:
			for j := 0; j < e.Len(); j++ {
				if _, ok := e.Term(j).Type().Underlying().(*types.Signature); ok {
					return true
				}
			}
		default:
			switch u := e.Underlying().(type) {
			case *types.Signature:
				return true
			case *types.Interface:
				if mayBeFunc(u, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

type bailout struct{ err *Unsupported }

// predeclaredUsed are the predeclared names the lowered code uses.
var predeclaredUsed = map[string]bool{"bool": true, "true": true, "false": true, "int": true}

type rewriter struct {
	fset   *token.FileSet
	file   *ast.File
	info   *types.Info
	pkg    *types.Package
	prefix string
	nloops int
	edits  []Edit
	labels map[*types.Label]*ast.LabeledStmt // label -> its statement
	gotos  map[*types.Label]bool             // labels some goto jumps to
}

// fnInfo is the function (declaration or literal) around a statement.
type fnInfo struct {
	sig *types.Signature // nil if unknown
}

// loop is a range-over-func loop.
type loop struct {
	rs        *ast.RangeStmt
	num       int // its number in the file, from 1
	level     int // 1 + the range-over-func loops around it in its function
	nest      *nest
	handlers  []handler // dispatch after its call
	propagate bool      // codes set in its body that its own dispatch does not handle
}

type handler struct {
	code   int
	action string
}

// nest is the outermost range-over-func loop of a function with the loops
// it holds (in the same function): they share the code variable and the
// result variables.
type nest struct {
	outer    *loop
	fn       *fnInfo
	needNext bool
	results  []string // result variables, once a return with values is seen
	codes    map[codeKey]int
	ncodes   int
	bare     bool // a bare return with named results is seen
}

type codeKey struct {
	target ast.Stmt
	tok    token.Token
}

// target is a statement a break or continue may refer to.
type target struct {
	stmt   ast.Stmt
	label  *types.Label
	isLoop bool
	loop   *loop // the range-over-func loop, if it is one
	level  int   // range-over-func loops around stmt in its function
}

type ctx struct {
	fn      *fnInfo
	loops   []*loop   // range-over-func loops around, outermost first
	targets []*target // breakable statements around, innermost last
}

func (c *ctx) with(t *target, l *loop) *ctx {
	c2 := &ctx{fn: c.fn, loops: slices.Clip(c.loops), targets: append(slices.Clip(c.targets), t)}
	if l != nil {
		c2.loops = append(c2.loops, l)
	}
	return c2
}

func (r *rewriter) fail(pos token.Pos, format string, args ...any) {
	panic(bailout{&Unsupported{Pos: pos, What: fmt.Sprintf(format, args...)}})
}

// prepare finds the package, a prefix for fresh names, the labeled
// statements and the labels of gotos.
func (r *rewriter) prepare() {
	names := map[string]bool{}
	for _, obj := range r.info.Defs {
		if obj != nil && obj.Pkg() != nil {
			r.pkg = obj.Pkg()
			break
		}
	}
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			names[n.Name] = true
		case *ast.LabeledStmt:
			if l, ok := r.info.Defs[n.Label].(*types.Label); ok {
				r.labels[l] = n
			}
		case *ast.BranchStmt:
			if n.Tok == token.GOTO && n.Label != nil {
				if l, ok := r.info.Uses[n.Label].(*types.Label); ok {
					r.gotos[l] = true
				}
			}
		}
		return true
	})
	if r.pkg == nil {
		r.fail(r.file.Package, "no package information")
	}
	// The lowered code uses these predeclared names: they must not be
	// redeclared in the package or in f (fields, methods and labels do not
	// count: their Parent is nil).
	for id, obj := range r.info.Defs {
		if obj == nil || !predeclaredUsed[id.Name] || obj.Parent() == nil {
			continue
		}
		if obj.Parent() == r.pkg.Scope() || (id.Pos() >= r.file.FileStart && id.Pos() <= r.file.FileEnd) {
			r.fail(id.Pos(), "%s redeclared (the lowered code uses the predeclared %s)", id.Name, id.Name)
		}
	}
	r.prefix = "_gkrf"
	for {
		clash := false
		for n := range names {
			if strings.HasPrefix(n, r.prefix) {
				clash = true
				break
			}
		}
		if !clash {
			break
		}
		r.prefix += "_"
	}
}

// walkChildren walks the children of n.
func (r *rewriter) walkChildren(n ast.Node, c *ctx) {
	ast.Inspect(n, func(m ast.Node) bool {
		if m == n {
			return true
		}
		if m != nil {
			r.walk(m, c)
		}
		return false
	})
}

func (r *rewriter) walk(n ast.Node, c *ctx) {
	switch n := n.(type) {
	case nil:
		return
	case *ast.FuncLit:
		sig, _ := r.info.Types[n].Type.(*types.Signature)
		r.walk(n.Body, &ctx{fn: &fnInfo{sig: sig}})
		return
	case *ast.LabeledStmt:
		r.stmt(n.Stmt, n, c)
		return
	case *ast.RangeStmt, *ast.ForStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
		r.stmt(n.(ast.Stmt), nil, c)
		return
	case *ast.BranchStmt:
		r.branch(n, c)
		return
	case *ast.ReturnStmt:
		r.ret(n, c)
	case *ast.DeferStmt:
		if len(c.loops) > 0 {
			r.fail(n.Pos(), "defer in the body of a range-over-func loop")
		}
	case *ast.CallExpr:
		if len(c.loops) > 0 && r.isRecover(n) {
			r.fail(n.Pos(), "recover() in the body of a range-over-func loop")
		}
	}
	r.walkChildren(n, c)
}

func (r *rewriter) isRecover(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "recover"
}

// stmt walks the statement s, labeled by ls if not nil.
func (r *rewriter) stmt(s ast.Stmt, ls *ast.LabeledStmt, c *ctx) {
	var lbl *types.Label
	if ls != nil {
		lbl, _ = r.info.Defs[ls.Label].(*types.Label)
	}
	t := &target{stmt: s, label: lbl, level: len(c.loops)}
	switch s := s.(type) {
	case *ast.RangeStmt:
		switch k, yield := rangeKind(r.info, s); k {
		case funcRange:
			r.rangeFunc(s, ls, lbl, yield, c)
			return
		case unknownRange:
			r.fail(s.For, "range over a value of unknown type or a type parameter")
		}
		t.isLoop = true
	case *ast.ForStmt:
		t.isLoop = true
	case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
	default:
		r.walk(s, c)
		return
	}
	r.walkChildren(s, c.with(t, nil))
}

// rangeFunc lowers the range-over-func loop rs (labeled by ls if not nil).
func (r *rewriter) rangeFunc(rs *ast.RangeStmt, ls *ast.LabeledStmt, lbl *types.Label, yield *types.Signature, c *ctx) {
	if c.fn == nil {
		r.fail(rs.For, "range-over-func loop outside a function")
	}
	if lbl != nil && r.gotos[lbl] {
		r.fail(ls.Pos(), "goto to the label of a range-over-func loop")
	}
	r.nloops++
	l := &loop{rs: rs, num: r.nloops, level: len(c.loops) + 1}
	if l.level == 1 {
		l.nest = &nest{outer: l, fn: c.fn, codes: map[codeKey]int{}}
	} else {
		l.nest = c.loops[0].nest
	}
	r.walk(rs.X, c)

	// The loop variables, or the expressions assigned to.
	var vars []ast.Expr
	for _, e := range []ast.Expr{rs.Key, rs.Value} {
		if e != nil {
			vars = append(vars, e)
		}
	}
	pos := rs.For
	var params, lhs, rhs []string
	for i := 0; i < yield.Params().Len(); i++ {
		typ, used := r.spell(yield.Params().At(i).Type(), pos, "loop variable")
		name := "_"
		if i < len(vars) {
			switch rs.Tok {
			case token.DEFINE:
				id, ok := vars[i].(*ast.Ident)
				if !ok {
					r.fail(vars[i].Pos(), "loop variable is not an identifier")
				}
				name = id.Name
				if used[name] {
					r.fail(id.Pos(), "loop variable %s has the name of a name in its type %s", name, typ)
				}
			case token.ASSIGN:
				if id, ok := vars[i].(*ast.Ident); ok && id.Name == "_" {
					break
				}
				name = fmt.Sprintf("%s%dP%d", r.prefix, l.num, i)
				lhs = append(lhs, r.exprText(vars[i], c))
				rhs = append(rhs, name)
			default:
				r.fail(rs.For, "unexpected range statement token %s", rs.Tok)
			}
		}
		params = append(params, name+" "+typ)
	}

	body := c.with(&target{stmt: rs, label: lbl, isLoop: true, loop: l, level: len(c.loops)}, l)
	r.walk(rs.Body, body)

	// Header: "{ decls; (" replaces "L: for k, v := range ", the text up to the expression.
	start := rs.For
	if ls != nil {
		start = ls.Pos()
	}
	var head strings.Builder
	head.WriteString("{ ")
	if l.level == 1 {
		head.WriteString(r.decls(l.nest, pos))
	}
	paren := needParen(rs.X)
	if paren {
		head.WriteString("(")
	}
	r.replace(start, rs.X.Pos(), head.String())

	// ")(func(k K, v V) bool { lhs = params; {" replaces " {".
	var open strings.Builder
	if paren {
		open.WriteString(")")
	}
	fmt.Fprintf(&open, "(func(%s) bool { ", strings.Join(params, ", "))
	if len(lhs) > 0 {
		fmt.Fprintf(&open, "%s = %s; ", strings.Join(lhs, ", "), strings.Join(rhs, ", "))
	}
	open.WriteString("{") // the body is a block in the func, as in the loop
	r.replace(rs.X.End(), rs.Body.Lbrace+1, open.String())

	// "}; return true }); dispatch }" replaces "}".
	var end strings.Builder
	end.WriteString("}; return true })")
	next := r.nextName(l.nest)
	for _, h := range l.handlers {
		if h.code < 0 {
			fmt.Fprintf(&end, "; if %s == %d { %s }", next, h.code, h.action)
		} else {
			fmt.Fprintf(&end, "; if %s == %d { %s = 0; %s }", next, h.code, next, h.action)
		}
	}
	if l.propagate {
		fmt.Fprintf(&end, "; if %s != 0 { return false }", next)
	}
	end.WriteString(" }")
	r.replace(rs.Body.Rbrace, rs.Body.Rbrace+1, end.String())
}

// decls declares the variables of the nest, at the outermost loop.
func (r *rewriter) decls(n *nest, pos token.Pos) string {
	var b strings.Builder
	if n.needNext {
		fmt.Fprintf(&b, "var %s int; ", r.nextName(n))
	}
	if n.results != nil {
		res := n.fn.sig.Results()
		for i, name := range n.results {
			typ, _ := r.spell(res.At(i).Type(), pos, "result")
			fmt.Fprintf(&b, "var %s %s; ", name, typ)
		}
	}
	if n.bare {
		// The bare return after the call must return the same variables.
		res := n.fn.sig.Results()
		scope := r.scopeAt(pos)
		for i := 0; i < res.Len(); i++ {
			v := res.At(i)
			if v.Name() == "_" || v.Name() == "" {
				continue
			}
			if _, obj := scope.LookupParent(v.Name(), pos); obj != v {
				r.fail(pos, "result %s is shadowed at the loop", v.Name())
			}
		}
	}
	return b.String()
}

func (r *rewriter) nextName(n *nest) string {
	return fmt.Sprintf("%s%dNext", r.prefix, n.outer.num)
}

// exprText prints an expression assigned to by a range statement.
func (r *rewriter) exprText(e ast.Expr, c *ctx) string {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			r.fail(n.Pos(), "func literal in the left-hand side of a range-over-func loop")
		case *ast.CallExpr:
			if r.isRecover(n) {
				r.fail(n.Pos(), "recover() in the left-hand side of a range-over-func loop")
			}
		}
		return true
	})
	var b bytes.Buffer
	if err := printer.Fprint(&b, r.fset, e); err != nil {
		r.fail(e.Pos(), "cannot print %T: %v", e, err)
	}
	s := b.String()
	if strings.ContainsAny(s, "\n\r") {
		r.fail(e.Pos(), "left-hand side of a range-over-func loop spans lines")
	}
	return s
}

// needParen reports whether x must be parenthesized to be called.
func needParen(x ast.Expr) bool {
	switch x.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.ParenExpr, *ast.TypeAssertExpr:
		return false
	}
	return true
}

// replace records an edit, keeping as many newlines as the replaced text
// had (at its end, after "{", "(", ";" or "=", where they are only space).
func (r *rewriter) replace(pos, end token.Pos, text string) {
	if !pos.IsValid() || !end.IsValid() || end < pos {
		r.fail(pos, "invalid positions")
	}
	if nl := r.fset.Position(end).Line - r.fset.Position(pos).Line; nl > 0 {
		text += strings.Repeat("\n", nl)
	}
	r.edits = append(r.edits, Edit{Pos: pos, End: end, Text: text})
}

// branch handles break, continue and goto in range-over-func loop bodies.
func (r *rewriter) branch(b *ast.BranchStmt, c *ctx) {
	k := len(c.loops)
	if k == 0 {
		return
	}
	var lbl *types.Label
	if b.Label != nil {
		var ok bool
		if lbl, ok = r.info.Uses[b.Label].(*types.Label); !ok {
			r.fail(b.Pos(), "label %s without type information", b.Label.Name)
		}
	}
	switch b.Tok {
	case token.GOTO:
		ls := r.labels[lbl]
		body := c.loops[k-1].rs.Body
		if ls == nil || ls.Pos() <= body.Lbrace || ls.End() > body.Rbrace {
			r.fail(b.Pos(), "goto out of the body of a range-over-func loop")
		}
		return
	case token.FALLTHROUGH:
		return
	case token.BREAK, token.CONTINUE:
	default:
		r.fail(b.Pos(), "unexpected branch %s", b.Tok)
	}
	var t *target
	for i := len(c.targets) - 1; i >= 0 && t == nil; i-- {
		ti := c.targets[i]
		switch {
		case lbl != nil:
			if ti.label == lbl {
				t = ti
			}
		case b.Tok == token.BREAK || ti.isLoop:
			t = ti
		}
	}
	if t == nil {
		r.fail(b.Pos(), "no target for %s", b.Tok)
	}
	brk := b.Tok == token.BREAK
	if t.loop != nil {
		action := "return true"
		if brk {
			action = "return false"
		}
		if t.loop.level == k {
			r.replace(b.Pos(), b.End(), action)
			return
		}
		r.code(b, codeKey{t.stmt, b.Tok}, t.loop.level+1, action, c)
		return
	}
	if t.level == k {
		return // inside the innermost body
	}
	if b.Label == nil {
		r.fail(b.Pos(), "unlabeled %s out of a range-over-func loop", b.Tok)
	}
	r.code(b, codeKey{t.stmt, b.Tok}, t.level+1, b.Tok.String()+" "+b.Label.Name, c)
}

// code replaces the branch b by setting the code of key and stopping the
// innermost loop; the dispatch after the call of the loop at level h runs
// action, the loops between stop.
func (r *rewriter) code(b *ast.BranchStmt, key codeKey, h int, action string, c *ctx) {
	n := c.loops[0].nest
	code, ok := n.codes[key]
	if !ok {
		n.ncodes++
		code = n.ncodes
		n.codes[key] = code
	}
	n.needNext = true
	r.replace(b.Pos(), b.End(), fmt.Sprintf("{ %s = %d; return false }", r.nextName(n), code))
	r.route(code, h, action, c)
}

// route adds the dispatch of code to the loop at level h and makes the
// loops inside it, up to the innermost, stop.
func (r *rewriter) route(code, h int, action string, c *ctx) {
	l := c.loops[h-1]
	if !slices.ContainsFunc(l.handlers, func(x handler) bool { return x.code == code }) {
		l.handlers = append(l.handlers, handler{code, action})
	}
	for m := h + 1; m <= len(c.loops); m++ {
		c.loops[m-1].propagate = true
	}
}

// ret lowers a return statement in a range-over-func loop body.
func (r *rewriter) ret(rt *ast.ReturnStmt, c *ctx) {
	if len(c.loops) == 0 {
		return
	}
	n := c.loops[0].nest
	sig := c.fn.sig
	if sig == nil {
		r.fail(rt.Pos(), "return in a function of unknown type")
	}
	res := sig.Results()
	next := r.nextName(n)
	n.needNext = true
	switch {
	case res.Len() == 0:
		r.replace(rt.Pos(), rt.End(), fmt.Sprintf("{ %s = -1; return false }", next))
		r.route(-1, 1, "return", c)
	case len(rt.Results) == 0:
		n.bare = true
		r.replace(rt.Pos(), rt.End(), fmt.Sprintf("{ %s = -2; return false }", next))
		r.route(-2, 1, "return", c)
	default:
		if n.results == nil {
			for i := 0; i < res.Len(); i++ {
				n.results = append(n.results, fmt.Sprintf("%s%dRet%d", r.prefix, n.outer.num, i))
			}
		}
		vars := strings.Join(n.results, ", ")
		if len(rt.Results) == 1 {
			// "R0 = x" or "R0, R1 = f()".
			r.replace(rt.Pos(), rt.Results[0].Pos(), "{ "+vars+" = ")
			r.replace(rt.End(), rt.End(), fmt.Sprintf("; %s = -1; return false }", next))
		} else {
			// "R0, R1 = func() (T0, T1) { return x, y }()": the results
			// are evaluated as by a return (yaegi v0.16.1 mistakes some
			// tuple assignments: "a, b = 1, f()" leaves a zero, "p, q =
			// nil, nil" panics).
			types := make([]string, res.Len())
			for i := range types {
				types[i], _ = r.spell(res.At(i).Type(), rt.Pos(), "result")
			}
			r.replace(rt.Pos(), rt.Results[0].Pos(), fmt.Sprintf("{ %s = func() (%s) { return ", vars, strings.Join(types, ", ")))
			r.replace(rt.End(), rt.End(), fmt.Sprintf(" }(); %s = -1; return false }", next))
		}
		r.route(-1, 1, "return "+vars, c)
	}
}

func (r *rewriter) scopeAt(pos token.Pos) *types.Scope {
	s := r.pkg.Scope().Innermost(pos)
	if s == nil {
		r.fail(pos, "no scope information")
	}
	return s
}

// spell returns the text of t at pos, with the names it uses; it fails
// if the text would not denote t there.
func (r *rewriter) spell(t types.Type, pos token.Pos, what string) (string, map[string]bool) {
	sp := &speller{r: r, scope: r.scopeAt(pos), pos: pos, quals: map[*types.Package]string{}, names: map[string]bool{}}
	if err := sp.check(t); err != "" {
		r.fail(pos, "cannot spell the type of a %s (%s): %s", what, types.TypeString(t, nil), err)
	}
	s := types.TypeString(t, func(p *types.Package) string {
		if q := sp.quals[p]; p != r.pkg && q != "." {
			return q
		}
		return ""
	})
	return s, sp.names
}

type speller struct {
	r     *rewriter
	scope *types.Scope
	pos   token.Pos
	quals map[*types.Package]string
	names map[string]bool // identifiers in the text
}

// resolves reports whether name denotes obj at the speller's position.
func (sp *speller) resolves(name string, obj types.Object) bool {
	sp.names[name] = true
	_, o := sp.scope.LookupParent(name, sp.pos)
	return o == obj
}

func (sp *speller) typeName(obj *types.TypeName) string {
	p := obj.Pkg()
	switch {
	case p == nil || p == sp.r.pkg:
		if !sp.resolves(obj.Name(), obj) {
			return obj.Name() + " is not visible or shadowed"
		}
		return ""
	case !obj.Exported():
		return obj.Name() + " is not exported from " + p.Path()
	}
	q, ok := sp.quals[p]
	if !ok {
		q = sp.qualifier(p)
		sp.quals[p] = q
	}
	switch q {
	case "":
		return "package " + p.Path() + " is not imported by the file"
	case ".":
		if !sp.resolves(obj.Name(), obj) {
			return obj.Name() + " (dot-imported) is shadowed"
		}
	}
	return ""
}

// qualifier finds the name of p at the position: "." for a dot import,
// "" if none.
func (sp *speller) qualifier(p *types.Package) string {
	for _, spec := range sp.r.file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path != p.Path() {
			continue
		}
		name := p.Name()
		if spec.Name != nil {
			name = spec.Name.Name
		}
		switch name {
		case "_":
			continue
		case ".":
			return "."
		}
		sp.names[name] = true
		if _, o := sp.scope.LookupParent(name, sp.pos); o != nil {
			if pn, ok := o.(*types.PkgName); ok && pn.Imported() == p {
				return name
			}
		}
	}
	return ""
}

// check reports why t cannot be spelled at the position ("" if it can).
func (sp *speller) check(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer || t.Info()&types.IsUntyped != 0 || t.Kind() == types.Invalid {
			return "type " + t.Name()
		}
		if !sp.resolves(t.Name(), types.Universe.Lookup(t.Name())) {
			return t.Name() + " is shadowed"
		}
	case *types.Named:
		if e := sp.typeName(t.Obj()); e != "" {
			return e
		}
		return sp.list(t.TypeArgs())
	case *types.Alias:
		if e := sp.typeName(t.Obj()); e != "" {
			return e
		}
		return sp.list(t.TypeArgs())
	case *types.TypeParam:
		if !sp.resolves(t.Obj().Name(), t.Obj()) {
			return "type parameter " + t.Obj().Name() + " is not visible"
		}
	case *types.Pointer:
		return sp.check(t.Elem())
	case *types.Slice:
		return sp.check(t.Elem())
	case *types.Array:
		return sp.check(t.Elem())
	case *types.Chan:
		return sp.check(t.Elem())
	case *types.Map:
		if e := sp.check(t.Key()); e != "" {
			return e
		}
		return sp.check(t.Elem())
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return "generic signature"
		}
		if e := sp.check(t.Params()); e != "" {
			return e
		}
		return sp.check(t.Results())
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if e := sp.check(t.At(i).Type()); e != "" {
				return e
			}
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if !f.Exported() && f.Pkg() != sp.r.pkg {
				return "unexported field " + f.Name() + " of another package"
			}
			if e := sp.check(f.Type()); e != "" {
				return e
			}
		}
	case *types.Interface:
		if t.Empty() && !sp.resolves("any", types.Universe.Lookup("any")) {
			return "any is shadowed"
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			if !m.Exported() && m.Pkg() != sp.r.pkg {
				return "unexported method " + m.Name() + " of another package"
			}
			if e := sp.check(m.Type()); e != "" {
				return e
			}
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if e := sp.check(t.EmbeddedType(i)); e != "" {
				return e
			}
		}
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			if e := sp.check(t.Term(i).Type()); e != "" {
				return e
			}
		}
	default:
		return fmt.Sprintf("type %T", t)
	}
	return ""
}

func (sp *speller) list(l *types.TypeList) string {
	for i := 0; i < l.Len(); i++ {
		if e := sp.check(l.At(i)); e != "" {
			return e
		}
	}
	return ""
}
