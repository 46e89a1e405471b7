package eval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"gokernel/kernel/eval/symbols"
)

// TargetTakers are the methods (and functions) of the runtime whose first
// argument is the function a child process runs (runtime/processes'
// TargetTakers when its symbols are generated). In `X.M(f, ...)` with M
// one of them and f a top-level func of the session, f is passed by name
// too: `X.M(TargetFunc("f", f), ...)`, so the child can find it.
var TargetTakers = []string{"Start", "New", "NewProcess", "Map", "MapAsync", "Apply", "ApplyAsync",
	"Starmap", "StarmapAsync", "Imap", "ImapUnordered"}

// The runtime's own list wins when its symbols are generated.
func init() {
	if v, ok := symbols.Symbols["gokernel/runtime/processes/processes"]["TargetTakers"]; ok && v.CanInterface() {
		if takers, ok := v.Interface().([]string); ok && len(takers) > 0 {
			TargetTakers = takers
		}
	}
}

// TargetFunc is the function that pairs a function with its name for
// TargetTakers (see DESIGN.md "Function identity").
var TargetFunc = "processes.Func"

// Wrapper prefixes used by rewrites; they cannot clash with learner names
// in practice.
const (
	helperPkg = "__gk"   // import name of the compiled helper package
	tmpPrefix = "__gk_t" // temporaries introduced by rewrites
)

var builtinFuncs = map[string]bool{"append": true, "cap": true, "clear": true, "close": true,
	"complex": true, "copy": true, "delete": true, "imag": true, "len": true, "make": true,
	"max": true, "min": true, "new": true, "panic": true, "print": true, "println": true,
	"real": true, "recover": true}

var intTypes = map[string]bool{"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"byte": true, "rune": true}

// edit replaces text[off:end] with repl (off == end inserts).
type edit struct {
	off, end int
	repl     string
}

func applyEdits(text string, edits []edit) string {
	if len(edits) == 0 {
		return text
	}
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].off != edits[j].off {
			return edits[i].off < edits[j].off
		}
		return edits[i].end < edits[j].end
	})
	var b strings.Builder
	pos := 0
	for _, e := range edits {
		if e.off < pos { // overlapping: the outer rewrite wins
			continue
		}
		b.WriteString(text[pos:e.off])
		b.WriteString(e.repl)
		pos = e.end
	}
	b.WriteString(text[pos:])
	return b.String()
}

// parsed is one unit parsed on its own, so that rewrites can be computed as
// text edits (which keep line numbers, as no edit adds a newline).
type parsed struct {
	fset *token.FileSet
	base int // offset of the unit's text in the parsed source
	file *ast.File
	body *ast.BlockStmt // statement units: the wrapper's body
	decl ast.Decl       // declaration units
}

const (
	declPrefix = "package main;"
	stmtPrefix = "package main;func main(){"
)

func parseUnit(u unit) (*parsed, error) {
	p := &parsed{fset: token.NewFileSet()}
	var src string
	if u.kind == kindStmt {
		src = stmtPrefix + u.text + "\n}"
		p.base = len(stmtPrefix)
	} else {
		src = declPrefix + u.text
		p.base = len(declPrefix)
	}
	f, err := parser.ParseFile(p.fset, "_.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	p.file = f
	if u.kind == kindStmt {
		p.body = f.Decls[0].(*ast.FuncDecl).Body
	} else if len(f.Decls) > 0 {
		p.decl = f.Decls[len(f.Decls)-1]
	}
	return p, nil
}

// off is the offset of pos in the unit's text.
func (p *parsed) off(pos token.Pos) int { return p.fset.Position(pos).Offset - p.base }

// rewriter computes the edits of one unit.
type rewriter struct {
	// typed are the top-level defines typedDefine rewrote (they start
	// at zero values, so zeroFailedCommaOk leaves them).
	typed map[*ast.AssignStmt]bool
	// freshOk are the comma-ok defines freshCommaOk rewrote (they zero
	// a failed value themselves).
	freshOk map[*ast.AssignStmt]bool
	// tail is what runs after the unit, compiled on its own
	// (redefineFromOld).
	tail     string
	p        *parsed
	text     string
	code     string // the whole cell, for line numbers
	start    int    // offset of the unit in the cell
	edits    []edit
	n        *int            // counter for temporaries, shared by a cell
	optional bool            // go/defer/target rewrites (dropped if they break compilation)
	funcs    map[string]bool // top-level funcs of the session and cell
	userMin  map[string]bool // builtins the learner redefined
	isInt    func(name string) bool
	stdin    bool // rewrite os.Stdin
	stdout   bool // rewrite os.Stdout
	forced   map[token.Pos]bool
	ranges   []*ast.RangeStmt // range statements of unknown int-ness
	// rangedInt are the range statements rewritten to classic loops.
	rangedInt map[*ast.RangeStmt]bool
	labels    map[*ast.RangeStmt]*ast.LabeledStmt
	forLabels map[*ast.ForStmt]string // the label of a labeled for statement
	fresh     map[*ast.FuncLit]bool   // function literals freshClosures made values of their own
	locals    map[string]bool         // names declared with an int value in this cell
	// cellDefers are the defers at the top level of the cell (deferstmt.go).
	cellDefers map[*ast.DeferStmt]bool
	// isTarget says whether name (the root of X in X.M(f)) is the target
	// package or holds one of its values; direct: X is name itself.
	// (line: the call's line in the cell).
	isTarget func(name string, direct bool, line int) bool
}

func (r *rewriter) src(n ast.Node) string {
	return r.text[r.p.off(n.Pos()):r.p.off(n.End())]
}

func (r *rewriter) add(off, end int, repl string) {
	r.edits = append(r.edits, edit{off, end, repl})
}

func (r *rewriter) tmp() string {
	*r.n++
	return tmpPrefix + strconv.Itoa(*r.n)
}

func (r *rewriter) cellLine(pos token.Pos) int {
	off := r.p.off(pos)
	// A replayed declaration's directive gives the line in its own cell.
	trimmed := strings.TrimLeft(r.text, " \t\r\n")
	if dir, _, ok := cutLineDirective(trimmed); ok {
		if end := len(r.text) - len(trimmed) + len(dir); off >= end {
			var line int
			fmt.Sscanf(dir, "/*line _.go:%d:", &line)
			return line + strings.Count(r.text[end:off], "\n")
		}
	}
	l, _ := lineCol(r.code, r.start+off)
	return l
}

func (r *rewriter) run(root ast.Node) string {
	locals := r.locals
	r.rangedInt = map[*ast.RangeStmt]bool{}
	r.labels = map[*ast.RangeStmt]*ast.LabeledStmt{}
	r.forLabels = map[*ast.ForStmt]string{}
	r.fresh = map[*ast.FuncLit]bool{}
	r.cellDefers = topDefers(r.p.body)
	cellReturns := topReturns(r.p.body)
	r.renameMain(root)
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			if rs, ok := n.Stmt.(*ast.RangeStmt); ok {
				r.labels[rs] = n
			}
			if fs, ok := n.Stmt.(*ast.ForStmt); ok {
				r.forLabels[fs] = n.Label.Name
			}
		case *ast.AssignStmt:
			r.noteChans(n)
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && r.intExpr(n.Rhs[i], locals) {
						locals[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			r.noteChans(n)
			for i, id := range n.Names {
				if t, ok := n.Type.(*ast.Ident); ok && intTypes[t.Name] {
					locals[id.Name] = true
				} else if n.Type == nil && i < len(n.Values) && r.intExpr(n.Values[i], locals) {
					locals[id.Name] = true
				}
			}
		case *ast.Field:
			if t, ok := n.Type.(*ast.Ident); ok && intTypes[t.Name] {
				for _, id := range n.Names {
					locals[id.Name] = true
				}
			}
		}
		return true
	})
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			if r.optional {
				r.goDefer(n.Call, n.Pos(), 2, "go")
			}
		case *ast.ReturnStmt:
			if cellReturns[n] && len(n.Results) == 0 {
				r.add(r.p.off(n.Pos()), r.p.off(n.End()), helperPkg+".Return()")
			}
		case *ast.DeferStmt:
			if r.cellDefers[n] {
				r.goDefer(n.Call, n.Pos(), 5, "cell")
				return true
			}
			if r.optional && len(n.Call.Args) > 0 {
				r.goDefer(n.Call, n.Pos(), 5, "defer")
			}
		case *ast.RangeStmt:
			var vars []*ast.Ident
			if n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
						vars = append(vars, id)
					}
				}
			}
			r.bodyClosures(n.Body, vars)
			if n.Value == nil && (r.forced[n.Pos()] || r.intExpr(n.X, locals)) {
				r.rangedInt[n] = true
				r.rangeInt(n)
			} else if n.Value == nil && !r.notInt(n.X) {
				r.ranges = append(r.ranges, n)
			}
			if r.rangedInt[n] || r.forced[n.Pos()] {
				break
			}
			if r.chanValues(n) {
				r.rangeChanValues(n)
			} else if n.Tok == token.DEFINE {
				r.loopVars(vars, []ast.Node{n.Key, n.Value}, n.Body, nil)
			} else if n.Tok == token.ASSIGN {
				r.rangeAssigns(n)
			}
		case *ast.ForStmt:
			var vars []*ast.Ident
			as, ok := n.Init.(*ast.AssignStmt)
			if ok && as.Tok == token.DEFINE {
				for _, e := range as.Lhs {
					if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
						vars = append(vars, id)
					}
				}
			}
			r.bodyClosures(n.Body, vars)
			if ok && as.Tok == token.DEFINE {
				r.loopVars(vars, []ast.Node{as, n.Cond, n.Post}, n.Body, n)
			}
		case *ast.CallExpr:
			r.call(n)
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && r.stdin && x.Name == "os" && n.Sel.Name == "Stdin" {
				r.add(r.p.off(n.Pos()), r.p.off(n.End()), helperPkg+".Stdin")
			}
			if x, ok := n.X.(*ast.Ident); ok && r.stdout && x.Name == "os" && (n.Sel.Name == "Stdout" || n.Sel.Name == "Stderr") {
				r.add(r.p.off(n.Pos()), r.p.off(n.End()), helperPkg+"."+n.Sel.Name+"()")
			}
		}
		return true
	})
	return applyEdits(r.text, r.edits)
}

// goDefer rewrites `go F(A, B)` (and `defer F(A, B)`) so that F, A and B
// are evaluated now, in this goroutine, as Go specifies; a goroutine also
// gets a recover that reports its panic instead of killing the process.
func (r *rewriter) goDefer(call *ast.CallExpr, kw token.Pos, kwLen int, what string) {
	id := r.tmp()
	bindFun := true
	if f, ok := call.Fun.(*ast.Ident); ok && builtinFuncs[f.Name] && !r.userMin[f.Name] {
		bindFun = false
	}
	if !bindFun && len(call.Args) == 0 {
		if what == "cell" {
			r.cellDefer(kw, call)
		}
		return
	}
	var lhs, args []string
	fn := id + "f"
	if bindFun {
		lhs = append(lhs, fn)
	} else {
		fn = call.Fun.(*ast.Ident).Name
	}
	// A literal argument means the same at any time, and bound to a
	// variable it would take its default type (`defer c.Add(1)` with an
	// int32 parameter would not compile): it stays in the call.
	bound := 0
	for i, arg := range call.Args {
		if literal(arg) {
			args = append(args, r.src(arg))
			continue
		}
		a := id + "a" + strconv.Itoa(i)
		lhs = append(lhs, a)
		args = append(args, a)
		bound++
		if _, lit := arg.(*ast.CompositeLit); lit {
			// In the binding, a multiple assignment: see
			// parenCompositeValues (`go a.m(S{1}, d)` called nil).
			r.add(r.p.off(arg.Pos()), r.p.off(arg.Pos()), "(")
			r.add(r.p.off(arg.End()), r.p.off(arg.End()), ")")
		}
	}
	if len(lhs) == 0 {
		lhs = append(lhs, "_") // `go g(1)`: nothing to evaluate early
	}
	k := r.p.off(kw)
	r.add(k, k+kwLen, "{ "+strings.Join(lhs, ", ")+" :=")
	lp := r.p.off(call.Lparen)
	switch {
	case bindFun && bound > 0:
		r.add(lp, lp+1, ", ")
	case bindFun:
		r.add(lp, lp+1, "")
	case bound > 0:
		r.add(r.p.off(call.Fun.Pos()), lp+1, "")
	default:
		r.add(r.p.off(call.Fun.Pos()), lp+1, "0")
	}
	// Literal arguments leave the bindings, with their commas: those
	// before the last bound one up to the next argument, the ones after
	// it from its end.
	last := -1
	for i, arg := range call.Args {
		if !literal(arg) {
			last = i
		}
	}
	for i, arg := range call.Args {
		if literal(arg) && i < last {
			r.add(r.p.off(arg.Pos()), r.p.off(call.Args[i+1].Pos()), "")
		}
	}
	if n := len(call.Args); n > 0 && last < n-1 {
		from := r.p.off(call.Args[0].Pos())
		if last >= 0 {
			from = r.p.off(call.Args[last].End())
		}
		r.add(from, r.p.off(call.Args[n-1].End()), "")
	}
	ell := ""
	if call.Ellipsis.IsValid() {
		e := r.p.off(call.Ellipsis)
		r.add(e, e+3, "")
		ell = "..."
	}
	inv := fn + "(" + strings.Join(args, ", ") + ell + ")"
	rp := r.p.off(call.Rparen)
	if what == "go" {
		// The new goroutine works for the cell that started this one's
		// work (BeforeGo, in this goroutine), so that its output lands
		// under that cell even after it finished (GoBegin, in the new one).
		// yaegi runs `go func() {...}()` on the frame of the statement,
		// read when the goroutine gets to it (a loop may have bound the
		// names anew by then), and a closure that ends puts back a slot
		// of the frame it was made in: both the goroutine's function and
		// the function it calls are made by calls of their own
		// (freshClosures), before the go statement.
		if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && bindFun && !r.fresh[lit] {
			r.makeFresh(lit)
		}
		r.add(rp, rp+1, fmt.Sprintf("; %[4]sc := %[1]s.BeforeGo(); %[4]sg := (func() func() { return func() { %[4]se := %[1]s.GoBegin(%[4]sc); defer %[4]se(); defer func() { if r := recover(); r != nil { %[1]s.GoPanic(%[2]d, r) } }(); %[3]s } })(); go %[4]sg() }",
			helperPkg, r.cellLine(kw), inv, id))
	} else if what == "cell" {
		r.add(rp, rp+1, cellDeferCall(inv))
	} else {
		r.add(rp, rp+1, "; defer "+inv+" }")
	}
}

// literal reports a basic literal, or a signed one.
func literal(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.BasicLit)
		return lit && (x.Op == token.SUB || x.Op == token.ADD)
	}
	return false
}

// rangeInt turns `for i := range n` (n an integer, Go 1.22) into a
// classic loop, which yaegi runs: `{ t := n; for i := t - t; i < t; i++ {...} }`
// (t - t keeps n's type).
func (r *rewriter) rangeInt(n *ast.RangeStmt) {
	t := r.tmp()
	key, tok := t+"i", ":="
	if id, ok := n.Key.(*ast.Ident); n.Key != nil && !(ok && id.Name == "_") {
		key = r.src(n.Key)
		if n.Tok == token.ASSIGN {
			tok = "="
		}
	}
	// The body gets a copy per iteration when something may keep the
	// variable or the body assigns it (it must not steer the loop).
	if id, ok := n.Key.(*ast.Ident); ok && n.Tok == token.DEFINE && id.Name != "_" && !redeclares(loopNames([]*ast.Ident{id}), n.Body) &&
		(captured(loopNames([]*ast.Ident{id}), n.Body) || assigns(loopNames([]*ast.Ident{id}), n.Body)) {
		key = t + "i"
		lb := r.p.off(n.Body.Lbrace) + 1
		r.add(lb, lb, " "+id.Name+" := "+key+";")
		r.freshClosures(n.Body, nil)
	}
	header := fmt.Sprintf("for %s %s %s - %s; %s < %s; %s++ ", key, tok, t, t, key, t, key)
	if l, ok := r.labels[n]; ok {
		// `L: for ...`: the block goes before the label so that
		// `continue L` still names the loop.
		lp := r.p.off(l.Pos())
		r.add(lp, lp, "{ "+t+" := "+r.src(n.X)+"; ")
		r.add(r.p.off(n.For), r.p.off(n.X.End()), header)
	} else {
		r.add(r.p.off(n.For), r.p.off(n.X.Pos()), "{ "+t+" := ")
		r.add(r.p.off(n.X.End()), r.p.off(n.X.End()), "; "+header)
	}
	end := r.p.off(n.Body.End())
	r.add(end, end, " }")
}

// call handles min/max with other than two arguments (the session's
// helpers take two) and the function-identity rewrite.
func (r *rewriter) call(c *ast.CallExpr) {
	if f, ok := c.Fun.(*ast.Ident); ok && (f.Name == "min" || f.Name == "max") && !r.userMin[f.Name] && !c.Ellipsis.IsValid() {
		switch n := len(c.Args); {
		case n == 1:
			e := r.p.off(c.Args[0].End())
			r.add(e, e, ", "+r.src(c.Args[0]))
		case n > 2:
			lp := r.p.off(c.Lparen) + 1
			r.add(lp, lp, strings.Repeat(f.Name+"(", n-2))
			for _, a := range c.Args[1 : n-1] {
				e := r.p.off(a.End())
				r.add(e, e, ")")
			}
		}
		return
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || !r.optional || len(c.Args) == 0 || TargetFunc == "" {
		return
	}
	taker := false
	for _, t := range TargetTakers {
		taker = taker || t == sel.Sel.Name
	}
	arg, ok := c.Args[0].(*ast.Ident)
	if !taker || !ok || !r.funcs[arg.Name] || r.isTarget == nil {
		return
	}
	// Only calls on the target package or its values: threads.Start(f)
	// takes f itself.
	root := rootIdent(sel.X)
	line, _ := lineCol(r.code, r.start+r.p.off(c.Pos()))
	if root == nil || !r.isTarget(root.Name, root == sel.X, line) {
		return
	}
	a, e := r.p.off(arg.Pos()), r.p.off(arg.End())
	r.add(a, a, TargetFunc+"("+strconv.Quote(arg.Name)+", ")
	r.add(e, e, ")")
}

// rootIdent is the identifier an expression starts from: p in
// p.M(x).N, processes in processes.NewPool(3).
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr:
			e = x.Fun
		case *ast.IndexExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// intExpr says whether e is an integer by its syntax or by what locals and
// the session know about the names in it.
func (r *rewriter) intExpr(e ast.Expr, locals map[string]bool) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.ParenExpr:
		return r.intExpr(e.X, locals)
	case *ast.Ident:
		return locals[e.Name] || (r.isInt != nil && r.isInt(e.Name))
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.SHL, token.SHR,
			token.AND, token.OR, token.XOR, token.AND_NOT:
			return r.intExpr(e.X, locals) || r.intExpr(e.Y, locals)
		}
	case *ast.UnaryExpr:
		return e.Op == token.SUB && r.intExpr(e.X, locals)
	case *ast.CallExpr:
		if f, ok := e.Fun.(*ast.Ident); ok {
			return f.Name == "len" || f.Name == "cap" || intTypes[f.Name]
		}
	}
	return false
}

// notInt says whether e is certainly not an integer (no retry needed).
func (r *rewriter) notInt(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.CompositeLit, *ast.SliceExpr, *ast.FuncLit:
		return true
	case *ast.BasicLit:
		return e.Kind == token.STRING
	case *ast.CallExpr:
		if f, ok := e.Fun.(*ast.SelectorExpr); ok {
			// Common slice producers: strings.Fields, strings.Split, ...
			if x, ok := f.X.(*ast.Ident); ok && (x.Name == "strings" || x.Name == "bytes") {
				return true
			}
		}
	}
	return false
}
