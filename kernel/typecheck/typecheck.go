// Package typecheck checks notebook cells with Go's own type checker
// (go/types) before the interpreter runs them, so that a cell Go would
// reject gets the error `go build` prints, at the cell's line and column,
// and never the interpreter's wording.
//
// A cell is checked in the session's context: program.Main turns the
// session's declarations and the cell into a package main (cell
// declarations at package level, statements as main's body, with line
// directives to the cell), and go/types checks it against the export
// data of the standard library of the Go on the machine and of gokernel's
// runtime packages (`go list -export`, read once per package and kept).
// Without a Go toolchain it uses the copy of that export data a checker
// with one cached for this kernel binary (cache.go), if there is one.
//
// It never rejects what it is not sure about: a cell whose imports have
// no export data (yet), that uses a session variable the declarations
// cannot describe, a name several standard packages share, or whose
// program has an error outside the cell, passes unchecked, and the
// interpreter decides as before. Kernel-specific cell semantics are kept:
// top-level `x := ...` may stay unused and the final expression is the
// cell's value, not an unused one.
package typecheck

import (
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"gokernel/kernel/program"
	"gokernel/kernel/rangefunc"
)

// Options configure a Checker.
type Options struct {
	// Wait makes Check wait for the first load of export data (and for
	// packages a cell needs that are not loaded yet) instead of letting
	// cells pass unchecked meanwhile. Tests use it.
	Wait bool
	// MaxWait, without Wait, is how long Check waits for them before it
	// lets a cell pass unchecked: a cell run right after the kernel
	// started (Run All) is still checked (and guarded) on a warm build
	// cache, and a slow first listing on a cold one does not hold a
	// learner up for long.
	MaxWait time.Duration
	// Hint, if set, gives a hint for an error of a cell line (e.g. a
	// Python habit), shown under the quoted line; "" for none.
	Hint func(name, msg, line string) string
	// Guard, if set, is called after a check without errors, with the
	// cell's program (f: the cell's own code has positions in file
	// "cell", the session's declarations in file "session") and its
	// Types, Defs, Uses and Selections. A *GuardError it returns rejects
	// the cell like a compile error (named by GuardError.Name, at its
	// cell position, quoting the line); other errors are ignored.
	// kernel/fidelity uses it to stop cells the interpreter would run
	// differently from Go.
	Guard func(fset *token.FileSet, f *ast.File, info *types.Info) error
}

// GuardError is a Guard's rejection of a cell: Msg at Pos (in file
// "cell"), shown under Name.
type GuardError struct {
	Pos       token.Pos
	Name, Msg string
}

func (e *GuardError) Error() string { return e.Name + ": " + e.Msg }

// Checker type-checks cells. It loads export data in the background from
// New on; until then (or without a Go toolchain nor a cache of its
// export data) Check passes every cell.
// Its methods are safe for concurrent use.
type Checker struct {
	opt   Options
	ready chan struct{}
	fset  *token.FileSet

	mu          sync.Mutex        // guards what follows and the importer
	off         error             // why cells are not checked (no toolchain)
	goCmd, dir  string            // the go command and where it runs ("": working from the cache)
	cache       string            // the cache directory to fill ("": none)
	std         map[string]string // from the cache: std package name -> path (else DefaultResolve's)
	exports     map[string]string // import path -> export data file
	unavailable map[string]bool   // paths the go command could not list
	ambiguous   map[string]bool   // names several std packages share
	fetching    chan struct{}
	goRuns      atomic.Int32 // go commands run (a start from the cache runs none)
	imp         types.Importer
	missing     []string     // paths the last check could not import
	lastObj     types.Object // what typeAt's expression names
	uses        int          // checks since fset and imp were made
}

// New starts a checker: export data is listed in the background.
//
//	c := typecheck.New(typecheck.Options{})
//	err := c.Check(session.Declarations(), "f(1, 2)", nil)
func New(opt Options) *Checker {
	c := &Checker{opt: opt, ready: make(chan struct{}), fset: token.NewFileSet(),
		exports: map[string]string{}, unavailable: map[string]bool{}, ambiguous: map[string]bool{}}
	c.imp = importer.ForCompiler(c.fset, "gc", c.lookup)
	go c.load()
	return c
}

// OptionsFromEnv reads GOKERNEL_TYPECHECK: "wait" sets Wait; "off"
// disables checking (New is not to be called); otherwise MaxWait is 10 s.
func OptionsFromEnv() (opt Options, enabled bool) {
	v := os.Getenv("GOKERNEL_TYPECHECK")
	return Options{Wait: v == "wait", MaxWait: 10 * time.Second}, v != "off"
}

// await waits for done as the options say, and reports whether it came.
func (c *Checker) await(done <-chan struct{}) bool {
	switch {
	case c.opt.Wait:
		<-done
		return true
	case c.opt.MaxWait > 0:
		t := time.NewTimer(c.opt.MaxWait)
		defer t.Stop()
		select {
		case <-done:
			return true
		case <-t.C:
			return false
		}
	}
	return false
}

// renewAfter bounds the file set's growth (each check adds its file):
// after that many checks, a new one and a new importer.
const renewAfter = 5000

// files returns the file set and importer of a check.
func (c *Checker) files() (*token.FileSet, types.Importer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.uses++; c.uses > renewAfter {
		c.uses = 0
		c.fset = token.NewFileSet()
		c.imp = importer.ForCompiler(c.fset, "gc", c.lookup)
	}
	return c.fset, c.imp
}

// lookup opens a package's export data for the importer; called with
// c.mu held.
func (c *Checker) lookup(path string) (io.ReadCloser, error) {
	file, ok := c.exports[path]
	if !ok {
		c.missing = append(c.missing, path)
		return nil, fmt.Errorf("no export data for %q", path)
	}
	return os.Open(file)
}

// Ready reports whether the first load finished.
func (c *Checker) Ready() bool {
	select {
	case <-c.ready:
		return true
	default:
		return false
	}
}

// Off returns why cells are not checked (no Go toolchain, and no cache
// of what one listed), once the first load finished; nil when they are.
func (c *Checker) Off() error {
	if !c.Ready() {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.off
}

// Error is a cell that Go's type checker rejects: the first error (as
// `go build` words it) at its cell position, the others after it.
type Error struct {
	Name, Value string // Name is "CompileError", as the kernel names compile errors
	Line, Col   int
	// Traceback is what Jupyter shows: the errors with the cell lines
	// they point at, with ANSI colours.
	Traceback []string
	// All are every error of the cell, in order, as "line:col: msg".
	All []string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (line %d, column %d)", e.Name, e.Value, e.Line, e.Col)
}

const sessionPath = "gokernel/runtime/session"

// maxErrors is as many as `go build` prints.
const maxErrors = 10

// Check type-checks cell in the context of the session's declarations
// (in the form kernel/eval's Session.Declarations returns them). It
// returns nil when the cell is fine or cannot be checked, and an *Error
// when Go rejects it. known reports whether a name is a variable of the
// session (the interpreter's globals); such a name that the declarations
// do not describe makes the cell pass unchecked. known may be nil.
func (c *Checker) Check(decls []string, cell string, known func(name string) bool) error {
	_, err := c.Verify(decls, cell, known)
	return err
}

// Verdict is what a check found out about a cell besides its errors.
type Verdict struct {
	// Checked reports that Go's type checker ran on the cell: with a nil
	// error (or the Guard's), Go accepts the cell as it is, so an
	// interpreter that refuses it is at fault, not the cell.
	Checked bool
	// EndsInValue reports that the cell's last statement is an
	// expression with a value (which a notebook shows), other than a
	// call that returns only an error (shown only when not nil).
	EndsInValue bool
	// Lowered is the cell with its range-over-func loops turned into
	// plain Go of the same meaning (kernel/rangefunc) and its min and max
	// calls typed, line for line, for an interpreter that lacks them; ""
	// when the cell has none or they cannot be lowered exactly.
	Lowered string
}

// Verify is Check that also returns the Verdict.
func (c *Checker) Verify(decls []string, cell string, known func(name string) bool) (Verdict, error) {
	if !c.Ready() && !c.await(c.ready) {
		return Verdict{}, nil
	}
	for try := 0; ; try++ {
		err, missing, v := c.check(decls, cell, known)
		if len(missing) == 0 {
			return v, err
		}
		// Export data not listed yet: list it in the background, and
		// pass the cell unchecked meanwhile.
		done := c.fetch(missing)
		if try > 0 || !c.await(done) {
			return Verdict{}, nil
		}
	}
}

func (c *Checker) check(decls []string, cell string, known func(string) bool) (error, []string, Verdict) {
	c.mu.Lock()
	off := c.off
	c.mu.Unlock()
	if off != nil {
		return nil, nil, Verdict{}
	}
	uncertain := false
	resolve := c.resolve(&uncertain)
	src, err := program.Main(decls, cell, program.Options{Resolve: resolve})
	if err != nil || uncertain {
		return nil, nil, Verdict{} // the interpreter reports what does not parse
	}
	for _, p := range src.Imports {
		if c.isUnavailable(p) {
			return nil, nil, Verdict{} // a module's package (%go get): the interpreter checks it
		}
	}
	fset, imp := c.files()
	f, err := parser.ParseFile(fset, program.MainFile, src.Files[program.MainFile], parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, Verdict{}
	}
	var errs []types.Error
	conf := types.Config{
		Importer: imp,
		Sizes:    types.SizesFor("gc", runtime.GOARCH),
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				errs = append(errs, te)
			}
		},
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{},
		Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Instances: map[*ast.Ident]types.Instance{}}
	c.mu.Lock()
	c.missing = nil
	pkg, _ := conf.Check("main", fset, []*ast.File{f}, info)
	missing := c.missing
	c.mu.Unlock()
	if len(missing) > 0 {
		return nil, missing, Verdict{}
	}
	// The cell's final expression is its value, not an unused one.
	if _, final := cellShape(fset, f); final.IsValid() {
		errs = slices.DeleteFunc(errs, func(e types.Error) bool {
			return e.Pos == final && strings.HasSuffix(e.Msg, " is not used")
		})
	}
	if len(errs) == 0 {
		v := Verdict{Checked: true, EndsInValue: endsInValue(fset, f, info)}
		err := c.guard(fset, f, info, cell)
		if err == nil {
			v.Lowered = lower(fset, pkg, f, info, src.Files[program.MainFile], cell)
		}
		return err, nil, v
	}
	// report passes some cells unchecked (a name only the interpreter
	// knows): those are not known to be accepted.
	err = c.report(fset, f, cell, errs, known)
	return err, nil, Verdict{Checked: err != nil}
}

// endsInValue reports whether the cell's last statement (the last one of
// main from the cell) is an expression with a value.
func endsInValue(fset *token.FileSet, f *ast.File, info *types.Info) bool {
	var last ast.Stmt
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != "main" || fd.Body == nil {
			continue
		}
		for _, st := range fd.Body.List {
			if fset.Position(st.Pos()).Filename == bodyFile {
				last = st
			}
		}
	}
	es, ok := last.(*ast.ExprStmt)
	if !ok {
		return false
	}
	if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok {
		// fmt's printers return a count and an error that a notebook
		// does not show (kernel/eval's voidFuncs).
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" &&
				(strings.HasPrefix(fn.Name(), "Print") || strings.HasPrefix(fn.Name(), "Fprint")) {
				return false
			}
		}
	}
	tv, ok := info.Types[es.X]
	if !ok || tv.IsVoid() || tv.Type == nil {
		return false
	}
	if call, isCall := ast.Unparen(es.X).(*ast.CallExpr); isCall && tv.Type == types.Universe.Lookup("error").Type() {
		// A call for its effect that can fail (enc.Encode(v)): in a
		// compiled run it is the statement Go makes of it, and the
		// interpreter shows its error only when there is one. Calls
		// that make errors (errors.New, fmt.Errorf) are for their value.
		maker := false
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil {
				maker = fn.Pkg().Path() == "errors" || fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf"
			}
		}
		return maker
	}
	if t, isTuple := tv.Type.(*types.Tuple); isTuple {
		return t.Len() > 0
	}
	return true
}

// guard runs Options.Guard on a cell Go accepts.
func (c *Checker) guard(fset *token.FileSet, f *ast.File, info *types.Info, cell string) error {
	if c.opt.Guard == nil {
		return nil
	}
	var ge *GuardError
	if !errors.As(c.opt.Guard(fset, f, info), &ge) {
		return nil
	}
	p := fset.Position(ge.Pos)
	if p.Filename != bodyFile || p.Line <= 0 {
		return nil
	}
	e := &Error{Name: ge.Name, Value: ge.Msg, Line: p.Line, Col: p.Column,
		All: []string{fmt.Sprintf("%d:%d: %s", p.Line, p.Column, ge.Msg)}}
	e.Traceback = append([]string{red + e.Name + reset + ": " + ge.Msg}, quote(cell, p.Line, p.Column)...)
	return e
}

func (c *Checker) isAmbiguous(name string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ambiguous[name]
}

func (c *Checker) isUnavailable(path string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.unavailable[path]
}

// report turns the checker's errors into the cell's error, or nil when
// they do not prove the cell wrong.
func (c *Checker) report(fset *token.FileSet, f *ast.File, cell string, errs []types.Error, known func(string) bool) error {
	defs, final := cellShape(fset, f)
	type located struct {
		line, col int
		msg       string
	}
	var out []located
	for _, e := range errs {
		p := fset.Position(e.Pos)
		if p.Filename != bodyFile || p.Line <= 0 {
			// In the session's declarations or the generated code: not
			// the cell's fault, or not a faithful picture of it.
			return nil
		}
		if final.IsValid() && e.Pos == final && strings.HasSuffix(e.Msg, " is not used") {
			continue // the cell's value
		}
		if name, ok := strings.CutPrefix(e.Msg, "undefined: "); ok && (defs[name] || known != nil && known(name)) {
			// A cell declaration using the cell's own `x := ...` (a
			// global of the session, a local of the program), or a
			// session variable the declarations cannot describe.
			return nil
		}
		if rest, ok := strings.CutPrefix(e.Msg, "\t"); ok && len(out) > 0 {
			// A continuation ("other declaration of f") of the error
			// before, which go build prints under it.
			out[len(out)-1].msg += fmt.Sprintf("\n\tline %d, column %d: %s", p.Line, p.Column, rest)
			continue
		}
		out = append(out, located{p.Line, p.Column, e.Msg})
	}
	if len(out) == 0 {
		return nil
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].line != out[j].line {
			return out[i].line < out[j].line
		}
		return out[i].col < out[j].col
	})
	if len(out) > maxErrors {
		out = out[:maxErrors]
	}
	first := out[0]
	e := &Error{Name: "CompileError", Value: first.msg, Line: first.line, Col: first.col}
	for i, o := range out {
		e.All = append(e.All, fmt.Sprintf("%d:%d: %s", o.line, o.col, o.msg))
		if i == 0 {
			e.Traceback = append(e.Traceback, red+e.Name+reset+": "+o.msg)
		} else {
			e.Traceback = append(e.Traceback, "", red+e.Name+reset+": "+o.msg)
		}
		e.Traceback = append(e.Traceback, quote(cell, o.line, o.col)...)
		if c.opt.Hint != nil {
			if h := c.opt.Hint(e.Name, o.msg, cellLine(cell, o.line)); h != "" {
				e.Traceback = append(e.Traceback, green+"hint"+reset+": "+h)
			}
		}
	}
	return e
}

// bodyFile is the file name program.Main gives the cell's own code.
const bodyFile = "cell"

// cellShape finds, in the program of a cell, the names its top-level
// `:=` statements declare (main's locals) and the position of its final
// expression statement (the cell's value), if the cell ends with one.
func cellShape(fset *token.FileSet, f *ast.File) (defs map[string]bool, final token.Pos) {
	defs = map[string]bool{}
	var main *ast.FuncDecl
	lastDecl := token.Position{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			if fset.Position(fd.Pos()).Filename == bodyFile {
				return defs, token.NoPos // the cell's own func main
			}
			main = fd
			continue
		}
		if p := fset.Position(d.End()); p.Filename == bodyFile && after(p, lastDecl) {
			lastDecl = p
		}
	}
	if main == nil || main.Body == nil || len(main.Body.List) == 0 {
		return defs, token.NoPos
	}
	var last ast.Stmt
	for _, s := range main.Body.List {
		if fset.Position(s.Pos()).Filename != bodyFile {
			continue // `_ = x` after a `:=`
		}
		last = s
		if as, ok := s.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					defs[id.Name] = true
				}
			}
		}
	}
	if es, ok := last.(*ast.ExprStmt); ok && !after(lastDecl, fset.Position(es.Pos())) {
		final = es.X.Pos()
	}
	return defs, final
}

func after(a, b token.Position) bool {
	return a.Line > b.Line || a.Line == b.Line && a.Column > b.Column
}

const (
	red   = "\x1b[0;31m"
	green = "\x1b[0;32m"
	reset = "\x1b[0m"
)

// quote is the cell line of an error with a caret under its column, as
// kernel/eval shows its errors.
func quote(cell string, line, col int) []string {
	src := cellLine(cell, line)
	if src == "" && (line < 1 || line > strings.Count(cell, "\n")+1) {
		return nil
	}
	pre := src
	if col-1 < len(src) {
		pre = src[:max(col-1, 0)]
	}
	pad := []rune(pre)
	for i, r := range pad {
		if r != '\t' {
			pad[i] = ' '
		}
	}
	return []string{
		fmt.Sprintf("%sline %d, column %d:%s", green, line, col, reset),
		"    " + src,
		"    " + string(pad) + red + "^" + reset,
	}
}

// cellLine is line n (1-based) of cell, or "".
func cellLine(cell string, n int) string {
	lines := strings.Split(cell, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// cellDecls is f with only the declarations that hold text of the cell:
// its own, and the generated main of its statements.
func cellDecls(fset *token.FileSet, f *ast.File) *ast.File {
	cf := *f
	cf.Decls = nil
	for _, d := range f.Decls {
		in := fset.Position(d.Pos()).Filename == bodyFile
		if fd, ok := d.(*ast.FuncDecl); ok && !in && fd.Body != nil {
			for _, st := range fd.Body.List {
				if fset.Position(st.Pos()).Filename == bodyFile {
					in = true
					break
				}
			}
		}
		if in {
			cf.Decls = append(cf.Decls, d)
		}
	}
	return &cf
}

// lower returns cell with its range-over-func loops lowered, or "" (none,
// or an edit that does not map exactly onto the cell's text).
func lower(fset *token.FileSet, pkg *types.Package, f *ast.File, info *types.Info, file []byte, cell string) string {
	edits, err := rangefunc.Edits(fset, f, info)
	if err != nil {
		edits = nil
	}
	if pkg != nil {
		// The lowerings look at the cell's declarations alone (the
		// session's, often hundreds, are lowered already).
		cf := cellDecls(fset, f)
		for _, e := range slices.Concat(minMaxEdits(pkg, cf, info), ifaceCopyEdits(pkg, cf, info), ifaceConvEdits(pkg, cf, info), operatorIfaceEdits(cf, info), iotaConstEdits(pkg, cf, info), rangeStringEdits(cf, info), rangeChanEdits(cf, info), funcConvEdits(pkg, cf, info), nilAssignEdits(pkg, cf, info), arrayPtrEdits(pkg, cf, info), methodExprEdits(pkg, cf, info), methodValueEdits(pkg, fset, cf, info), shiftConvEdits(pkg, cf, info), derefAssignEdits(pkg, cf, info), genericInitEdits(pkg, fset, cf, info), genericReturnEdits(cf, info), genericSpreadEdits(pkg, cf, info), builtinReturnEdits(cf, info), initOrderEdits(pkg, fset, cf, info), mapCommaOkEdits(pkg, cf, info)) {
			if fset.Position(e.Pos).Filename == bodyFile { // not the session's earlier cells
				edits = append(edits, e)
			}
		}
	}
	if len(edits) == 0 {
		return ""
	}
	tf := fset.File(f.Pos())
	// Offsets of the cell's lines.
	starts := []int{0}
	for i := 0; i < len(cell); i++ {
		if cell[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	offset := func(p token.Position) int {
		if p.Filename != bodyFile || p.Line < 1 || p.Line > len(starts) || p.Column < 1 {
			return -1
		}
		o := starts[p.Line-1] + p.Column - 1
		if o > len(cell) {
			return -1
		}
		return o
	}
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		start, end := offset(fset.Position(e.Pos)), offset(fset.Position(e.End))
		if start < 0 || end < start {
			return ""
		}
		// The text replaced must be the same in the cell as in the
		// program the check saw.
		ps, pe := tf.Offset(e.Pos), tf.Offset(e.End)
		if pe-ps != end-start || string(file[ps:pe]) != cell[start:end] {
			return ""
		}
		spans = append(spans, span{start, end, e.Text})
	}
	slices.SortStableFunc(spans, func(a, b span) int { return a.start - b.start })
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if sp.start < last {
			return "" // overlapping
		}
		b.WriteString(cell[last:sp.start])
		b.WriteString(sp.text)
		last = sp.end
	}
	b.WriteString(cell[last:])
	return b.String()
}
