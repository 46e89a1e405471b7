package eval

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"log"
	"os"
	"reflect"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"
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
	unit  int // index of the final expression's unit
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
	globals := globalsOf(s.in)
	isInt := func(name string) bool {
		v, ok := globals[name]
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
	locals := map[string]bool{}
	for i, u := range c.units {
		p := c.parsed[i]
		prefix := strconv.Itoa(i) + ":"
		fs := map[token.Pos]bool{}
		for k := range forced {
			if rest, ok := strings.CutPrefix(k, prefix); ok {
				n, _ := strconv.Atoi(rest)
				fs[token.Pos(n)] = true
			}
		}
		r := &rewriter{p: p, text: u.text, code: c.code, start: u.start, n: &s.tmp, optional: optional,
			funcs: c.funcs, userMin: userBuiltins, isInt: isInt, stdin: !stdinFile, forced: fs, locals: locals}
		var root ast.Node = p.body
		if u.kind != kindStmt {
			root = p.decl
		}
		text := r.run(root)
		for _, rs := range r.ranges {
			unknown = append(unknown, prefix+strconv.Itoa(int(rs.Pos())))
		}
		line, col := lineCol(c.code, u.start)
		dirs = append(dirs, fmt.Sprintf("/*line _.go:%d:%d*/", line, col))
		texts = append(texts, text)
	}
	return dirs, texts, unknown
}

// importCode is the source of the imports of unit i that are not yet in
// effect ("" if none).
func (c *cell) importCode(i int) string {
	var parts []string
	for _, d := range c.newDecls {
		if d.unit == i && d.kind == "import" && !d.inEffect {
			parts = append(parts, d.text)
		}
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
	if replay != nil {
		var imports, others []string
		for _, d := range replay {
			if d.kind == "import" {
				if !fresh[d.pkg.key()] {
					imports = append(imports, d.code)
				}
			} else {
				others = append(others, d.code)
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
		}
		final := i == len(c.units)-1 && c.final != nil
		if final {
			out = append(out, chunk{text: text, final: true, unit: i})
			continue
		}
		piece := dirs[i] + text
		if c.wrap[i] {
			piece = "(func() { " + piece + "\n})()"
		}
		if u.kind == last && len(out) > 0 {
			out[len(out)-1].text += "\n" + piece
			continue
		}
		last = u.kind
		out = append(out, chunk{text: piece})
	}
	return out
}

// compileAll compiles every chunk (the final expression after probing its
// arity). Rewrites that the cell can do without are dropped if they break
// compilation; range statements of unknown operand type are retried as
// range over int if yaegi fails on them.
func (s *Session) compileAll(c *cell, in *interp.Interpreter, replay []*decl, fresh map[string]bool) ([]chunk, []string, error) {
	type attempt struct {
		optional bool
		forced   map[string]bool
	}
	attempts := []attempt{{true, nil}}
	var firstErr error
	for k := 0; k < len(attempts); k++ {
		a := attempts[k]
		dirs, texts, unknown := s.rewriteUnits(c, a.optional, a.forced)
		chunks := s.chunks(c, dirs, texts, replay, fresh)
		err := s.compileChunks(c, in, chunks, dirs)
		if err == nil {
			return chunks, texts, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		var ie internalError
		if errors.As(err, &ie) && len(unknown) > 0 && a.forced == nil {
			forced := map[string]bool{}
			for _, u := range unknown {
				forced[u] = true
			}
			attempts = append(attempts, attempt{a.optional, forced})
		} else if a.optional {
			attempts = append(attempts, attempt{false, a.forced})
		}
		if k == len(attempts)-1 {
			if errors.As(firstErr, &ie) {
				return nil, nil, compileError(firstErr, c.code)
			}
			return nil, nil, compileError(err, c.code)
		}
	}
	return nil, nil, compileError(firstErr, c.code)
}

func (s *Session) compileChunks(c *cell, in *interp.Interpreter, chunks []chunk, dirs []string) error {
	for i := range chunks {
		ch := &chunks[i]
		if ch.final {
			ch.arity = s.arity(in, c)
			ch.text = finalCode(dirs[ch.unit], ch.text, ch.arity)
		}
		p, err := compile(in, ch.text)
		if debug {
			fmt.Fprintf(os.Stderr, "eval: chunk:\n%s\n-> %v\n", ch.text, err)
		}
		if err != nil {
			return err
		}
		ch.prog = p
	}
	return nil
}

// finalCode is the source of the final expression: as written, or for a
// call with several results, a function literal collecting them all.
func finalCode(dir, text string, arity int) string {
	if arity < 2 {
		return dir + text
	}
	vars := make([]string, arity)
	for i := range vars {
		vars[i] = tmpPrefix + "r" + strconv.Itoa(i)
	}
	v := strings.Join(vars, ", ")
	// Parenthesized: yaegi takes a cell starting with "func" for a declaration.
	return "(func() []any { " + v + " := " + dir + text + "\n return []any{" + v + "} })()"
}

// voidFuncs are calls whose results a cell does not show: fmt's printers
// return a byte count and an error nobody wants to see after each print.
var voidFuncs = map[string]bool{"fmt.Print": true, "fmt.Println": true, "fmt.Printf": true,
	"fmt.Fprint": true, "fmt.Fprintln": true, "fmt.Fprintf": true}

// arity says how many values the final expression of the cell shows.
func (s *Session) arity(in *interp.Interpreter, c *cell) int {
	call, ok := ast.Unparen(c.final).(*ast.CallExpr)
	if !ok {
		return 1
	}
	fun := ast.Unparen(call.Fun)
	name := exprName(fun)
	switch {
	case name == "":
		return 1
	case voidFuncs[name]:
		return 0
	}
	if id, ok := fun.(*ast.Ident); ok && builtinFuncs[id.Name] && !c.funcs[id.Name] {
		switch id.Name {
		case "clear", "close", "delete", "panic", "print", "println":
			return 0
		}
		return 1
	}
	v, err := evalQuiet(in, name)
	if err != nil || !v.IsValid() || v.Kind() != reflect.Func {
		return 1 // a conversion, or unknown: show the one value
	}
	return v.Type().NumOut()
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

func (s *Session) execute(ctx context.Context, code string, record bool) (*Result, error) {
	c, err := s.prepare(code)
	if err != nil {
		return nil, err
	}
	if len(c.units) == 0 {
		return &Result{}, nil
	}
	if s.stale {
		if err := s.rebuild(nil); err != nil {
			return nil, err
		}
	}
	for _, d := range c.newDecls {
		if d.kind == "import" {
			d.inEffect = s.imported[d.pkg.key()]
		}
	}
	// A changed type, method or depended-on func needs a fresh
	// interpreter: yaegi ignores such redefinitions or keeps old callers.
	in, fresh := s.in, s.imported
	var replay []*decl
	if record && s.needsRebuild(c) {
		var err error
		if in, fresh, err = s.newInterp(); err != nil {
			return nil, err
		}
		replay = s.without(c)
		if replay == nil {
			replay = []*decl{}
		}
	}
	chunks, texts, err := s.compileAll(c, in, replay, fresh)
	if err != nil {
		if replay == nil && len(c.newDecls) > 0 {
			s.stale = true // yaegi keeps what compiled: start clean next time
		}
		return nil, err
	}
	if replay != nil {
		// The first chunk rebuilds the definitions; then values move over.
		if _, err := in.Execute(chunks[0].prog); err != nil {
			return nil, runError(err, code)
		}
		chunks = chunks[1:]
		s.copyGlobals(s.in, in, c)
		s.in, s.imported, s.types = in, fresh, nil
		s.decls = replay
		for _, d := range replay {
			if d.kind == "import" {
				s.imported[d.pkg.key()] = true
			}
		}
	}
	if record {
		s.record(c, texts)
	}
	res := &Result{}
	for _, ch := range chunks {
		v, err := s.in.ExecuteWithContext(ctx, ch.prog)
		if err != nil {
			if ctx.Err() != nil {
				return nil, newError("Interrupted", "the cell was interrupted", code, 0, 0)
			}
			return nil, runError(err, code)
		}
		if ch.final && ch.arity > 0 {
			res = display(v, ch.arity)
		}
	}
	if record && len(c.defined) > 0 {
		s.recordDefined(c)
	}
	return res, nil
}

// needsRebuild says whether the cell redefines a type or method, or a func
// that other declarations use.
func (s *Session) needsRebuild(c *cell) bool {
	for _, d := range c.newDecls {
		if d.kind == "import" {
			continue
		}
		for _, k := range d.keys {
			old := s.find(k)
			if old == nil || old.text == d.text {
				continue
			}
			if d.kind == "type" || d.kind == "method" || old.kind == "type" || old.kind != d.kind {
				return true
			}
			if d.kind == "func" {
				for _, o := range s.decls {
					if o != old && o.idents[k] {
						return true
					}
				}
			}
		}
	}
	return false
}

func (s *Session) find(key string) *decl {
	for _, d := range s.decls {
		for _, k := range d.keys {
			if k == key {
				return d
			}
		}
	}
	return nil
}

// without is the session's declarations minus those the cell redefines.
func (s *Session) without(c *cell) []*decl {
	keys := map[string]bool{}
	for _, d := range c.newDecls {
		for _, k := range d.keys {
			keys[k] = true
		}
	}
	var out []*decl
	for _, d := range s.decls {
		drop := false
		for _, k := range d.keys {
			drop = drop || keys[k]
		}
		if !drop {
			out = append(out, d)
		}
	}
	return out
}

// record adds the cell's declarations to the session's, a redefinition
// taking the place of what it replaces.
func (s *Session) record(c *cell, texts []string) {
	for _, d := range c.newDecls {
		line, col := lineCol(c.code, c.units[d.unit].start)
		dir := fmt.Sprintf("/*line _.go:%d:%d*/", line, col)
		if d.kind == "import" {
			if d.inEffect {
				continue
			}
			d.code = dir + d.text
			s.imported[d.pkg.key()] = true
			s.decls = append(s.decls, d)
			continue
		}
		d.code = dir + texts[d.unit]
		s.replace(d)
		if d.kind == "type" {
			s.types = nil
		}
	}
}

// replace puts d where the first declaration it redefines was (or at the
// end) and drops the others it redefines.
func (s *Session) replace(d *decl) {
	at := -1
	out := s.decls[:0:0]
	for _, o := range s.decls {
		clash := false
		for _, k := range o.keys {
			for _, k2 := range d.keys {
				clash = clash || k == k2
			}
		}
		if clash {
			if at < 0 {
				at = len(out)
				out = append(out, d)
			}
			continue
		}
		out = append(out, o)
	}
	if at < 0 {
		out = append(out, d)
	}
	s.decls = out
}

// recordDefined records `var x T` for each `x := ...` of the cell, so that
// a rebuild or a child process knows the name (not its value).
func (s *Session) recordDefined(c *cell) {
	globals := globalsOf(s.in)
	done := map[string]bool{}
	for _, name := range c.defined {
		if done[name] {
			continue
		}
		done[name] = true
		v, ok := globals[name]
		if !ok || !v.IsValid() {
			continue
		}
		t, ok := s.typeExpr(v.Type())
		if !ok {
			// The type has no name here: forget an older declaration
			// rather than replay a wrong type.
			s.replace(&decl{kind: "var", keys: []string{name}})
			s.dropEmpty()
			continue
		}
		text := "var " + name + " " + t
		s.replace(&decl{kind: "var", keys: []string{name}, text: text, code: text,
			idents: map[string]bool{name: true}})
	}
}

func (s *Session) dropEmpty() {
	out := s.decls[:0]
	for _, d := range s.decls {
		if d.text != "" {
			out = append(out, d)
		}
	}
	s.decls = out
}

// copyGlobals moves the values of package-level variables to a rebuilt
// interpreter, except those the cell redefines; a value whose type changed
// starts from zero.
func (s *Session) copyGlobals(from, to *interp.Interpreter, c *cell) {
	redefined := map[string]bool{}
	for _, d := range c.newDecls {
		for _, k := range d.keys {
			redefined[k] = true
		}
	}
	old := globalsOf(from)
	for name, nv := range globalsOf(to) {
		ov, ok := old[name]
		if !ok || redefined[name] || !ov.IsValid() || !nv.CanSet() || !ov.Type().AssignableTo(nv.Type()) {
			continue
		}
		nv.Set(ov)
	}
}

// rebuild replaces the interpreter by a fresh one with the session's
// declarations, keeping variable values.
func (s *Session) rebuild(c *cell) error {
	in, fresh, err := s.newInterp()
	if err != nil {
		return err
	}
	if src := replaySource(s.decls, fresh); src != "" {
		p, err := compile(in, src)
		if err == nil {
			_, err = in.Execute(p)
		}
		if err != nil {
			return compileError(err, src)
		}
	}
	if c == nil {
		c = &cell{}
	}
	s.copyGlobals(s.in, in, c)
	for _, d := range s.decls {
		if d.kind == "import" {
			fresh[d.pkg.key()] = true
		}
	}
	s.in, s.imported, s.types, s.stale = in, fresh, nil, false
	return nil
}

// replaySource is the session's declarations as one file: imports first.
func replaySource(decls []*decl, imported map[string]bool) string {
	var imports, others []string
	for _, d := range decls {
		switch {
		case d.kind != "import":
			others = append(others, d.code)
		case !imported[d.pkg.key()]:
			imports = append(imports, d.code)
		}
	}
	return strings.Join(append(imports, others...), "\n")
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
