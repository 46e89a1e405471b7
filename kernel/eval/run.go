package eval

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"log"
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"gokernel/kernel/eval/symbols"
)

// debug prints every compiled chunk to stderr (GOKERNEL_EVAL_DEBUG=1).
var debug = os.Getenv("GOKERNEL_EVAL_DEBUG") == "1"

// chunk is a piece of a cell compiled with one yaegi Compile.
type chunk struct {
	final bool // the cell's final expression
	text  string
	prog  *interp.Program
	// arity of the final expression: 0 shows nothing, 2+ shows all results.
	arity int
	// keep: the final value also goes through __gk.Keep (see finalCode).
	keep bool
	// recheck is the source of a pure final expression to run again
	// through __gk.Keep if its value may be of a session type.
	recheck string
	unit    int // index of the final expression's unit
	// stmts are the indexes of the statement units the chunk runs.
	stmts []int
	// imports are the import declarations the chunk compiles.
	imports []*decl
	// drain runs the cell's top-level defers when the cell ends.
	drain bool
}

// compile runs yaegi's Compile, turning its internal panics into errors
// (and keeping its log.Panic messages out of the cell's output).
func compile(in *interp.Interpreter, src string) (p *interp.Program, err error) {
	prev := log.Writer()
	log.SetOutput(io.Discard)
	defer func() {
		log.SetOutput(prev)
		if r := recover(); r != nil {
			p, err = nil, internalError{fmt.Sprint(r)}
		}
	}()
	return in.Compile(src)
}

// rewriteUnits rewrites every unit of c; it returns each unit's line
// directive and rewritten text, and the range statements whose operand
// may be an int but is not known to be one ("unit:pos").
func (s *Session) rewriteUnits(c *cell, optional bool, forced map[string]bool) (dirs, texts, unknown []string) {
	globalsCache := c.globals                    // the variables before the cell's first attempt
	globals := func() map[string]reflect.Value { // only when a rewrite asks
		if globalsCache == nil {
			globalsCache = globalsOf(s.in)
		}
		return globalsCache
	}
	isInt := func(name string) bool {
		v, ok := globals()[name]
		if !ok || !v.IsValid() {
			return false
		}
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return true
		}
		return false
	}
	userBuiltins := map[string]bool{"min": c.funcs["min"], "max": c.funcs["max"], "clear": c.funcs["clear"]}
	_, stdinFile := s.stdin.(*os.File)
	_, bufferedStdout := s.opts.Stdout.(interface{ Flush() error })
	locals := map[string]bool{}
	isTarget := s.targetCheck(c, globals)
	c.rebound = c.rebound[:0]
	c.redefines, c.tails = map[int]bool{}, map[int]string{}
	definedBefore := map[string]bool{} // by the cell's statements so far
	assigned := map[string]bool{}
	generic := s.genericFuncs(c)
	for i, u := range c.units {
		p := c.parsed[i]
		prefix := strconv.Itoa(i) + ":"
		text := u.text
		var fromOld []*ast.AssignStmt
		if u.kind == kindStmt && !c.wrap[i] {
			var offs []int
			if optional {
				var names []string
				offs, names = rebindAssign(p, u.text, globals(), s.constNames(), definedBefore, s.acceptsAssign)
				for _, off := range offs {
					text = text[:off] + "= " + text[off+2:]
				}
				for _, n := range names {
					assigned[n] = true
				}
			}
			fromOld = redefinesFromOld(p, offs, globals())
			if redefinesGlobal(p, offs, globals()) {
				c.redefines[i] = true
			}
			for _, n := range c.defined {
				if _, ok := globals()[n]; ok && !assigned[n] && !slices.Contains(c.rebound, n) {
					c.rebound = append(c.rebound, n)
				}
			}
		}
		fs := map[token.Pos]bool{}
		for k := range forced {
			if rest, ok := strings.CutPrefix(k, prefix); ok {
				n, _ := strconv.Atoi(rest)
				fs[token.Pos(n)] = true
			}
		}
		r := &rewriter{p: p, text: text, code: c.code, start: u.start, n: &s.tmp, optional: optional,
			funcs: c.funcs, userMin: userBuiltins, isInt: isInt, stdin: !stdinFile, stdout: bufferedStdout, forced: fs, locals: locals, isTarget: isTarget}
		var root ast.Node = p.body
		if u.kind != kindStmt {
			root = p.decl
		} else if !c.wrap[i] {
			for _, st := range p.body.List {
				if as, ok := st.(*ast.AssignStmt); ok {
					r.typedDefine(as, generic)
				}
			}
			for _, as := range fromOld {
				if !r.typed[as] {
					r.redefineFromOld(as)
				}
			}
		}
		r.parenCompositeValues(root)
		r.parenReturnReceives(root)
		r.switchInits(root)
		r.nameParams(root)
		r.zeroNamedResults(root)
		r.parenOperatorsIntoFields(root)
		r.multiValueCases(root)
		r.recoverCompiledGoroutines(root)
		r.selectFieldReceives(root)
		r.selectBranches(root)
		r.recvAssigns(root)
		r.callIntoElements(root)
		r.freshCommaOk(root)
		r.freshComposites(root)
		r.zeroFailedCommaOk(root)
		text = r.run(root)
		if r.tail != "" {
			c.tails[i] = r.tail
		}
		for _, rs := range r.ranges {
			unknown = append(unknown, prefix+strconv.Itoa(int(rs.Pos())))
		}
		line, col := lineCol(c.code, u.start)
		dirs = append(dirs, fmt.Sprintf("/*line _.go:%d:%d*/", line, col))
		texts = append(texts, text)
	}
	return dirs, texts, unknown
}

// targetCheck builds the test of rewriter.isTarget: the root of X in
// X.M(f) is the TargetFunc's package, a variable the cell sets from it,
// or a global holding a value of one of its types.
func (s *Session) targetCheck(c *cell, globals func() map[string]reflect.Value) func(string, bool, int) bool {
	pkg, _, ok := strings.Cut(TargetFunc, ".")
	if !ok {
		return nil
	}
	if c.guessed == nil {
		c.guessed = map[int]bool{}
	}
	fromPkg := map[string]bool{}
	for _, p := range c.parsed {
		var root ast.Node = p.body
		if p.body == nil {
			root = p.decl
		}
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && i < len(n.Rhs) {
						if r := rootIdent(n.Rhs[i]); r != nil && (r.Name == pkg || fromPkg[r.Name]) {
							fromPkg[id.Name] = true
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i < len(n.Values) {
						if r := rootIdent(n.Values[i]); r != nil && (r.Name == pkg || fromPkg[r.Name]) {
							fromPkg[id.Name] = true
						}
					}
				}
			}
			return true
		})
	}
	packages := map[string]bool{}
	for k := range s.imported {
		name, _, _ := strings.Cut(k, " ")
		packages[name] = true
	}
	for _, d := range c.newDecls {
		if d.kind == "import" {
			packages[d.pkg.name] = true
		}
	}
	var types map[reflect.Type]bool
	return func(name string, direct bool, line int) bool {
		if name == pkg || fromPkg[name] {
			return true
		}
		if packages[name] {
			return false // threads.Start(f) takes f itself
		}
		v, ok := globals()[name]
		if !ok || !v.IsValid() || !direct {
			// A parameter, a local of a function, a field, a call's
			// result: its type is not known here. Guess it is the
			// runtime's; if that does not compile, compileAll tries
			// again without the guess on the line of its error.
			if c.sureTargets || c.noGuess[line] {
				return false
			}
			c.guessed[line] = true
			return true
		}
		if types == nil {
			types = map[reflect.Type]bool{}
			if path, ok := s.packagePath(pkg); ok {
				for _, x := range s.exports(path) {
					if x.Kind() == reflect.Pointer && x.IsNil() {
						types[x.Type()], types[x.Type().Elem()] = true, true
					}
				}
			}
		}
		return types[v.Type()]
	}
}

// missingImports lists the packages the cell uses as `pkg.Name` without
// importing them or declaring the name: standard library or runtime ones.
func (s *Session) missingImports(c *cell) []string {
	declared := map[string]bool{}
	var used []string
	for _, p := range c.parsed {
		var root ast.Node = p.body
		if p.body == nil {
			root = p.file
		}
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					for _, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							declared[id.Name] = true
						}
					}
				}
			case *ast.ValueSpec:
				for _, id := range n.Names {
					declared[id.Name] = true
				}
			case *ast.Field:
				for _, id := range n.Names {
					declared[id.Name] = true
				}
			case *ast.FuncDecl:
				declared[n.Name.Name] = true
			case *ast.TypeSpec:
				declared[n.Name.Name] = true
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok {
						declared[id.Name] = true
					}
				}
			case *ast.ImportSpec:
				if n.Name != nil {
					declared[n.Name.Name] = true
				} else if path, err := strconv.Unquote(n.Path.Value); err == nil {
					declared[defaultName(path)] = true
				}
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok {
					used = append(used, id.Name)
				}
			}
			return true
		})
	}
	var out []string
	var globals map[string]reflect.Value
	for _, name := range used {
		if declared[name] || s.find(name) != nil {
			continue
		}
		declared[name] = true // once
		imported := false
		for k := range s.imported {
			imported = imported || strings.HasPrefix(k, name+" ")
		}
		if imported {
			continue
		}
		if globals == nil {
			globals = globalsOf(s.in)
		}
		if _, ok := globals[name]; ok {
			continue
		}
		if path, ok := s.packagePath(name); ok {
			out = append(out, path)
		}
	}
	return out
}

// importsOf are the imports of unit i not yet in effect.
func (c *cell) importsOf(i int) []*decl {
	var out []*decl
	for _, d := range c.newDecls {
		if d.unit == i && d.kind == "import" && !d.inEffect {
			out = append(out, d)
		}
	}
	return out
}

// importCode is the source of the imports of unit i that are not yet in
// effect ("" if none).
func (c *cell) importCode(i int) string {
	var parts []string
	for _, d := range c.importsOf(i) {
		parts = append(parts, d.text)
	}
	return strings.Join(parts, "; ")
}

// chunks groups rewritten units: neighbours of one kind compile together
// (declarations may refer to each other in any order), the final
// expression alone. With replay, declarations go to a first chunk that
// rebuilds the session's definitions in a fresh interpreter instead.
func (s *Session) chunks(c *cell, dirs, texts []string, replay []*decl, fresh map[string]bool) []chunk {
	var out []chunk
	last := unitKind(-1)
	gen := s.gen.Load()
	if replay != nil {
		var imports, others []string
		for k, d := range replay {
			if d.kind == "import" {
				if !fresh[d.pkg.key()] {
					imports = append(imports, d.code)
				}
			} else {
				others = append(others, bandCode(k, len(replay), d))
			}
		}
		for i, u := range c.units {
			switch u.kind {
			case kindImport:
				if t := c.importCode(i); t != "" {
					imports = append(imports, dirs[i]+t)
				}
			case kindDecl:
				others = append(others, dirs[i]+texts[i])
			}
		}
		if src := strings.Join(append(imports, others...), "\n"); src != "" {
			out = append(out, chunk{text: src})
		}
	}
	for i, u := range c.units {
		text := texts[i]
		switch {
		case u.kind != kindStmt && replay != nil:
			continue
		case u.kind == kindImport:
			if text = c.importCode(i); text == "" {
				continue
			}
			out = append(out, chunk{text: dirs[i] + text, imports: c.importsOf(i)})
			last = kindImport
			continue
		}
		final := i == len(c.units)-1 && c.final != nil
		if final {
			out = append(out, chunk{text: text, final: true, unit: i})
			continue
		}
		piece := dirs[i] + text
		if u.kind == kindStmt {
			piece = fmt.Sprintf("%s.At(%d); ", helperPkg, i) + piece
		}
		if c.wrap[i] {
			// Neighbours share one function; it stops if a later cell
			// has started (after an interrupt) before it got to run.
			if i == 0 || !c.wrap[i-1] {
				// The body is a function of its own so that a panic's
				// innermost frame is the statement, not the deferred Exit.
				// The wrapper's own frames (which yaegi prints on a
				// panic) are placed at the statement's line.
				at := ""
				if b := c.parsed[i].body; b != nil && len(b.List) > 0 {
					l, col := lineCol(c.code, u.start+c.parsed[i].off(b.List[0].Pos()))
					at = fmt.Sprintf("/*line _.go:%d:%d*/", l, col)
				}
				piece = at + fmt.Sprintf("(func() { if !%[1]s.Live(%[2]d) { return }; defer %[1]s.Exit(%[1]s.Enter()); func() { ", helperPkg, gen) + piece
			}
			if i+1 == len(c.units) || !c.wrap[i+1] || (i+1 == len(c.units)-1 && c.final != nil) {
				piece += "\n}() })()"
			}
		}
		if c.redefines[i] {
			last = -1
		}
		if tail := c.tails[i]; tail != "" {
			out = append(out, chunk{text: piece, stmts: []int{i}}, chunk{text: dirs[i] + tail, stmts: []int{i}})
			last = kindStmt
			continue
		}
		if u.kind == last && len(out) > 0 {
			out[len(out)-1].text += "\n" + piece
			if u.kind == kindStmt {
				out[len(out)-1].stmts = append(out[len(out)-1].stmts, i)
			}
			continue
		}
		last = u.kind
		out = append(out, chunk{text: piece})
		if u.kind == kindStmt {
			out[len(out)-1].stmts = []int{i}
		}
	}
	if c.hasTopDefers() {
		at := 0
		if replay != nil && len(out) > 0 {
			at = 1 // after the chunk executeOnce runs first
		}
		out = slices.Insert(out, at, chunk{text: deferDecl})
		out = append(out, chunk{text: deferDrain, drain: true})
	}
	return out
}

// compileAll compiles every chunk (the final expression after probing its
// arity) in s.in, or with replay in a fresh interpreter that it returns.
// Rewrites that the cell can do without are dropped if they break
// compilation; range statements of unknown operand type are retried as
// range over int if yaegi fails on them. A retry of a cell that declares
// something goes to a fresh interpreter when canFresh (replay is then
// what it returns): yaegi keeps what a failed compile declared, and a
// method or type declared again is ignored, so a retry in s.in would run
// the method of the failed attempt (`for i := range w.N` in a method:
// index out of range with length 0).
func (s *Session) compileAll(c *cell, replay []*decl, canFresh bool) (chunks []chunk, texts []string, in *interp.Interpreter, fresh map[string]bool, used []*decl, err error) {
	type attempt struct {
		optional bool
		forced   map[string]bool
		sure     bool         // only the target rewrites known to be right
		noGuess  map[int]bool // lines whose guessed target rewrites failed
	}
	attempts := []attempt{{true, nil, false, nil}}
	// A retry sees the session's variables as they were: what a failed
	// attempt declared is in s.in (a redefined x names a new, zero slot).
	c.globals = globalsOf(s.in)
	defer func() { c.globals = nil }()
	var internal error // yaegi's own failure, clearer than errors of a forced retry
	orig, switched := replay, false
	for k := 0; k < len(attempts); k++ {
		a := attempts[k]
		in, fresh = s.in, s.imported
		if replay != nil {
			if in, fresh, err = s.newInterp(); err != nil {
				return nil, nil, nil, nil, nil, err
			}
		}
		c.sureTargets, c.noGuess, c.guessed = a.sure, a.noGuess, map[int]bool{}
		dirs, texts, unknown := s.rewriteUnits(c, a.optional, a.forced)
		chunks := s.chunks(c, dirs, texts, replay, fresh)
		err = s.compileChunks(c, in, chunks, dirs, a.optional)
		if err == nil {
			return chunks, texts, in, fresh, replay, nil
		}
		if replay == nil && canFresh && c.declares() {
			switched = true
			// The cell's imports that compiled are in effect now (and
			// among s.decls), and so are the session's imports that the
			// cell repeats (without drops them, and the interpreter
			// skipped the cell's own): the fresh interpreter gets them
			// too.
			replay = append([]*decl{}, s.without(c)...)
			for _, d := range s.decls {
				if d.kind == "import" && (slices.Contains(c.newDecls, d) || c.reimports(d)) {
					replay = append(replay, d)
				}
			}
		}
		var ie internalError
		isInternal := errors.As(err, &ie)
		if isInternal && internal == nil {
			internal = err
		}
		switch {
		case strings.Contains(err.Error(), "error: unable to find source"):
			// An import the interpreter cannot do: another attempt
			// would only find the group's other imports redeclared.
		case isInternal && len(unknown) > 0 && a.forced == nil:
			forced := map[string]bool{}
			for _, u := range unknown {
				forced[u] = true
			}
			attempts = append(attempts, attempt{a.optional, forced, a.sure, a.noGuess})
		case a.optional && len(c.guessed) > 0 && !a.sure:
			// A guess failed (a Map of the learner's own type): without
			// the guesses of the error's line, else without any.
			if line, _, _ := errLine(err); c.guessed[line] {
				no := maps.Clone(a.noGuess)
				if no == nil {
					no = map[int]bool{}
				}
				no[line] = true
				attempts = append(attempts, attempt{true, a.forced, false, no})
			} else {
				attempts = append(attempts, attempt{true, a.forced, true, nil})
			}
		case a.optional:
			attempts = append(attempts, attempt{false, a.forced, true, nil})
		}
	}
	if internal != nil && !errors.As(err, new(internalError)) && len(attempts) > 1 && attempts[len(attempts)-1].forced != nil {
		err = internal
	}
	if switched {
		s.stale = true // s.in kept the first attempt's declarations
	}
	if replay != nil {
		if k, d := s.staleIn(err, replay); k >= 0 {
			return nil, nil, nil, nil, replay, staleError{k, d}
		}
	}
	e := compileError(err, c.code)
	if e.Value == "constant definition loop" { // yaegi's word for `x := undefined`
		if better := s.explainDefine(c, in, e.Line); better != nil {
			e = better
		}
	}
	if e.Name == "UnsupportedSyntax" || e.Value == "constant definition loop" {
		if u := s.undefinedIn(c); u != nil {
			e = u
		}
	}
	return nil, nil, nil, nil, orig, e
}

// explainDefine finds the error in `x := expr` at line by compiling each
// expr alone: yaegi reports an undefined name there as a definition loop.
func (s *Session) explainDefine(c *cell, in *interp.Interpreter, line int) *Error {
	for i, u := range c.units {
		p := c.parsed[i]
		if u.kind != kindStmt || p.body == nil {
			continue
		}
		for _, st := range p.body.List {
			as, ok := st.(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE {
				continue
			}
			for _, rhs := range as.Rhs {
				l, col := lineCol(c.code, u.start+p.off(rhs.Pos()))
				if l != line && line != 0 {
					continue
				}
				src := fmt.Sprintf("_ = /*line _.go:%d:%d*/%s", l, col, u.text[p.off(rhs.Pos()):p.off(rhs.End())])
				if _, err := compile(in, src); err != nil {
					return compileError(err, c.code)
				}
			}
		}
	}
	return nil
}

func (s *Session) compileChunks(c *cell, in *interp.Interpreter, chunks []chunk, dirs []string, optional bool) error {
	for i := range chunks {
		ch := &chunks[i]
		var p *interp.Program
		var err error
		if ch.final {
			var known bool
			ch.arity, known = s.arity(in, c)
			if !known {
				// A call the session cannot name (a method of a call's
				// result: threads.Start(f).Join()): let the compiler tell.
				ch.arity, known = probeArity(in, dirs[ch.unit], ch.text)
			}
			// Only for a session with a String or Error method: the
			// wrapping adds tens of microseconds to a cell's compile. A
			// pure expression is not wrapped but run again after, and
			// only if its value may be of a session type.
			text := ch.text
			wrap := ch.arity > 1
			if optional && ch.arity == 1 && known && !isNil(c.final) && s.hasTextMethods(c) {
				if pure(c.final) {
					ch.recheck = dirs[ch.unit] + text
				} else {
					wrap, ch.keep = true, true
				}
			}
			ch.text = finalCode(dirs[ch.unit], text, ch.arity, wrap && optional)
			if p, err = compile(in, ch.text); err != nil && ch.keep {
				// A gap of yaegi's: show the value as it returns it.
				ch.keep = false
				ch.text = finalCode(dirs[ch.unit], text, ch.arity, false)
				p, err = compile(in, ch.text)
			}
		} else {
			ch.text = resolveTypes(in, ch.text)
			p, err = compile(in, ch.text)
		}
		if debug {
			fmt.Fprintf(os.Stderr, "eval: chunk:\n%s\n-> %v\n", ch.text, err)
		}
		if err != nil {
			return err
		}
		ch.prog = p
		if in == s.in {
			// yaegi keeps an import that compiled, even if the cell fails.
			for _, d := range ch.imports {
				d.inEffect = true
				s.imported[d.pkg.key()] = true
				s.decls = append(s.decls, d)
			}
		}
	}
	return nil
}

// finalCode is the source of the final expression. With wrap, its value
// also goes through a compiled function listed in the interpreter's
// MapTypes: yaegi then hands over a value of an interpreted type with its
// Error or String method, which display prefers to its own formatting.
// A single value runs once, kept in the global __gk_v, and stays the
// chunk's value with its static type (a nil error must stay an error). A
// call with several results becomes a function literal collecting them
// all.
// probeArity finds how many values the expression text has by compiling
// (not running) `a, b := E` in a function literal: it compiles for two
// values, and yaegi's error says the count otherwise ("assignment
// mismatch: 2 variables but ... returns 0 values"). Plain `_ = E`
// compiles whatever E returns.
func probeArity(in *interp.Interpreter, dir, text string) (int, bool) {
	src := "_ = func() { " + tmpPrefix + "a, " + tmpPrefix + "b := " + dir + text + "\n_, _ = " + tmpPrefix + "a, " + tmpPrefix + "b }"
	_, err := compile(in, src)
	if err == nil {
		return 2, true
	}
	if m := returnsValues.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, true
	}
	return 1, false
}

var returnsValues = regexp.MustCompile(`returns (\d+) values?`)

func finalCode(dir, text string, arity int, wrap bool) string {
	if arity < 2 {
		if !wrap || arity == 0 {
			if strings.HasPrefix(strings.TrimLeft(text, " \t\r\n"), "func") {
				// A function literal called (`func() {...}()`): yaegi
				// takes source starting with func for a declaration,
				// fails, and compiles it as the body of a func main,
				// which it then ran again at the end of every later cell.
				// (A unit's text ends with its last token: no comment.)
				return "(" + dir + text + ")"
			}
			return dir + text
		}
		return keepVar + " := " + dir + text + "\n" + helperPkg + ".Keep(" + keepVar + ")\n" + keepVar
	}
	vars := make([]string, arity)
	for i := range vars {
		vars[i] = tmpPrefix + "r" + strconv.Itoa(i)
	}
	v := strings.Join(vars, ", ")
	collect := "[]any{" + v + "}"
	if wrap {
		collect = helperPkg + ".Values(" + v + ")"
	}
	// Parenthesized: yaegi takes a cell starting with "func" for a declaration.
	return "(func() []any { " + v + " := " + dir + text + "\n return " + collect + " })()"
}

// keepVar holds the last final value (finalCode); like Python's _, it
// keeps that value alive until the next one.
const keepVar = "__gk_v"

// hasTextMethods reports a String or Error method among the session's
// declarations and the cell's.
func (s *Session) hasTextMethods(c *cell) bool {
	is := func(d *decl) bool {
		if d.kind != "method" {
			return false
		}
		for _, k := range d.keys {
			if strings.HasSuffix(k, ".String") || strings.HasSuffix(k, ".Error") {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(s.decls, is) || slices.ContainsFunc(c.newDecls, is)
}

// sessionTyped reports a value whose type, or the type it points to, is
// that of a session type (yaegi runs `type C float64` as float64).
func (s *Session) sessionTyped(v reflect.Value) bool {
	if !v.IsValid() {
		return false
	}
	t, names := v.Type(), s.typeNames()
	if _, ok := names[t]; ok {
		return true
	}
	if t.Kind() != reflect.Pointer {
		return false
	}
	_, ok := names[t.Elem()]
	return ok
}

// pure reports an expression that may run twice: no calls (or
// conversions), receives or function literals.
func pure(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return pure(e.X)
	case *ast.SelectorExpr:
		return pure(e.X)
	case *ast.StarExpr:
		return pure(e.X)
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && pure(e.X)
	case *ast.BinaryExpr:
		return pure(e.X) && pure(e.Y)
	case *ast.IndexExpr:
		return pure(e.X) && pure(e.Index)
	case *ast.SliceExpr:
		return pure(e.X) && (e.Low == nil || pure(e.Low)) && (e.High == nil || pure(e.High)) && (e.Max == nil || pure(e.Max))
	case *ast.TypeAssertExpr:
		return pure(e.X)
	case *ast.KeyValueExpr:
		return pure(e.Key) && pure(e.Value)
	case *ast.CompositeLit:
		for _, x := range e.Elts {
			if !pure(x) {
				return false
			}
		}
		return true
	}
	return false
}

// isNil reports the identifier nil, which has no type to declare a
// variable of.
func isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// voidFuncs are calls whose results a cell does not show: fmt's printers
// return a byte count and an error nobody wants to see after each print.
var voidFuncs = map[string]bool{"fmt.Print": true, "fmt.Println": true, "fmt.Printf": true,
	"fmt.Fprint": true, "fmt.Fprintln": true, "fmt.Fprintf": true}

// arity says how many values the final expression of the cell shows;
// known is false for a call of something it could not evaluate (its
// result may be a stale value of yaegi's, not safe to store).
func (s *Session) arity(in *interp.Interpreter, c *cell) (n int, known bool) {
	call, ok := ast.Unparen(c.final).(*ast.CallExpr)
	if !ok {
		return 1, true
	}
	fun := ast.Unparen(call.Fun)
	name := exprName(fun)
	if name == "main" && c.funcs["main"] {
		name = mainName // mainfunc.go
	}
	switch {
	case name == "":
		return 1, false
	case voidFuncs[name]:
		return 0, true
	}
	if id, ok := fun.(*ast.Ident); ok && builtinFuncs[id.Name] && !c.funcs[id.Name] {
		switch id.Name {
		case "clear", "close", "delete", "panic", "print", "println":
			return 0, true
		}
		return 1, true
	}
	if s.isType(c, name) {
		return 1, true // a conversion (Eval of a type gives a stale value)
	}
	v, err := evalQuiet(in, name)
	if err != nil || !v.IsValid() || v.Kind() != reflect.Func {
		return 1, false // unknown: show the one value
	}
	return v.Type().NumOut(), true
}

// isType reports a type of the session or the cell, or of an imported
// compiled package ("time.Duration").
func (s *Session) isType(c *cell, name string) bool {
	pkg, sym, ok := strings.Cut(name, ".")
	if !ok {
		is := func(d *decl) bool { return d.kind == "type" && slices.Contains(d.keys, name) }
		return slices.ContainsFunc(s.decls, is) || slices.ContainsFunc(c.newDecls, is)
	}
	for k := range s.imported {
		n, path, _ := strings.Cut(k, " ")
		if n != pkg {
			continue
		}
		for _, ex := range []interp.Exports{stdlib.Symbols, symbols.Symbols, s.opts.Exports} {
			// Exports list a type as a nil pointer to it.
			if v, ok := ex[path+"/"+defaultName(path)][sym]; ok {
				return v.Kind() == reflect.Pointer && v.IsNil()
			}
		}
	}
	return false
}

// exprName is the dotted name of an identifier or selector chain ("" for
// anything else).
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if x := exprName(e.X); x != "" {
			return x + "." + e.Sel.Name
		}
	}
	return ""
}

// evalQuiet evaluates a side-effect free expression, turning panics of
// the interpreter into errors.
func evalQuiet(in *interp.Interpreter, src string) (v reflect.Value, err error) {
	prev := log.Writer()
	log.SetOutput(io.Discard)
	defer func() {
		log.SetOutput(prev)
		if r := recover(); r != nil {
			err = internalError{fmt.Sprint(r)}
		}
	}()
	return in.Eval(src)
}

// execute runs a cell. A standard library or runtime package used without
// an import is imported for the learner (`strings.ToUpper(s)` just works).
func (s *Session) execute(ctx context.Context, code string, record bool) (*Result, error) {
	defer s.publish()
	var auto []string
	for {
		res, err := s.executeOnce(ctx, code, record, auto)
		var e *Error
		if err == nil || !errors.As(err, &e) || e.Name != "CompileError" {
			return res, err
		}
		name, ok := strings.CutPrefix(e.Value, "undefined: ")
		if !ok || len(auto) >= 10 || s.find(name) != nil {
			return res, err
		}
		path, ok := s.packagePath(name)
		if !ok || slices.Contains(auto, path) || s.imported[name+" "+path] {
			return res, err
		}
		auto = append(auto, path)
	}
}

func (s *Session) executeOnce(ctx context.Context, code string, record bool, auto []string) (*Result, error) {
	c, err := s.prepare(code, auto...)
	if err != nil {
		return nil, beforeRun(err)
	}
	if more := s.missingImports(c); len(more) > 0 {
		if c, err = s.prepare(code, append(auto, more...)...); err != nil {
			return nil, beforeRun(err)
		}
	}
	if len(c.units) == 0 {
		return &Result{}, nil
	}
	s.gen.Add(1)
	if s.stale {
		// On failure, go on with the interpreter as it is.
		s.rebuild()
		s.stale = false
	}
	for _, d := range c.newDecls {
		if d.kind == "import" {
			d.inEffect = s.imported[d.pkg.key()]
		}
	}
	// A changed type, method or depended-on func needs a fresh
	// interpreter: yaegi ignores such redefinitions or keeps old callers.
	var replay []*decl
	if record && s.needsRebuild(c) {
		replay = s.without(c)
		if replay == nil {
			replay = []*decl{}
		}
	}
	var dropped []Dropped
	chunks, texts, in, fresh, replay, err := s.compileAll(c, replay, record)
	for se := (staleError{}); errors.As(err, &se); {
		// An older declaration no longer compiles with the cell's
		// redefinition: drop it and try again.
		dropped = append(dropped, se.d)
		replay = append(replay[:se.k:se.k], replay[se.k+1:]...)
		chunks, texts, in, fresh, replay, err = s.compileAll(c, replay, record)
	}
	if err != nil {
		for _, d := range c.newDecls {
			if replay == nil && d.kind != "import" {
				s.stale = true // yaegi keeps what compiled: start clean next time
			}
		}
		return nil, beforeRun(err)
	}
	if replay != nil {
		// The first chunk rebuilds the definitions; then values move over.
		if _, err := in.Execute(chunks[0].prog); err != nil {
			return nil, runError(err, code, s.stderr.take())
		}
		chunks = chunks[1:]
		s.copyGlobals(s.in, in, c)
		s.in, s.imported, s.types = in, fresh, nil
		s.decls = replay
		s.mem.rebuilt(in)
		for _, d := range replay {
			if d.kind == "import" {
				s.imported[d.pkg.key()] = true
			}
		}
	}
	s.warnDropped(dropped)
	if record {
		defer s.afterCell(c)
		s.record(c, texts)
		s.publish() // a process the cell starts needs the cell's funcs
		if len(c.defined) > 0 {
			// Also after a panic or an interrupt: the names exist.
			defer s.recordDefined(c)
		}
	}
	res := &Result{}
	s.stderr.take()
	s.kept.Store(nil)
	s.atUnit.Store(-1)
	s.beginCell() // os.Exit ends the cell from here on (osexit.go)
	defer s.endCell()
	var exit exitError // no deferred call runs after os.Exit, as in Go
	ran := false
	for _, ch := range chunks {
		if ch.drain {
			continue
		}
		v, err := s.runChunk(ctx, ch.prog)
		if errors.As(err, &exit) {
			return exitResult(exit, code)
		}
		if err != nil && !ran && definitionLoop(err) {
			// yaegi checks the order of a global's initialization as it
			// starts running it: nothing of the cell ran.
			return nil, beforeRun(runError(err, code, s.stderr.take()))
		}
		ran = ran || len(ch.imports) == 0 // imports run nothing of the cell
		if returned(err) {
			s.stderr.take() // the frames yaegi printed as it unwound
			break
		}
		if err != nil {
			if derr := s.runDefers(ctx, chunks); errors.As(derr, &exit) {
				return exitResult(exit, code)
			}
			if ctx.Err() != nil {
				s.settle()
				return nil, newError("Interrupted", "the cell was interrupted", code, 0, 0)
			}
			at := []int{}
			if u := int(s.atUnit.Load()); slices.Contains(ch.stmts, u) {
				at = []int{u}
			}
			return nil, s.goRuntimeError(runError(err, code, s.stderr.take()), c, at)
		}
		if ch.final && ch.arity > 0 {
			if isNil(c.final) {
				v = reflect.Value{} // yaegi returns a stale value for nil
			}
			if ch.recheck != "" && s.sessionTyped(v) {
				// Pure, so running it again changes nothing. (Not stored
				// in __gk_v: yaegi fails to copy some interface values,
				// e.g. of a global `var e error = E{}`.)
				evalQuiet(s.in, helperPkg+".Keep("+ch.recheck+")")
			}
			var kept any
			if p := s.kept.Swap(nil); p != nil && (ch.keep || ch.recheck != "") {
				kept = *p
			}
			res = display(v, ch.arity, kept)
		}
	}
	if err := s.runDefers(ctx, chunks); errors.As(err, &exit) {
		return exitResult(exit, code)
	} else if err != nil {
		if ctx.Err() != nil {
			s.settle()
			return nil, newError("Interrupted", "the cell was interrupted", code, 0, 0)
		}
		return nil, runError(err, code, s.stderr.take())
	}
	if x, ok := s.endCell(); ok { // a goroutine's, after the last chunk
		return exitResult(x, code)
	}
	return res, nil
}

// globalsOf is interp.Globals, which panics when a compiled cell declared
// variables that no run has allocated yet.
func globalsOf(in *interp.Interpreter) (g map[string]reflect.Value) {
	defer func() {
		if recover() != nil {
			g = map[string]reflect.Value{}
		}
	}()
	return in.Globals()
}

// settle waits a little for the interrupted cell's code to notice it was
// stopped (yaegi checks between steps), so that it changes nothing after
// Execute returns. A compiled call in progress (time.Sleep) may outlast
// the wait; the code after it then stops without running.
func (s *Session) settle() {
	for i := 0; i < 100 && s.active.Load() > 0; i++ {
		time.Sleep(time.Millisecond)
	}
}

// definitionLoop reports yaegi's "variable definition loop" (or
// constant): its ordering of globals, which Go's type check, having
// accepted the cell, does not share (a generic function's parameter named
// like a session variable, instantiated in a global's initializer).
func definitionLoop(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "variable definition loop") || strings.Contains(msg, "constant definition loop")
}

// beforeRun marks err as a refusal before anything of the cell ran.
func beforeRun(err error) error {
	var e *Error
	if errors.As(err, &e) {
		e.BeforeRun = true
	}
	return err
}
