// Package eval runs Go notebook cells with the yaegi interpreter: it splits
// a cell into declarations and statements, rewrites what yaegi gets wrong
// (go and defer argument timing, goroutine panics, range over int, min,
// max, clear, per-iteration loop variables), shows the value of a final
// expression, and keeps the session's declarations so that redefinitions
// take effect everywhere and another process can rebuild them.
//
// It knows nothing of Jupyter messages; cell output goes to os.Stdout and
// os.Stderr of the process.
//
// What a cell may do, beyond what yaegi does alone:
//
//   - mix imports, declarations and statements in any order; they run in
//     order (no hoisting), and a cell that does not compile runs nothing;
//   - use a standard library or runtime package without importing it
//     (`strings.ToUpper(s)` imports "strings"); importing twice is harmless;
//   - redefine a func, type or method: earlier code uses the new one (the
//     interpreter is rebuilt from the recorded declarations, and variable
//     values whose types did not change are kept);
//   - use Go 1.22 loops (`for i := range n`, one loop variable per
//     iteration when a closure captures it), min, max and clear;
//   - start goroutines that panic: the panic is reported on stderr
//     ("panic in goroutine started at line N: ...") and the process lives.
//
// Statements other than `x := ...` run inside a function literal, so a
// top-level defer runs when its group of statements ends. Set
// GOKERNEL_EVAL_DEBUG=1 to print every compiled chunk on stderr.
package eval

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"io"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"gokernel/kernel/eval/symbols"
	"gokernel/kernel/gostd"
)

// Options configure a Session.
type Options struct {
	// Stdin is what cells read as standard input (fmt.Scan*, os.Stdin);
	// nil means empty input.
	Stdin io.Reader
	// Preload imports the gokernel runtime packages (threads, shared,
	// processes, queues, display, session) so cells use them without an
	// import. Importing them again in a cell is harmless.
	Preload bool
	// Exports are more compiled packages cells may import, in the form
	// interp.Use takes (keys "import/path/name").
	Exports interp.Exports
	// Imports are import paths every cell sees without importing them.
	Imports []string
	// GoPath and Sources let cells import packages of third-party
	// modules from source (interp.Options GoPath and
	// SourcecodeFilesystem; see kernel/modules).
	GoPath  string
	Sources fs.FS
	// Stdout is where fmt.Print* of cells writes (nil: os.Stdout). If it
	// has a Flush() error method (a buffer in front of os.Stdout), every
	// use of os.Stdout in a cell flushes it first, so that the two kinds
	// of writes keep their order.
	Stdout io.Writer
	// StderrFile, if set, gives what os.Stderr means in cells, asked
	// where a cell uses it (the evaluator gives goroutines of a finished
	// cell a file whose text lands under that cell); nil: os.Stderr.
	StderrFile func() *os.File
}

// stderrFile is what os.Stderr means in cells now.
func (s *Session) stderrFile() *os.File {
	if s.opts.StderrFile != nil {
		return s.opts.StderrFile()
	}
	return os.Stderr
}

// Session is one notebook's interpreter state. Its methods may be called
// from several goroutines; they run one at a time.
type Session struct {
	mu    sync.Mutex
	opts  Options
	in    *interp.Interpreter
	stdin io.Reader // what os.Stdin means in cells (read by __gk.Stdin)
	// imported holds the import specs in effect in in: "name path".
	imported map[string]bool
	decls    []*decl
	// stale means in may hold definitions of a cell that failed to compile
	// (yaegi keeps them): the next cell starts from a rebuilt interpreter.
	stale bool
	tmp   int
	types map[reflect.Type]string // reflect type -> session type name, cached
	// gen counts executions; code of an older one that resumes after an
	// interrupt sees it has changed and stops.
	gen atomic.Int64
	// active counts the cell functions running (see cell.wrap).
	active atomic.Int64
	// atUnit is the statement unit of the running cell that started last
	// (__gk.At, before each): where a panic of top-level code was, which
	// yaegi's reported position does not always say.
	atUnit atomic.Int64
	stderr stderrTee
	// kept is the cell's final value as __gk.Keep received it (see finalCode).
	kept atomic.Pointer[any]
	// published is the snapshot Declarations returns.
	published atomic.Pointer[[]string]
	// label names the running cell (SetCellLabel) for the declarations
	// it records.
	label string
	// mem bounds what the interpreter keeps per cell (see memory.go).
	mem memState
	// exit is the os.Exit of the running cell (see osexit.go).
	exit exitState
}

// decl is one recorded declaration of the session.
type decl struct {
	kind string   // "import", "type", "func", "method", "var", "const"
	keys []string // names it declares ("T.M" for methods, "import name path")
	text string   // the source as written (without position)
	code string   // rewritten source with a line directive, as compiled
	// pos is the line directive of text's place in its cell, which
	// Declarations puts in front of text so that a replay elsewhere
	// reports positions in that cell ("" for imports and `x :=` vars).
	pos    string
	idents map[string]bool
	pkg    importSpec // for imports
	// inEffect marks an import of a cell that the session already has.
	inEffect bool
	unit     int    // index of the unit in its cell
	cell     string // label of the cell that declared it (SetCellLabel)
}

type importSpec struct{ name, path string }

// key identifies what an import binds: its name in the file.
func (i importSpec) key() string { return i.name + " " + i.path }

func (i importSpec) String() string {
	if i.name == defaultName(i.path) {
		return "import " + strconv.Quote(i.path)
	}
	return "import " + i.name + " " + strconv.Quote(i.path)
}

func defaultName(path string) string {
	if strings.HasPrefix(path, "math/rand/v") {
		return "rand"
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}

// New starts a session.
//
//	s, err := eval.New(eval.Options{Preload: true})
//	res, err := s.Execute(ctx, `x := 6 * 7; x`) // res.Data["text/plain"] == "42"
func New(opts Options) (*Session, error) {
	s := &Session{opts: opts, stdin: opts.Stdin}
	s.stderr.out = s.stderrFile
	if s.stdin == nil {
		s.stdin = strings.NewReader("")
	}
	in, imported, err := s.newInterp()
	if err != nil {
		return nil, err
	}
	s.in, s.imported = in, imported
	return s, nil
}

// baseImports are the imports every cell sees.
func (s *Session) baseImports() []importSpec {
	specs := []importSpec{{helperPkg, helperPath}}
	if s.opts.Preload {
		for _, p := range symbols.Runtime {
			if _, ok := symbols.Symbols[p+"/"+defaultName(p)]; ok {
				specs = append(specs, importSpec{defaultName(p), p})
			}
		}
	}
	for _, p := range s.opts.Imports {
		specs = append(specs, importSpec{defaultName(p), p})
	}
	return specs
}

func (s *Session) stdout() io.Writer {
	if s.opts.Stdout != nil {
		return s.opts.Stdout
	}
	return os.Stdout
}

// flushStdout writes out what a buffered Options.Stdout holds.
func (s *Session) flushStdout() {
	if f, ok := s.opts.Stdout.(interface{ Flush() error }); ok {
		f.Flush()
	}
}

// drainStdout is flushStdout, then a short wait until the reader of fd 1
// has taken the text, where Options.Stdout can (a Drain method): text the
// cell writes to os.Stderr next then comes after it in the cell.
func (s *Session) drainStdout() {
	if d, ok := s.opts.Stdout.(interface{ Drain() }); ok {
		d.Drain()
		return
	}
	s.flushStdout()
}

// newInterp builds an interpreter with the packages and prelude of the
// session but none of its declarations.
func (s *Session) newInterp() (*interp.Interpreter, map[string]bool, error) {
	in := interp.New(interp.Options{
		Stdin:  s.stdin,
		Stdout: s.stdout(),
		Stderr: &s.stderr,
		Env:    os.Environ(),
		GoPath: s.opts.GoPath,

		SourcecodeFilesystem: s.opts.Sources,
	})
	for _, ex := range []interp.Exports{stdlib.Symbols, symbols.Symbols, s.exitExports(), helperExports(&s.stdin, s.flushStdout, s.drainStdout, s.stderrFile, &s.gen, &s.active, &s.atUnit, &s.kept, &s.stderr, s.goroutinePanic), s.opts.Exports} {
		if len(ex) > 0 {
			if err := in.Use(ex); err != nil {
				return nil, nil, err
			}
		}
	}
	// Go 1.26's generic iter, slices, maps and cmp.Or, as source (see gostd).
	for _, src := range gostd.Sources {
		if _, err := compile(in, src); err != nil {
			return nil, nil, fmt.Errorf("eval: generic standard library: %w", err)
		}
	}
	imported := map[string]bool{}
	var b strings.Builder
	b.WriteString("import (\n")
	for _, sp := range s.baseImports() {
		fmt.Fprintf(&b, "\t%s %q\n", sp.name, sp.path)
		imported[sp.key()] = true
	}
	b.WriteString(")\n" + prelude)
	p, err := compile(in, b.String())
	if err == nil {
		_, err = in.Execute(p)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("eval: session prelude: %w", err)
	}
	return in, imported, nil
}

// Result is what a cell shows: the value of its final expression, if any.
// A statement, a call of a function without results and a call of
// fmt.Print, Println, Printf, Fprint, Fprintln or Fprintf (whose byte
// count and nil error are noise) show nothing.
//
// Data always has "text/plain": fmt's %v of the value, except that a
// string is quoted (so "42" and 42 differ) and nil shows as "nil"; a value
// of a session type with an Error or String method shows what it returns,
// as fmt.Println in a cell prints it. A call
// with several results shows them all separated by spaces, as
// fmt.Println would: `strconv.Atoi("12")` shows `12 nil`.
//
// A value of a compiled type (such as those of runtime/display) with one
// of these methods adds a rich form: HTML() string → "text/html",
// Markdown() string → "text/markdown", SVG() string → "image/svg+xml",
// Latex() string → "text/latex", PNG() []byte → "image/png", JPEG() []byte
// → "image/jpeg" (base64), JSON() any → "application/json", and
// MIMEBundle() map[string]any adds every entry it returns. A value with a
// method Shown() bool that returns true (a runtime/display output, already
// in the notebook) is not shown again, and neither is a nil error (a
// final `p.Join()` that went well shows nothing, like Python's None).
//
//	res, _ := s.Execute(ctx, `strings.Repeat("ab", 2)`)
//	res.Data["text/plain"] // `"abab"`
type Result struct {
	// HasValue says the cell ended with an expression that has a value.
	HasValue bool
	// Data is the MIME bundle of that value.
	Data map[string]any
}

// Execute compiles the whole cell, then runs it; a cell that does not
// compile runs nothing. Cancelling ctx interrupts the cell; the session
// keeps its state. Errors are *Error.
//
//	res, err := s.Execute(ctx, "func sq(x int) int { return x * x }\nsq(7)")
//	// res.Data["text/plain"] == "49"
func (s *Session) Execute(ctx context.Context, code string) (*Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.execute(ctx, code, true)
}

// EvalExpr returns the MIME bundle of an expression (Jupyter's
// user_expressions); the expression should have no side effects.
//
//	data, err := s.EvalExpr(ctx, "len(names)")
func (s *Session) EvalExpr(ctx context.Context, expr string) (map[string]any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if strings.TrimSpace(expr) == "" {
		return nil, newError("SyntaxError", "empty expression", expr, 0, 0)
	}
	c, err := s.prepare(expr)
	if err != nil {
		return nil, err
	}
	if c.final == nil || len(c.units) != 1 {
		return nil, newError("SyntaxError", "not an expression: "+expr, expr, 0, 0)
	}
	res, err := s.execute(ctx, expr, false)
	if err != nil {
		return nil, err
	}
	if !res.HasValue {
		return map[string]any{"text/plain": ""}, nil
	}
	return res.Data, nil
}

// cell is a parsed cell.
type cell struct {
	code   string
	units  []unit
	parsed []*parsed
	final  ast.Expr // the final expression statement, if any
	funcs  map[string]bool
	// defined are the names a top-level `x := ...` of the cell declares.
	defined []string
	// rebound are those of them that were variables before the cell and
	// that the cell binds anew (not compiled as an assignment).
	rebound []string
	// redefines are the statement units with such a `x := ...` (a
	// chunk starts at each: yaegi gives a global its new slot for the
	// whole source it compiles, so the statements before it would read
	// the new, zero x); tails are what runs after a unit whose values
	// read the variables it redefines (redefineFromOld), in a chunk of
	// its own.
	redefines map[int]bool
	tails     map[int]string
	// globals are the session's variables when compileAll began.
	globals map[string]reflect.Value
	// newDecls are the declarations of the cell, in order.
	newDecls []*decl
	// wrap marks the statement units that run inside a function literal:
	// all but `x := ...` (which must create globals). yaegi runs top-level
	// statements on a frame that the next cell resets, so an interrupted
	// loop or sleep there could resume; a function's frame stays stopped.
	wrap map[int]bool
	// sureTargets limits the function-identity rewrite to receivers
	// known to be the runtime's, noGuess on those lines; guessed are the
	// lines where it guessed (see targetCheck).
	sureTargets      bool
	noGuess, guessed map[int]bool
}

// prepare splits and parses a cell.
func (s *Session) prepare(code string, autoImports ...string) (*cell, error) {
	units, err := splitCell(code)
	if err != nil {
		return nil, compileError(err, code)
	}
	units = varsAsDefines(units, s.isSessionVar())
	if len(autoImports) > 0 {
		var auto []unit
		for _, path := range autoImports {
			auto = append(auto, unit{kind: kindImport, text: "import " + strconv.Quote(path)})
		}
		units = append(auto, units...)
	}
	c := &cell{code: code, units: units, funcs: map[string]bool{}, wrap: map[int]bool{}}
	for _, d := range s.decls {
		if d.kind == "func" {
			c.funcs[d.keys[0]] = true
		}
	}
	for i, u := range units {
		p, err := parseUnit(u)
		if err != nil {
			return nil, s.parseError(err, u, code)
		}
		c.parsed = append(c.parsed, p)
		switch {
		case u.kind == kindStmt:
			c.wrap[i] = true
			for _, st := range p.body.List {
				if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
					c.wrap[i] = false
					for _, l := range as.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
							c.defined = append(c.defined, id.Name)
						}
					}
				}
			}
			if i == len(units)-1 && len(p.body.List) == 1 {
				if es, ok := p.body.List[0].(*ast.ExprStmt); ok {
					c.final = es.X
				}
			}
		default:
			line, col := lineCol(code, u.start)
			if fd, ok := p.decl.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) != 1 {
				// `func () M()` parses; Go's checker rejects it.
				l, c := lineCol(code, u.start+p.off(fd.Recv.Pos()))
				msg := "method has no receiver"
				if len(fd.Recv.List) > 1 {
					msg = "method has multiple receivers"
				}
				return nil, newError("CompileError", msg, code, l, c)
			}
			for _, d := range declsOf(p, u.text) {
				if d.kind == "import" {
					d.code = fmt.Sprintf("/*line _.go:%d:%d*/%s", line, col, d.text)
				} else if dir, rest, ok := cutLineDirective(d.text); ok {
					d.pos, d.text = dir, rest // replayed: keeps its first cell's place
				} else {
					dl, dc := lineCol(code, u.start+len(u.text)-len(d.text))
					d.pos = fmt.Sprintf("/*line _.go:%d:%d*/", dl, dc)
				}
				if d.kind == "func" {
					c.funcs[d.keys[0]] = true
				}
				d.unit = i
				c.newDecls = append(c.newDecls, d)
			}
		}
	}
	if name, off, found := c.funcAsType(); found {
		line, col := lineCol(code, off)
		return nil, newError("CompileError", name+" is a function, not a type", code, line, col)
	}
	if msg, off, found := c.constCounts(); found {
		line, col := lineCol(code, off)
		return nil, newError("CompileError", msg, code, line, col)
	}
	if name, off, found := c.genericCycle(); found {
		line, col := lineCol(code, off)
		return nil, newError("CompileError", "generic type "+name+" refers to itself through an instance of a generic type: the interpreter cannot instantiate it (its stack overflows); Go accepts it, run the cell compiled (%%run)", code, line, col)
	}
	return c, nil
}

// lineDirective is a line directive as Declarations writes them.
var lineDirective = regexp.MustCompile(`^/\*line _\.go:\d+:\d+\*/`)

// cutLineDirective splits a line directive from the start of text.
func cutLineDirective(text string) (dir, rest string, ok bool) {
	m := lineDirective.FindString(text)
	return m, text[len(m):], m != ""
}

// parseError locates a go/parser error of unit u in the cell.
func (s *Session) parseError(err error, u unit, code string) error {
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return newError("SyntaxError", err.Error(), code, 0, 0)
	}
	line, col := list[0].Pos.Line, list[0].Pos.Column
	// Positions are in the wrapped source: line 1 has the prefix.
	prefix := len(declPrefix)
	if u.kind == kindStmt {
		prefix = len(stmtPrefix)
	}
	uLine, uCol := lineCol(code, u.start)
	if line == 1 {
		col = col - prefix - 1 + uCol
	}
	line += uLine - 1
	return newError("SyntaxError", wrapperBrace(list[0].Msg, code, line, col), code, line, col)
}

// wrapperBrace rewords "found 'EOF'", and "found '}'" when that brace is
// not in the cell but closes the function the cell was wrapped in: the
// cell ended too early.
func wrapperBrace(msg, code string, line, col int) string {
	if rest, ok := strings.CutSuffix(msg, "found 'EOF'"); ok {
		return rest + "found the end of the cell"
	}
	rest, ok := strings.CutSuffix(msg, "found '}'")
	if !ok {
		return msg
	}
	lines := strings.Split(code, "\n")
	if line >= 1 && line <= len(lines) && col >= 1 && col <= len(lines[line-1]) && lines[line-1][col-1] == '}' {
		return msg
	}
	return rest + "found the end of the cell"
}

// declsOf lists what a declaration unit declares.
func declsOf(p *parsed, text string) []*decl {
	text = strings.TrimLeft(text, " \t\r\n")
	idents := map[string]bool{}
	ast.Inspect(p.decl, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			idents[id.Name] = true
		}
		return true
	})
	switch d := p.decl.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			key := d.Name.Name
			if key == "init" {
				// A package has any number of init functions: each is
				// its own declaration (the same text again replaces it).
				key = "init " + text
			}
			return []*decl{{kind: "func", keys: []string{key}, text: text, idents: idents}}
		}
		return []*decl{{kind: "method", keys: []string{recvName(d.Recv.List[0].Type) + "." + d.Name.Name}, text: text, idents: idents}}
	case *ast.GenDecl:
		if d.Tok == token.IMPORT {
			var out []*decl
			for _, sp := range d.Specs {
				is := sp.(*ast.ImportSpec)
				path, _ := strconv.Unquote(is.Path.Value)
				spec := importSpec{defaultName(path), path}
				if is.Name != nil {
					spec.name = is.Name.Name
				}
				out = append(out, &decl{kind: "import", keys: []string{"import " + spec.key()}, text: spec.String(), pkg: spec})
			}
			return out
		}
		dd := &decl{kind: d.Tok.String(), text: text, idents: idents}
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				dd.keys = append(dd.keys, sp.Name.Name)
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					if n.Name != "_" {
						dd.keys = append(dd.keys, n.Name)
					}
				}
			}
		}
		return []*decl{dd}
	}
	return nil
}

func recvName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return "?"
		}
	}
}
