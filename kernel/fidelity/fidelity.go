// Package fidelity stops, before it runs, a cell that the interpreter
// would run differently from Go: where yaegi would print another result
// than `go run` with no error (or fail with its own, unrelated error), the
// cell fails with a NotFaithful error that names the construct and says
// how to run the cell compiled (`%%run` as its first line, or the cell
// pasted as a whole program), which is exact Go.
//
// Guard is a typecheck.Options.Guard: it sees the program of the cell
// after go/types accepted it, and looks at what the cell runs: its own
// statements, the initializers of its package-level variables, and the
// functions these reach (the session's too; reported at the cell's call).
// A function or type that is only declared is not reported, so a
// declaration cell still works for a later `%%run` cell.
//
// Without a Go toolchain there is no type check, and so no guard.
package fidelity

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel/typecheck"
)

// Name is the error name of a rejected cell.
const Name = "NotFaithful"

// how ends every message.
const how = "the interpreter cannot run this faithfully; run the cell compiled: put %%run as its first line, or paste it as a whole program (package main, imports, func main)"

const (
	cellFile    = "cell"
	sessionFile = "session"
)

// Guard is a typecheck Options.Guard: a *typecheck.GuardError for the
// first construct of the cell's program the interpreter would not run as
// Go does, nil when there is none.
func Guard(fset *token.FileSet, f *ast.File, info *types.Info) error {
	g := &guard{fset: fset, info: info, funcs: map[types.Object]*fn{}}
	g.collect(f)
	if g.pkg == nil {
		return nil
	}
	return g.verdict()
}

// finding is a construct the interpreter gets wrong, at pos.
type finding struct {
	pos  token.Pos
	what string
}

// fn is a function or method of the program: what it does wrong itself
// and the functions it refers to.
type fn struct {
	decl     *ast.FuncDecl
	findings []finding
	calls    []types.Object
	ifaces   []string // names of interface methods it calls
}

type guard struct {
	fset    *token.FileSet
	info    *types.Info
	pkg     *types.Package
	funcs   map[types.Object]*fn
	named   []*types.Named // the program's named types (not interfaces)
	root    fn             // the cell's statements and variable initializers
	typeErr []finding      // cell type declarations that are wrong as declared
	cur     *fn
	recov   map[types.Object]bool       // variables holding recover()
	child   map[*ast.Ident]bool         // functions handed to runtime/processes
	called  map[ast.Expr]bool           // the Fun of each call seen
	parent  map[ast.Node]ast.Node       // each node's parent in the program
	users   map[types.Object]string     // package variables: what else sees them (shadowed)
	inited  map[types.Object]bool       // package variables declared with a value
	cellLit map[types.Object]bool       // package variables a function literal of the cell's statements uses
	funcLit map[types.Object]bool       // local variables assigned a function literal
	anyLit  map[types.Object]types.Type // variables of an empty interface type assigned a composite literal of a program type
	initOf  map[types.Object]ast.Expr   // package variables never assigned after their initializer: it
	// printedAt is where the cell prints a value whose String or Error
	// method (the key) printing calls.
	printedAt map[types.Object]token.Pos
	// floatArgs are calls of the program's functions with a float or
	// complex argument; signedZero, whether the program makes or tests
	// a negative zero on purpose (math.Copysign, math.Signbit).
	floatArgs  []floatArg
	signedZero bool
	// intoIface are the program's types (and pointers to them) whose
	// values the program puts into an interface somewhere.
	intoIface map[types.Type]bool
	prog      *ast.File                 // the program, for what is looked at only when needed
	grown     map[*types.Var]bool       // see appendGrown
	twice     map[*types.Named][]string // see selfGenericTwice
}

type floatArg struct {
	in   *fn
	pos  token.Pos
	name string
}

func (g *guard) file(p token.Pos) string { return g.fset.Position(p).Filename }

func (g *guard) collect(f *ast.File) {
	for id, obj := range g.info.Defs {
		if obj == nil || obj.Pkg() == nil {
			continue
		}
		g.pkg = obj.Pkg()
		if tn, ok := obj.(*types.TypeName); ok && obj.Parent() == obj.Pkg().Scope() {
			if n, ok := tn.Type().(*types.Named); ok && !types.IsInterface(n) {
				g.named = append(g.named, n)
			}
			if s, ok := tn.Type().Underlying().(*types.Struct); ok && embedsIfaceWithFields(s) && g.file(id.Pos()) == cellFile {
				g.typeErr = append(g.typeErr, finding{id.Pos(), fmt.Sprintf("struct type %s embeds an interface next to other fields (the interpreter panics with \"invalid interface value\" when it is used)", tn.Name())})
			}
		}
	}
	g.recov = map[types.Object]bool{}
	g.child = map[*ast.Ident]bool{}
	g.prog = f
	g.parents(f)
	g.varUsers(f)
	g.recordInits(f)
	g.literals(f)
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			obj := g.info.Defs[d.Name]
			if d.Recv == nil && d.Name.Name == "main" && g.file(d.Pos()) != cellFile {
				// The generated main: the cell's statements.
				g.cur = &g.root
				for _, s := range d.Body.List {
					if g.file(s.Pos()) == cellFile {
						g.shadows(s)
						g.walk(s)
					}
				}
				continue
			}
			if obj == nil || d.Body == nil {
				continue
			}
			g.cur = &fn{decl: d}
			g.funcs[obj] = g.cur
			g.returns(d.Body, obj.Type().(*types.Signature))
			g.walk(d.Body)
		case *ast.GenDecl:
			if d.Tok != token.VAR || g.file(d.Pos()) != cellFile {
				continue
			}
			g.cur = &g.root
			g.walk(d)
		}
	}
	g.genericRecursion()
	g.genericTypeCycles(f)
	if g.signedZero {
		for _, a := range g.floatArgs {
			a.in.findings = append(a.in.findings, finding{a.pos, fmt.Sprintf("a float argument of %s (the interpreter passes a negative zero to the program's functions as +0)", a.name)})
		}
	}
}

// floatArg records a call of the program's own function (or of a
// function value) with a float or complex argument that is not a
// constant, and notes math's calls about the sign of zero: yaegi drops
// an argument equal to zero (reflect's IsZero, true for -0 too) and
// leaves the parameter +0.
func (g *guard) floatArg(c *ast.CallExpr, path, name string) {
	if path == "math" && (name == "Copysign" || name == "Signbit") {
		g.signedZero = true
		return
	}
	own := g.pkg != nil && path == g.pkg.Path()
	if !own && (path != "" || name != "") {
		return
	}
	if tv, ok := g.info.Types[c.Fun]; !ok || tv.IsType() {
		return // a conversion
	}
	for _, a := range c.Args {
		tv := g.info.Types[a]
		if tv.Value != nil || tv.Type == nil {
			continue
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&(types.IsFloat|types.IsComplex) != 0 {
			if name == "" {
				name = exprString(c.Fun)
			}
			g.floatArgs = append(g.floatArgs, floatArg{g.cur, a.Pos(), name})
			return
		}
	}
}

// verdict reports the first finding the cell runs.
func (g *guard) verdict() error {
	if len(g.typeErr) > 0 {
		return g.reject(g.typeErr[0].pos, g.typeErr[0].what)
	}
	if len(g.root.findings) > 0 {
		return g.reject(g.root.findings[0].pos, g.root.findings[0].what)
	}
	// Functions the cell reaches, breadth first, each reported at the
	// cell's reference that leads to it.
	type item struct {
		obj types.Object
		at  token.Pos // the cell's reference
	}
	seen := map[types.Object]bool{}
	var queue []item
	add := func(f *fn, at func(types.Object) token.Pos) {
		for _, o := range f.calls {
			queue = append(queue, item{o, at(o)})
		}
		for _, name := range f.ifaces {
			for o := range g.funcs {
				if o.Name() == name && o.(*types.Func).Type().(*types.Signature).Recv() != nil {
					queue = append(queue, item{o, at(o)})
				}
			}
		}
	}
	add(&g.root, func(o types.Object) token.Pos { return g.refIn(&g.root, o) })
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if seen[it.obj] {
			continue
		}
		seen[it.obj] = true
		f := g.funcs[it.obj]
		if f == nil {
			continue
		}
		if len(f.findings) > 0 {
			fd := f.findings[0]
			if g.file(fd.pos) == cellFile {
				return g.reject(fd.pos, fd.what)
			}
			p := g.fset.Position(fd.pos)
			where := ""
			if p.Filename == sessionFile {
				where = fmt.Sprintf(" (line %d, column %d of the cell that declared it)", p.Line, p.Column)
			}
			return g.reject(it.at, fmt.Sprintf("%s runs %s, which uses %s%s", what(it.obj), funcName(it.obj), fd.what, where))
		}
		add(f, func(types.Object) token.Pos { return it.at })
	}
	return nil
}

func what(o types.Object) string {
	if o.(*types.Func).Type().(*types.Signature).Recv() != nil {
		return "this calls a method that"
	}
	return "this"
}

func funcName(o types.Object) string {
	if r := o.(*types.Func).Type().(*types.Signature).Recv(); r != nil {
		return types.TypeString(r.Type(), func(*types.Package) string { return "" }) + "." + o.Name()
	}
	return o.Name()
}

// refIn is the position of f's first reference to o, or of f's first
// interface call of a method named like o.
func (g *guard) refIn(f *fn, o types.Object) token.Pos {
	for id, u := range g.info.Uses {
		if u == o && g.file(id.Pos()) == cellFile {
			return id.Pos()
		}
	}
	for sel, s := range g.info.Selections {
		if s.Obj().Name() == o.Name() && g.file(sel.Pos()) == cellFile {
			return sel.Sel.Pos()
		}
	}
	if at, ok := g.printedAt[o]; ok && g.file(at) == cellFile {
		return at // a String or Error method that printing calls
	}
	return token.NoPos
}

func (g *guard) reject(pos token.Pos, what string) error {
	return &typecheck.GuardError{Pos: pos, Name: Name, Msg: what + ": " + how}
}

func (g *guard) find(pos token.Pos, format string, args ...any) {
	g.cur.findings = append(g.cur.findings, finding{pos, fmt.Sprintf(format, args...)})
}

// own reports whether t is a named type of the program (or an instance).
func (g *guard) own(t types.Type) bool {
	t = types.Unalias(t)
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() == g.pkg
}

// walk records the findings and references of a function body (or the
// cell's statements).
func (g *guard) walk(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if o, ok := g.info.Uses[n].(*types.Func); ok && o.Pkg() == g.pkg && g.pkg != nil && !g.child[n] {
				g.cur.calls = append(g.cur.calls, o)
			}
			if tn, ok := g.info.Uses[n].(*types.TypeName); ok && g.own(tn.Type()) {
				if s, ok := tn.Type().Underlying().(*types.Struct); ok && embedsIfaceWithFields(s) {
					g.find(n.Pos(), "struct type %s, which embeds an interface next to other fields (the interpreter panics with \"invalid interface value\")", tn.Name())
				}
			}
		case *ast.SelectorExpr:
			if s := g.info.Selections[n]; s != nil {
				if s.Obj().Pkg() == g.pkg && g.pkg != nil {
					o := s.Obj()
					if f, ok := o.(*types.Func); ok {
						o = f.Origin() // a method of an instance of a generic type
					}
					g.cur.calls = append(g.cur.calls, o)
				}
				g.selfFuncFieldUse(n, s)
				g.sameNameMethod(n, s)
				if s.Kind() == types.MethodExpr && g.own(derefType(s.Recv())) {
					g.find(n.Pos(), "the method expression %s (the interpreter calls it with the wrong arguments)", exprString(n))
				}
				if s.Kind() == types.MethodVal && types.IsInterface(s.Recv()) {
					g.cur.ifaces = append(g.cur.ifaces, s.Obj().Name())
					g.genericIfaceCall(n, s)
				}
				if s.Kind() == types.MethodVal && !g.called[n] && g.own(derefType(s.Recv())) && !pointerRecv(s.Obj()) {
					g.find(n.Pos(), "the method value %s (the interpreter does not copy the receiver when it is made, so later changes show)", exprString(n))
				} else if s.Kind() == types.MethodVal && !g.called[n] {
					g.lateReceiver(n, n)
				}
			}
		case *ast.CallExpr:
			g.call(n)
		case *ast.CompositeLit:
			g.selfFuncField(n)
		case *ast.TypeSwitchStmt:
			g.typeSwitch(n)
		case *ast.SwitchStmt:
			g.switchCompare(n)
		case *ast.BinaryExpr:
			g.compare(n)
		case *ast.IndexExpr:
			g.mapKey(n)
		case *ast.TypeAssertExpr:
			if g.isRecover(n.X) {
				g.find(n.Pos(), "%s", recoverWhat)
			} else if n.Type != nil {
				g.assert(n.X, []ast.Expr{n.Type})
				g.nativeAssert(n.X, n.Type, n)
				g.structAssert(n.X, n.Type)
				g.anyAssert(n.X, n.Type)
				g.mayPanic(n)
			}
		case *ast.FuncLit:
			if sig, ok := g.typeOf(n).(*types.Signature); ok {
				g.returns(n.Body, sig)
			}
		case *ast.AssignStmt:
			g.assign(n)
		case *ast.DeferStmt:
			g.deferStmt(n)
			if sel, ok := ast.Unparen(n.Call.Fun).(*ast.SelectorExpr); ok {
				g.lateReceiver(sel, n)
			}
		case *ast.GoStmt:
			if sel, ok := ast.Unparen(n.Call.Fun).(*ast.SelectorExpr); ok {
				g.lateReceiver(sel, n)
			}
			g.sharedSelect(n, n.Call.Fun)
		case *ast.ValueSpec:
			if n.Type != nil {
				for _, v := range n.Values {
					g.mayBeNil(v, g.typeOf(n.Type))
				}
			}
		}
		return true
	})
}

func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func exprString(e ast.Expr) string { return types.ExprString(e) }

// embedsIfaceWithFields reports a struct with an embedded interface and
// other fields.
func embedsIfaceWithFields(s *types.Struct) bool {
	if s.NumFields() < 2 {
		return false
	}
	for i := range s.NumFields() {
		if f := s.Field(i); f.Embedded() && types.IsInterface(f.Type()) {
			return true
		}
	}
	return false
}

// callee is the package path and name of a called function or method
// ("fmt", "Printf"; "encoding/json", "Encoder.Encode").
func (g *guard) callee(c *ast.CallExpr) (path, name string) {
	var id *ast.Ident
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return "", ""
	}
	switch o := g.info.Uses[id].(type) {
	case *types.Builtin:
		return "", o.Name()
	case *types.Func:
		if o.Pkg() == nil {
			return "", ""
		}
		sig := o.Type().(*types.Signature)
		if r := sig.Recv(); r != nil {
			if n, ok := derefType(r.Type()).(*types.Named); ok {
				return o.Pkg().Path(), n.Obj().Name() + "." + o.Name()
			}
			return o.Pkg().Path(), o.Name()
		}
		return o.Pkg().Path(), o.Name()
	}
	return "", ""
}

var printers = map[string]map[string]int{ // -> index of the format (-1: none)
	"fmt": {"Print": -1, "Println": -1, "Sprint": -1, "Sprintln": -1, "Fprint": -1, "Fprintln": -1,
		"Append": -1, "Appendln": -1, "Printf": 0, "Sprintf": 0, "Fprintf": 1, "Errorf": 0, "Appendf": 1},
	"log": {"Print": -1, "Println": -1, "Fatal": -1, "Fatalln": -1, "Panic": -1, "Panicln": -1,
		"Printf": 0, "Fatalf": 0, "Panicf": 0, "Logger.Print": -1, "Logger.Println": -1,
		"Logger.Fatal": -1, "Logger.Fatalln": -1, "Logger.Panic": -1, "Logger.Panicln": -1,
		"Logger.Printf": 0, "Logger.Fatalf": 0, "Logger.Panicf": 0},
}

func (g *guard) call(c *ast.CallExpr) {
	if g.called == nil {
		g.called = map[ast.Expr]bool{}
	}
	g.called[ast.Unparen(c.Fun)] = true
	g.recoverUse(c)
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && len(c.Args) == 1 {
		if b, ok := g.info.Uses[id].(*types.Builtin); ok && b.Name() == "new" && !g.info.Types[c.Args[0]].IsType() {
			g.find(c.Pos(), "new(%s) with a value (Go gives a pointer to that value; the interpreter a pointer to zero)", exprString(c.Args[0]))
		}
	}
	g.spreadSlice(c)
	g.selfGenericCall(c)
	if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Go" && len(c.Args) == 1 {
		g.sharedSelect(c, c.Args[0]) // wg.Go(func() {...})
	}
	g.sharedSelectArg(c)
	path, name := g.callee(c)
	g.template(c, path, name)
	g.floatArg(c, path, name)
	g.appendCap(c, path, name)
	if path == "" && name == "panic" && len(c.Args) == 1 {
		g.panicValue(c)
	}
	if path == "gokernel/runtime/processes" {
		// A function run in a child process, which may be compiled
		// (kernel/native): not followed.
		for _, a := range c.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok {
				g.child[id] = true
			}
		}
	}
	if m, ok := printers[path]; ok {
		if fi, ok := m[name]; ok {
			g.print(c, path, name, fi)
			return
		}
	}
	args := c.Args
	if path == "log/slog" {
		for _, a := range args {
			if t := g.mayHold(a); t != nil {
				g.find(a.Pos(), "log/slog with %s (the interpreter's slog does not see the methods of the program's types: LogValue, String, Error, MarshalJSON are not called)", t)
				return
			}
		}
	}
	switch path + "." + name {
	case "reflect.TypeOf", "reflect.ValueOf":
		if len(args) == 1 {
			if t, why := g.reveals(g.typeOf(args[0]), names); why != "" {
				g.find(args[0].Pos(), "%s.%s of %s (%s)", path, name, t, why)
			}
		}
	case "encoding/json.Marshal", "encoding/json.MarshalIndent", "encoding/json.Encoder.Encode",
		"encoding/json.Unmarshal", "encoding/json.Decoder.Decode":
		a := args[0]
		if name == "Unmarshal" {
			a = args[1]
		}
		if len(args) > 0 {
			if t, why := g.reveals(g.typeOf(a), jsonWise); why != "" {
				g.find(a.Pos(), "encoding/json with %s (%s)", t, why)
			} else if name == "Unmarshal" || name == "Decoder.Decode" {
				g.jsonError(c, name, a)
			}
		}
	case "encoding/gob.Encoder.Encode", "encoding/gob.Decoder.Decode":
		// gob sends exported fields only, by name: the interpreter's
		// unexported fields are exported (Xname) and travel too.
		if len(args) == 1 {
			if t, why := g.reveals(g.typeOf(args[0]), jsonWise); why != "" {
				g.find(args[0].Pos(), "encoding/gob with %s (%s)", t, why)
			}
		}
	case "encoding/xml.Marshal", "encoding/xml.MarshalIndent", "encoding/xml.Encoder.Encode",
		"encoding/xml.Unmarshal", "encoding/xml.Decoder.Decode":
		// xml names elements after their types, and reads field names
		// and tags as json does.
		a := args[0]
		if name == "Unmarshal" && len(args) > 1 {
			a = args[1]
		}
		if len(args) > 0 {
			if t, why := g.reveals(g.typeOf(a), jsonWise|names); why != "" {
				g.find(a.Pos(), "encoding/xml with %s (%s)", t, why)
			}
		}
	case "errors.As":
		g.unwrapper(c)
		if len(args) == 2 {
			if t, why := g.reveals(g.typeOf(args[1]), names); why != "" {
				g.find(args[1].Pos(), "errors.As with a target of type %s (the interpreter's errors.As panics or does not match a type of the session)", t)
			}
		}
	case "errors.Is":
		g.errorsIs(c)
		g.unwrapper(c)
		if len(args) == 2 {
			for _, n := range g.named {
				if hasMethod(n, "Is") {
					g.find(c.Pos(), "errors.Is where %s has an Is method (the interpreter never calls it)", n.Obj().Name())
					return
				}
			}
		}
	case "context.WithValue":
		if len(args) == 3 {
			if t := g.typeOf(args[1]); g.own(t) {
				if _, basic := t.Underlying().(*types.Basic); basic {
					g.find(args[1].Pos(), "a context key of type %s (the interpreter takes it for a plain %s, so other keys of that type match it)", t, t.Underlying())
				} else if other := g.sameUnderlying(t); other != nil {
					// type userKey struct{}; type tenantKey struct{}: the
					// interpreter's values of both are plain struct{} values,
					// equal as keys.
					g.find(args[1].Pos(), "a context key of type %s, whose underlying type %s is also %s's (the interpreter takes both for a plain %s, so keys of either type match each other)", t, t.Underlying(), other.Obj().Name(), t.Underlying())
				}
			}
		}
	}
}

func (g *guard) typeOf(e ast.Expr) types.Type {
	if tv, ok := g.info.Types[e]; ok && tv.Type != nil {
		return tv.Type
	}
	return types.Typ[types.Invalid]
}

// print checks the arguments of a fmt or log printing call.
func (g *guard) print(c *ast.CallExpr, path, name string, fi int) {
	if c.Ellipsis.IsValid() {
		return
	}
	var verbs []rune
	args := c.Args
	if fi >= 0 {
		if fi >= len(args) {
			return
		}
		tv := g.info.Types[args[fi]]
		args = args[fi+1:]
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			verbs = formatVerbs(constant.StringVal(tv.Value))
		}
		if verbs == nil { // not constant: any verb
			for range args {
				verbs = append(verbs, '?')
			}
		}
	} else {
		for range args {
			verbs = append(verbs, 'v')
		}
	}
	for i, a := range args {
		v := '?'
		if i < len(verbs) {
			v = verbs[i]
		}
		t := g.typeOf(a)
		g.printMethods(t, a.Pos())
		if strings.ContainsRune("vsq+?", v) && g.nilReceiver(a, t) {
			return
		}
		if !strings.ContainsRune("vsqxX+#wT", v) && g.stringerValue(t) {
			// %d, %f, %c, %t...: Go prints the value itself.
			verb := "%" + string(v)
			if v == '?' {
				verb = "a format that is not constant"
			}
			g.find(a.Pos(), "%s with %s (the interpreter prints a value whose type has a String or Error method as a struct of its own under a verb that does not call the method)", verb, t)
			return
		}
		var typ, why string
		switch v {
		case 'T':
			typ, why = g.revealsOf(a, t, names)
		case '#':
			typ, why = g.revealsOf(a, t, names|methods)
		case '+':
			typ, why = g.revealsOf(a, t, unexported|methods)
		case 'w':
			typ, why = g.revealsOf(a, t, methods|top)
		case '?':
			typ, why = g.revealsOf(a, t, names|unexported|methods)
		default:
			typ, why = g.revealsOf(a, t, methods)
		}
		if why != "" {
			verb := "%" + string(v)
			switch v {
			case '#':
				verb = "%#v"
			case '+':
				verb = "%+v"
			case '?':
				verb = "a format that is not constant"
			}
			if fi < 0 {
				g.find(a.Pos(), "%s.%s of %s (%s)", pkgName(path), name, typ, why)
			} else {
				g.find(a.Pos(), "%s with %s (%s)", verb, typ, why)
			}
			return
		}
	}
}

func pkgName(path string) string { return path[strings.LastIndex(path, "/")+1:] }

// formatVerbs lists the verb of each argument of a format: 'T', '#' for
// %#v, '+' for %+v, 'w', or the verb letter; '?' for a '*' width.
func formatVerbs(format string) []rune {
	verbs := []rune{}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		sharp, plus := false, false
		for ; i < len(format); i++ {
			ch := format[i]
			if ch == '#' {
				sharp = true
			} else if ch == '+' {
				plus = true
			} else if ch == '*' {
				verbs = append(verbs, 'd')
			} else if ch == '[' {
				return nil // explicit argument indexes: unknown
			} else if !strings.ContainsRune("-0 .0123456789", rune(ch)) {
				break
			}
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		v := rune(format[i])
		switch {
		case v == 'v' && sharp:
			v = '#'
		case v == 'v' && plus:
			v = '+'
		}
		verbs = append(verbs, v)
	}
	return verbs
}

// What a printing or encoding shows of a value.
const (
	names      = 1 << iota // type names (%T, %#v, reflect)
	unexported             // field names (%+v, %#v)
	methods                // String, Error, Format, GoString methods
	top                    // methods of the value itself (%w)
	jsonWise               // encoding/json
)

// reveals reports whether printing (or encoding) a value of static type
// t with what shows something the interpreter gets wrong: the type shown
// and why, or "" when it is fine. For an interface type, any type of the
// program implementing it may be inside.
func (g *guard) reveals(t types.Type, what int) (string, string) {
	return g.revealsOf(nil, t, what)
}

// revealsOf is reveals of the value of e (nil: unknown). A value put in
// an interface of compiled code with a String or Error method
// (fmt.Stringer, error) keeps that method in the interpreter (but not in
// a variable of an earlier cell); one in any, or in an interface of the
// program, loses it.
func (g *guard) revealsOf(e ast.Expr, t types.Type, what int) (string, string) {
	if t == nil || t == types.Typ[types.Invalid] {
		return "", ""
	}
	if types.IsInterface(t) {
		iface := t.Underlying().(*types.Interface)
		keeps := false
		for i := range iface.NumMethods() {
			if m := iface.Method(i).Name(); m == "String" || m == "Error" {
				keeps = true
			}
		}
		if n, named := types.Unalias(t).(*types.Named); !named || n.Obj().Pkg() == g.pkg {
			// Only an interface of compiled code (fmt.Stringer, error)
			// keeps them: one of the program, or a literal, does not.
			keeps = false
		}
		if id, ok := e.(*ast.Ident); ok && keeps {
			if v, ok := g.info.Uses[id].(*types.Var); ok && v.Parent() == g.pkg.Scope() && g.file(v.Pos()) == sessionFile {
				keeps = false
			}
		}
		if keeps {
			what &^= methods
		}
		if what == 0 {
			return "", ""
		}
		for _, n := range g.named {
			if n.TypeParams().Len() > 0 {
				continue
			}
			for _, c := range []types.Type{n, types.NewPointer(n)} {
				if !types.Implements(c, t.Underlying().(*types.Interface)) {
					continue
				}
				if why := g.wrong(c, what|top, true, map[types.Type]bool{}); why != "" {
					return fmt.Sprintf("%s (it may hold a %s)", t, c), why
				}
			}
		}
		return "", ""
	}
	if why := g.wrong(t, what, true, map[types.Type]bool{}); why != "" {
		return t.String(), why
	}
	return "", ""
}

// wrong is why the interpreter shows a value of type t (at the top of
// the value printed, or inside it) differently from Go; "" if it does not.
func (g *guard) wrong(t types.Type, what int, atTop bool, seen map[types.Type]bool) string {
	t = types.Unalias(t)
	if seen[t] {
		return ""
	}
	seen[t] = true
	if tp, ok := t.(*types.TypeParam); ok && what&names != 0 {
		// A type argument may be one of the program's types, shown
		// wrong: `%T` of a []T in report[T Number] called with a []Score.
		iface, _ := tp.Constraint().Underlying().(*types.Interface)
		for _, n := range g.named {
			if n.TypeParams().Len() > 0 || iface == nil || !types.Satisfies(n, iface) {
				continue
			}
			if why := g.wrong(n, what, atTop, seen); why != "" {
				return fmt.Sprintf("%s may be %s: %s", tp, n, why)
			}
		}
	}
	own := g.own(t)
	if own && what&names != 0 {
		// %#v shows a named number or string at the top without its name.
		if _, basic := t.Underlying().(*types.Basic); !basic || !atTop || what&methods == 0 {
			return fmt.Sprintf("the interpreter shows %s as its underlying type, without the name", t)
		}
	}
	ownPtr := false
	if p, ok := t.(*types.Pointer); ok && g.own(p.Elem()) {
		ownPtr = true
	}
	if (own || ownPtr) && what&(methods|jsonWise) != 0 {
		ms := types.NewMethodSet(t)
		has := func(m string) bool { return ms.Lookup(g.pkg, m) != nil || ms.Lookup(nil, m) != nil }
		ptrOnly := func(m string) bool {
			pms := types.NewMethodSet(types.NewPointer(t))
			return own && !has(m) && (pms.Lookup(g.pkg, m) != nil || pms.Lookup(nil, m) != nil)
		}
		if what&methods != 0 {
			switch {
			case has("Format"):
				return fmt.Sprintf("the interpreter does not call the Format method of %s", t)
			case has("GoString") && what&names != 0:
				return fmt.Sprintf("the interpreter does not call the GoString method of %s", t)
			case has("Error") && has("String"):
				return fmt.Sprintf("%s has both Error and String; the interpreter calls String where Go calls Error", t)
			case atTop && what&top == 0 && (ptrOnly("String") || ptrOnly("Error")):
				return fmt.Sprintf("String or Error of %s has a pointer receiver: Go does not call it for a value, the interpreter does", t)
			case (!atTop || what&top != 0) && (has("String") || has("Error")):
				return fmt.Sprintf("the interpreter does not call the String or Error method of %s inside another value, an interface or %%w", t)
			case ownPtr && has("Error"):
				return fmt.Sprintf("the interpreter does not call the Error method of a pointer %s", t)
			case own && nilable(t) && (has("String") || has("Error")):
				return fmt.Sprintf("the interpreter prints a nil %s as <nil>, without calling its String or Error method", t)
			case what&names != 0 && (has("String") || has("Error")):
				// %#v does not call them in Go; the interpreter shows the
				// wrapper it makes for the method (stdlib._fmt_Stringer{...}).
				return fmt.Sprintf("the interpreter shows %s under %%#v as the wrapper it makes for its String or Error method", t)
			case has("String") || has("Error"):
				return "" // called, as in Go: nothing else of the value shows
			}
		}
		if what&jsonWise != 0 && !atTop && (has("MarshalJSON") || has("MarshalText")) {
			return fmt.Sprintf("the interpreter does not call the MarshalJSON or MarshalText method of %s inside another value", t)
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if !atTop && what&methods != 0 {
			return g.heldInside(t, u)
		}
		if !atTop && what&jsonWise != 0 {
			return g.heldInsideJSON(u)
		}
	case *types.Pointer:
		return g.wrong(u.Elem(), what, atTop, seen)
	case *types.Slice:
		return g.wrong(u.Elem(), what, false, seen)
	case *types.Array:
		return g.wrong(u.Elem(), what, false, seen)
	case *types.Map:
		if w := g.wrong(u.Key(), what, false, seen); w != "" {
			return w
		}
		return g.wrong(u.Elem(), what, false, seen)
	case *types.Chan:
		if what&names != 0 {
			return g.wrong(u.Elem(), what, false, seen)
		}
	case *types.Signature:
		if what&names != 0 {
			for _, tu := range []*types.Tuple{u.Params(), u.Results()} {
				for i := range tu.Len() {
					if w := g.wrong(tu.At(i).Type(), what, false, seen); w != "" {
						return w
					}
				}
			}
		}
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if own && !f.Exported() && what&(unexported|jsonWise) != 0 {
				return fmt.Sprintf("the interpreter shows the unexported field %s of %s as X%s", f.Name(), t, f.Name())
			}
			if own && f.Embedded() && what&jsonWise != 0 {
				if _, ok := derefType(f.Type()).Underlying().(*types.Struct); ok {
					return fmt.Sprintf("the interpreter does not promote the fields of the embedded %s of %s", f.Name(), t)
				}
			}
			if w := g.wrong(f.Type(), what, false, seen); w != "" {
				return w
			}
		}
	}
	return ""
}

// heldInside is why printing an interface inside another value (an
// element of a []any, a field of type any) is wrong: a program type with
// methods it may hold is printed as the interpreter's own representation
// of the value ({0xc000... {...}}), unless the interface is one of
// compiled code that keeps String or Error (fmt.Stringer, error). Only
// types the program puts into an interface somewhere count.
func (g *guard) heldInside(t types.Type, iface *types.Interface) string {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != g.pkg {
		for i := range iface.NumMethods() {
			if m := iface.Method(i).Name(); m == "String" || m == "Error" {
				return ""
			}
		}
	}
	if c := g.heldProgramType(iface); c != nil {
		return fmt.Sprintf("the interpreter prints a %s held in an interface inside another value as its own representation of it", c)
	}
	return ""
}

// heldProgramType returns a program type with methods (or a pointer to
// one) that implements iface and that the program puts into an
// interface somewhere, or nil.
func (g *guard) heldProgramType(iface *types.Interface) types.Type {
	for _, n := range g.named {
		if n.TypeParams().Len() > 0 || !g.withMethods(n) {
			continue
		}
		for _, c := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(c, iface) && g.putIntoIface(c) {
				return c
			}
		}
	}
	return nil
}

// heldInsideJSON is why encoding an interface inside another value (an
// element of a []any, a value of a map[string]any, a field of type any)
// with encoding/json is wrong: a value of a program type with methods
// held there is encoded as {} (json sees the interpreter's wrapper of
// the value, not its fields).
func (g *guard) heldInsideJSON(iface *types.Interface) string {
	if c := g.heldProgramType(iface); c != nil {
		return fmt.Sprintf("the interpreter encodes a %s held in an interface inside another value as {}", c)
	}
	return ""
}

// putIntoIface reports whether the program puts a value of type t into an
// interface anywhere (a value of a compiled package's []any cannot hold
// one of the interpreter's otherwise).
func (g *guard) putIntoIface(t types.Type) bool {
	if g.intoIface == nil {
		g.intoIface = map[types.Type]bool{}
		typecheck.AssignSites(g.prog, g.info, func(target types.Type, e ast.Expr) {
			if target == nil || !types.IsInterface(target) {
				return
			}
			if t := g.info.TypeOf(e); t != nil && !types.IsInterface(t) {
				g.intoIface[types.Unalias(t)] = true
			}
		})
		ast.Inspect(g.prog, func(n ast.Node) bool { // any(x), I(x)
			if c, ok := n.(*ast.CallExpr); ok && len(c.Args) == 1 {
				if tv, ok := g.info.Types[c.Fun]; ok && tv.IsType() && types.IsInterface(tv.Type) {
					if t := g.info.TypeOf(c.Args[0]); t != nil && !types.IsInterface(t) {
						g.intoIface[types.Unalias(t)] = true
					}
				}
			}
			return true
		})
	}
	for u := range g.intoIface {
		if types.Identical(u, t) {
			return true
		}
	}
	return false
}

// printMethods records the String and Error methods that printing a
// value of type t calls, so the findings in them count (a String method
// that prints its own type with %d).
func (g *guard) printMethods(t types.Type, at token.Pos) {
	if types.IsInterface(t) {
		g.cur.ifaces = append(g.cur.ifaces, "String", "Error")
		return
	}
	for _, name := range []string{"String", "Error"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, g.pkg, name)
		if m, ok := obj.(*types.Func); ok && m.Pkg() == g.pkg {
			g.cur.calls = append(g.cur.calls, m.Origin())
			if g.printedAt == nil {
				g.printedAt = map[types.Object]token.Pos{}
			}
			if old, ok := g.printedAt[m.Origin()]; !ok || g.file(old) != cellFile {
				g.printedAt[m.Origin()] = at
			}
		}
	}
}

// stringerValue reports a program type (not an interface, not a pointer)
// whose values have a String or Error method.
func (g *guard) stringerValue(t types.Type) bool {
	if !g.own(t) || types.IsInterface(t) {
		return false
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"String", "Error"} {
		if ms.Lookup(g.pkg, m) != nil || ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}

// nilable reports a type whose values may be nil without being
// pointers: maps, slices, functions, channels.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Signature, *types.Chan:
		return true
	}
	return false
}

func hasMethod(t types.Type, name string) bool {
	for _, c := range []types.Type{t, types.NewPointer(t)} {
		ms := types.NewMethodSet(c)
		for i := range ms.Len() {
			if ms.At(i).Obj().Name() == name {
				return true
			}
		}
	}
	return false
}

// typeSwitch checks the cases of a type switch.
func (g *guard) typeSwitch(s *ast.TypeSwitchStmt) {
	var x ast.Expr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		x = a.Rhs[0].(*ast.TypeAssertExpr).X
	case *ast.ExprStmt:
		x = a.X.(*ast.TypeAssertExpr).X
	}
	var cases []ast.Expr
	for _, c := range s.Body.List {
		cases = append(cases, c.(*ast.CaseClause).List...)
	}
	g.assert(x, cases)
	for _, c := range cases {
		g.nativeAssert(x, c, nil)
		g.structAssert(x, c)
		g.anyAssert(x, c)
	}
}

// assert checks the types a value of interface type is asserted to.
func (g *guard) assert(x ast.Expr, cases []ast.Expr) {
	for _, c := range cases {
		t := g.typeOf(c)
		if t == nil || g.info.Types[c].IsNil() {
			continue
		}
		if types.IsInterface(t) {
			continue
		}
		// The interpreter takes a type of the program for its
		// underlying type: two types that are one then match each other.
		for _, n := range g.named {
			if types.Identical(n, t) || n.TypeParams().Len() > 0 {
				continue
			}
			if types.Identical(g.strip(n, nil), g.strip(t, nil)) {
				g.find(c.Pos(), "a type switch or assertion to %s, which the interpreter cannot tell from %s (same underlying type)", t, n)
				return
			}
		}
	}
}

// mayPanic checks a single-value assertion to an interface type: when the
// value may hold a type of the program that lacks the interface's methods,
// Go panics naming the type; the interpreter names its underlying type,
// or, for a value that came through another interface, does not panic.
func (g *guard) mayPanic(a *ast.TypeAssertExpr) {
	if _, commaOk := g.typeOf(a).(*types.Tuple); commaOk {
		return
	}
	to, ok := g.typeOf(a.Type).Underlying().(*types.Interface)
	if !ok {
		return
	}
	from, ok := g.typeOf(a.X).Underlying().(*types.Interface)
	if !ok {
		return
	}
	for _, n := range g.named {
		if n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue
		}
		for _, c := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(c, from) && !types.Implements(c, to) {
				g.find(a.Pos(), "the assertion %s, which panics if it holds a %s (the interpreter's panic is not Go's, or it does not panic)", exprString(a), c)
				return
			}
		}
	}
}

// strip replaces the program's named types in t by their underlying types.
func (g *guard) strip(t types.Type, seen map[types.Type]bool) types.Type {
	t = types.Unalias(t)
	if seen == nil {
		seen = map[types.Type]bool{}
	}
	if g.own(t) {
		if seen[t] {
			return t
		}
		seen[t] = true
		return g.strip(t.Underlying(), seen)
	}
	switch u := t.(type) {
	case *types.Pointer:
		return types.NewPointer(g.strip(u.Elem(), seen))
	case *types.Slice:
		return types.NewSlice(g.strip(u.Elem(), seen))
	case *types.Array:
		return types.NewArray(g.strip(u.Elem(), seen), u.Len())
	case *types.Map:
		return types.NewMap(g.strip(u.Key(), seen), g.strip(u.Elem(), seen))
	case *types.Struct:
		fs := make([]*types.Var, u.NumFields())
		tags := make([]string, u.NumFields())
		for i := range fs {
			f := u.Field(i)
			fs[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), g.strip(f.Type(), seen), f.Embedded())
			tags[i] = u.Tag(i)
		}
		return types.NewStruct(fs, tags)
	}
	return t
}

// recoverUse records a recover() whose value is used for more than a
// comparison with nil (the interpreter recovers a reflect.Value, and a
// runtime error as another value with another message), found through
// its parent: call is any call; recover calls are checked in walkRecover.
func (g *guard) recoverUse(c *ast.CallExpr) {
	for _, a := range c.Args {
		if g.isRecover(a) {
			g.find(a.Pos(), "%s", recoverWhat)
			return
		}
	}
}

const recoverWhat = "the value of recover() (the interpreter recovers another value than Go: its type and, for runtime errors, its message differ)"

// assign records variables assigned recover() and pointers that may be
// nil put into interfaces.
func (g *guard) assign(a *ast.AssignStmt) {
	if len(a.Lhs) != len(a.Rhs) {
		return
	}
	for i, r := range a.Rhs {
		id, _ := a.Lhs[i].(*ast.Ident)
		if g.isRecover(r) && id != nil {
			if o := g.info.Defs[id]; o != nil {
				g.recov[o] = true
			} else if o := g.info.Uses[id]; o != nil {
				g.recov[o] = true
			}
			continue
		}
		if a.Tok != token.DEFINE {
			g.mayBeNil(r, g.typeOf(a.Lhs[i]))
		}
	}
}

// returns records returns, in body (not in its func literals), of a
// pointer that may be nil as an interface result.
func (g *guard) returns(body *ast.BlockStmt, sig *types.Signature) {
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == sig.Results().Len() {
				for i, r := range n.Results {
					g.mayBeNil(r, sig.Results().At(i).Type())
				}
			}
		}
		return true
	})
}

// mayBeNil records a pointer of a type of the program, which may be nil,
// converted to an interface: the interpreter compares that interface
// with nil as equal when the pointer is nil; Go does not.
func (g *guard) mayBeNil(e ast.Expr, to types.Type) {
	if to == nil || !types.IsInterface(to) {
		return
	}
	t := g.typeOf(e)
	p, ok := t.Underlying().(*types.Pointer)
	if !ok || !g.own(p.Elem()) && !g.own(t) {
		return
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return // &v, &T{...}: never nil
		}
	case *ast.CallExpr:
		if _, name := g.callee(x); name == "new" {
			return
		}
	}
	if g.info.Types[e].IsNil() {
		return
	}
	g.find(e.Pos(), "a %s that may be nil, as %s (the interpreter compares a nil pointer in an interface as equal to nil; Go does not)", t, to)
}

// isRecover reports a call of recover, or a variable assigned one.
func (g *guard) isRecover(e ast.Expr) bool {
	e = ast.Unparen(e)
	if c, ok := e.(*ast.CallExpr); ok {
		_, name := g.callee(c)
		if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && name == "recover" {
			_, builtin := g.info.Uses[id].(*types.Builtin)
			return builtin
		}
	}
	if id, ok := e.(*ast.Ident); ok {
		return g.recov[g.info.Uses[id]]
	}
	return false
}

// pointerRecv reports whether method m has a pointer receiver.
func pointerRecv(m types.Object) bool {
	sig, ok := m.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	_, ptr := sig.Recv().Type().(*types.Pointer)
	return ptr
}

// spreadSlice finds a slice passed as the one argument of a session
// function's ...any parameter without "...": Go passes it as one value,
// the interpreter spreads it.
func (g *guard) spreadSlice(c *ast.CallExpr) {
	if c.Ellipsis.IsValid() {
		return
	}
	var obj types.Object
	switch fun := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		obj = g.info.Uses[fun]
	case *ast.SelectorExpr:
		obj = g.info.Uses[fun.Sel]
	}
	f, ok := obj.(*types.Func)
	if !ok || f.Pkg() != g.pkg || g.pkg == nil {
		return
	}
	sig := f.Type().(*types.Signature)
	n := sig.Params().Len()
	if !sig.Variadic() || len(c.Args) != n {
		return
	}
	elem := sig.Params().At(n - 1).Type().(*types.Slice).Elem()
	if !types.IsInterface(elem) {
		return
	}
	if _, ok := g.typeOf(c.Args[n-1]).Underlying().(*types.Slice); ok {
		g.find(c.Args[n-1].Pos(), "the slice %s passed as one argument of %s's ...%s parameter (the interpreter spreads it, as if written %s...)", exprString(c.Args[n-1]), f.Name(), elem, exprString(c.Args[n-1]))
	}
}

// parents records the parent of each node of f.
func (g *guard) parents(f *ast.File) {
	g.parent = map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			g.parent[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
}

// up is the parent of n, above any parentheses.
func (g *guard) up(n ast.Node) ast.Node {
	p := g.parent[n]
	for {
		pe, ok := p.(*ast.ParenExpr)
		if !ok {
			return p
		}
		p = g.parent[pe]
	}
}

// pkgVar reports a package-level variable of the program.
func (g *guard) pkgVar(o types.Object) bool {
	v, ok := o.(*types.Var)
	return ok && g.pkg != nil && v.Parent() == g.pkg.Scope()
}

// varUsers records, for each package-level variable, the first thing of
// the program that keeps seeing it when a cell rebinds it: a function or
// method that uses it, a function literal that uses it, or &x. It also
// records which package-level variables are declared with a value (a
// cell's `x := v` is in the session's declarations as `var x T`, with
// none).
func (g *guard) varUsers(f *ast.File) {
	g.users = map[types.Object]string{}
	g.inited = map[types.Object]bool{}
	g.cellLit = map[types.Object]bool{}
	note := func(id *ast.Ident, who string) {
		if o := g.info.Uses[id]; g.pkgVar(o) && g.users[o] == "" {
			g.users[o] = who
		}
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && (fd.Recv != nil || fd.Name.Name != "main") {
			if o := g.info.Defs[fd.Name]; o != nil {
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						note(id, funcName(o))
					}
					return true
				})
			}
		}
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, sp := range gd.Specs {
				if vs := sp.(*ast.ValueSpec); len(vs.Values) > 0 {
					for _, n := range vs.Names {
						if o := g.info.Defs[n]; o != nil {
							g.inited[o] = true
						}
					}
				}
			}
		}
		fd, _ := d.(*ast.FuncDecl)
		stmts := fd != nil && fd.Recv == nil && fd.Name.Name == "main" && g.file(fd.Pos()) != cellFile
		ast.Inspect(d, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok {
						note(id, "a function literal")
						if o := g.info.Uses[id]; stmts && g.pkgVar(o) && g.file(id.Pos()) == cellFile {
							g.cellLit[o] = true
						}
					}
					return true
				})
				return false
			case *ast.UnaryExpr:
				if n.Op != token.AND {
					break
				}
				x := ast.Unparen(n.X)
				for {
					sel, ok := x.(*ast.SelectorExpr)
					if !ok || g.info.Selections[sel] == nil {
						break
					}
					x = ast.Unparen(sel.X)
				}
				if id, ok := x.(*ast.Ident); ok {
					note(id, "&"+id.Name)
				}
			}
			return true
		})
	}
}

// shadows finds a top-level `x := v` of the cell (a local of main in
// Go) that the interpreter compiles as `x = v` to the package-level x
// (kernel/eval's rebindAssign: every name an existing variable of the
// same type, not an interface, and a value that is not a constant
// expression but a literal), which a function, a function literal or a
// pointer still sees.
func (g *guard) shadows(s ast.Stmt) {
	as, ok := s.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
		return
	}
	type hit struct {
		id   *ast.Ident
		pkg  types.Object
		user string
	}
	var hits []hit
	for _, l := range as.Lhs {
		// A function literal of the cell, compiled with it, sees the
		// cell's x whatever its type.
		if id, ok := l.(*ast.Ident); ok && g.info.Defs[id] != nil {
			if pv := g.pkg.Scope().Lookup(id.Name); g.cellLit[pv] && (g.inited[pv] || g.file(pv.Pos()) == cellFile) {
				hits = append(hits, hit{id, pv, "a function literal of this cell"})
			}
		}
	}
	var rebound []hit
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			rebound = nil
			break
		}
		pv := g.pkg.Scope().Lookup(id.Name)
		lv, _ := g.info.Defs[id].(*types.Var)
		if !g.pkgVar(pv) || lv == nil || types.IsInterface(pv.Type()) || !types.Identical(lv.Type(), pv.Type()) {
			rebound = nil
			break
		}
		if r := ast.Unparen(as.Rhs[i]); constLike(r) && !signedLit(r) {
			rebound = nil
			break
		}
		if g.inited[pv] || g.file(pv.Pos()) == cellFile {
			rebound = append(rebound, hit{id, pv, g.users[pv]})
		}
	}
	hits = append(hits, rebound...)
	for _, h := range hits {
		if h.user == "" {
			continue
		}
		whose := "the session's"
		if g.file(h.pkg.Pos()) == cellFile {
			whose = "the package-level"
		}
		verb := h.user + " uses"
		if strings.HasPrefix(h.user, "&") {
			verb = h.user + " points to"
		}
		g.find(h.id.Pos(), "%s := declares a new %s for this cell, but the interpreter rebinds %s %s, which %s", h.id.Name, h.id.Name, whose, h.id.Name, verb)
		return
	}
}

// constLike reports an expression that may be an untyped constant (as
// kernel/eval tells them): literals and names only.
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

// signedLit reports a literal, or a literal with a sign.
func signedLit(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		e = ast.Unparen(u.X)
	}
	_, ok := e.(*ast.BasicLit)
	return ok
}

// nativeAssert checks an assertion of x (a nil a: a type switch case) to
// an interface type of the program (declared in it, or a literal): the
// interpreter never matches a value held in an interface type of the
// standard library (error, fmt.Stringer, io.Reader...) to one, whatever
// its dynamic type (the standard library's, as from fmt.Errorf, or the
// program's).
func (g *guard) nativeAssert(x, target ast.Expr, a *ast.TypeAssertExpr) {
	to := types.Unalias(g.typeOf(target))
	if _, tp := to.(*types.TypeParam); tp || g.info.Types[target].IsNil() {
		return
	}
	iface, ok := to.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return
	}
	if n, ok := to.(*types.Named); ok && n.Obj().Pkg() != g.pkg {
		return // the standard library's (io.Reader, error): matched right
	}
	from, ok := types.Unalias(g.typeOf(x)).(*types.Named)
	if !ok || !types.IsInterface(from) || from.Obj().Pkg() == g.pkg {
		return
	}
	if a != nil {
		g.find(a.Pos(), "the assertion %s of a value in %s (the interpreter never matches a value held in %s to an interface type declared in the program or written as a literal: ok is false, or it panics)", exprString(a), from, from)
		return
	}
	g.find(target.Pos(), "the type switch case %s on a value in %s (the interpreter never matches a value held in %s to an interface type declared in the program or written as a literal: the case is skipped)", exprString(target), from, from)
}

// jsonError checks json.Unmarshal or Decoder.Decode into a value whose
// type has a named type of the program, where the error is used (not
// only compared, with nil or io.EOF): Go's error names the type ("Go struct field
// Order.id of type main.ID"), the interpreter's does not (".id of type
// int").
func (g *guard) jsonError(c *ast.CallExpr, name string, into ast.Expr) {
	t := g.ownIn(g.typeOf(into), map[types.Type]bool{})
	if t == nil || !g.errUsed(c) {
		return
	}
	goSays, interpSays := fmt.Sprintf("Go value of type %s", t), fmt.Sprintf("Go value of type %s", t.Underlying())
	if st, ok := t.Underlying().(*types.Struct); ok && st.NumFields() > 0 {
		n := t.(*types.Named).Obj().Name()
		f := st.Field(0).Name()
		goSays, interpSays = "Go struct field "+n+"."+f, "Go struct field ."+f
	}
	g.find(c.Pos(), "the error of json.%s into %s, which is used (Go's error names %s, as in %q; the interpreter's does not: %q)", name, g.typeOf(into), t, goSays, interpSays)
}

// ownIn is the first named type of the program in t (in its elements and
// fields), nil if none.
func (g *guard) ownIn(t types.Type, seen map[types.Type]bool) types.Type {
	t = types.Unalias(t)
	if seen[t] {
		return nil
	}
	seen[t] = true
	if g.own(t) {
		return t
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return g.ownIn(u.Elem(), seen)
	case *types.Slice:
		return g.ownIn(u.Elem(), seen)
	case *types.Array:
		return g.ownIn(u.Elem(), seen)
	case *types.Map:
		if o := g.ownIn(u.Key(), seen); o != nil {
			return o
		}
		return g.ownIn(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if o := g.ownIn(u.Field(i).Type(), seen); o != nil {
				return o
			}
		}
	}
	return nil
}

// errUsed reports whether the error result of call c is used for more
// than comparisons (with nil, io.EOF): printed, returned, wrapped,
// stored in a variable used so.
func (g *guard) errUsed(c *ast.CallExpr) bool {
	switch p := g.up(c).(type) {
	case *ast.ExprStmt:
		return false
	case *ast.BinaryExpr:
		return !g.nilTest(p)
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if ast.Unparen(r) == c && len(p.Lhs) == len(p.Rhs) {
				return g.varUsed(p.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		for i, r := range p.Values {
			if ast.Unparen(r) == c && len(p.Names) == len(p.Values) {
				return g.varUsed(p.Names[i])
			}
		}
	}
	return true
}

// nilTest reports a comparison (with nil, io.EOF...): it does not show
// the error's text.
func (g *guard) nilTest(b *ast.BinaryExpr) bool {
	return b.Op == token.EQL || b.Op == token.NEQ
}

// varUsed reports whether the variable assigned at lhs is used for more
// than comparisons (`_ = err`, as the program puts after a `:=` of a
// cell, is no use).
func (g *guard) varUsed(lhs ast.Expr) bool {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return true
	}
	if id.Name == "_" {
		return false
	}
	o := g.info.Defs[id]
	if o == nil {
		o = g.info.Uses[id]
	}
	if o == nil || g.pkgVar(o) {
		return true
	}
	for use, u := range g.info.Uses {
		if u != o || use == id {
			continue
		}
		switch p := g.up(use).(type) {
		case *ast.BinaryExpr:
			if g.nilTest(p) {
				continue
			}
		case *ast.AssignStmt:
			if len(p.Lhs) == 1 && len(p.Rhs) == 1 && ast.Unparen(p.Rhs[0]) == use {
				if l, ok := p.Lhs[0].(*ast.Ident); ok && l.Name == "_" {
					continue
				}
			}
			if slicesContain(p.Lhs, use) {
				continue // assigned, not read
			}
		}
		return true
	}
	return false
}

func slicesContain(xs []ast.Expr, e ast.Expr) bool {
	for _, x := range xs {
		if ast.Unparen(x) == e {
			return true
		}
	}
	return false
}

// sameUnderlying returns another named type of the program with the
// same underlying type as t, or nil.
func (g *guard) sameUnderlying(t types.Type) *types.Named {
	for _, n := range g.named {
		if !types.Identical(n, t) && types.Identical(n.Underlying(), t.Underlying()) {
			return n
		}
	}
	return nil
}
