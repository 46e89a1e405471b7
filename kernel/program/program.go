// Package program assembles real Go programs from what a notebook session
// holds, for the go command to build: the program of a `%%run` cell
// (Main), a cell that is a whole program (Program), a native child process
// serving session functions (Child) and the session's tests (Tests).
//
// Declarations come in the form kernel/eval's Session.Declarations
// returns them: one declaration each, optionally prefixed with a
// `/*line _.go:L:C*/` directive giving its place in the cell that
// declared it. Programs keep only the declarations they need (a stale
// one that no longer compiles does no harm unless used), import what
// they use (cells use standard and runtime packages without importing
// them) and carry line directives, so that the compiler's errors, panics'
// stack traces and race reports name cell lines.
//
// The package only manipulates source; it never runs the go command.
package program

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"gokernel/kernel/varorder"
)

// Options configure how programs are assembled.
type Options struct {
	// Resolve maps a package name that code uses without importing it
	// to an import path; nil means DefaultResolve.
	Resolve func(name string) (path string, ok bool)
	// BodyFile is the file name that line directives give the cell's own
	// code, so that errors read "cell:3:5: ..."; default "cell".
	BodyFile string
	// DeclFile is the file name for the session's declarations, at
	// their places in the cells that declared them; default "session".
	DeclFile string
}

func (o Options) norm() Options {
	if o.Resolve == nil {
		o.Resolve = DefaultResolve
	}
	if o.BodyFile == "" {
		o.BodyFile = "cell"
	}
	if o.DeclFile == "" {
		o.DeclFile = "session"
	}
	return o
}

// Source is an assembled program: a package main for the go command.
type Source struct {
	// Files maps file names to contents: "main.go", and for Tests
	// "main_test.go".
	Files map[string][]byte
	// Decls are the session declarations the program keeps, in order,
	// as they were given.
	Decls []string
	// Imports are the program's import paths, sorted. A path under
	// "gokernel/" needs the gokernel module to build.
	Imports []string
	// Registered are the functions the program registers with
	// processes.Register: its child processes can run them.
	Registered []string
}

// MainFile is the name of the file holding func main.
const MainFile = "main.go"

// TestFile is the name of the test file Tests writes.
const TestFile = "main_test.go"

// ErrNoTests is Tests' error when the session has no test functions.
var ErrNoTests = errors.New("the session declares no Test, Benchmark, Example or Fuzz functions")

// IsProgram reports whether a cell is a complete program: its first token
// (after comments) is `package`.
//
//	program.IsProgram("package main\nfunc main() {}") // true
func IsProgram(cell string) bool {
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(cell)), []byte(cell), nil, 0)
	_, tok, _ := s.Scan()
	return tok == token.PACKAGE
}

// errorAt is an error at a position of a file, in the form parse errors
// take.
func errorAt(file string, line, col int, format string, args ...any) error {
	var list scanner.ErrorList
	list.Add(token.Position{Filename: file, Line: line, Column: col}, fmt.Sprintf(format, args...))
	return list
}

// Main assembles the program a `%%run` cell runs: the session's
// declarations that the cell needs (transitively), the cell's own
// declarations (which replace session ones of the same name) and the
// cell's statements, in order, as the body of func main. Declarations and
// statements may be mixed in any order. A top-level `x := ...` declares a
// local of main, which may stay unused. A cell that declares func main
// and has no statements uses its own. If the program uses
// runtime/processes, it registers its functions and serves as its own
// child process (started with processes.ChildCommand), so Process and
// Pool work with the cell's functions.
//
// Errors in the cell come back as a scanner.ErrorList in cell positions
// (Options.BodyFile).
//
//	src, err := program.Main(s.Declarations(), "fmt.Println(greet(\"Ann\"))", program.Options{})
//	os.WriteFile(filepath.Join(dir, "main.go"), src.Files["main.go"], 0o644)
func Main(decls []string, cell string, opt Options) (*Source, error) {
	opt = opt.norm()
	if IsProgram(cell) {
		return nil, errorAt(opt.BodyFile, 1, 1, "this cell is a complete program (it starts with package): run it as a program")
	}
	units, err := splitCell(cell, opt.BodyFile)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var errs scanner.ErrorList
	addErr := func(err error) {
		var list scanner.ErrorList
		if errors.As(err, &list) {
			errs = append(errs, list...)
		} else {
			errs.Add(token.Position{Filename: opt.BodyFile}, err.Error())
		}
	}
	var cellDecls []*decl
	var cellImports []importSpec
	type stmt struct {
		u    unit
		defs []string // names its top-level `:=` declares
	}
	var body []stmt
	var cellMain *decl
	texts, stmts := make([]string, len(units)), make([]bool, len(units))
	for i, u := range units {
		texts[i], stmts[i] = u.text, !u.decl
	}
	sessionVars := map[string]bool{}
	for _, d := range decls {
		if pd := parseDecl(d); pd.ok && pd.kind == "var" {
			for _, k := range pd.keys {
				sessionVars[k] = true
			}
		}
	}
	inOrder := varorder.InOrder(texts, stmts, func(name string) bool { return sessionVars[name] })
	for i, u := range units {
		if u.decl && !inOrder[i] {
			n, f, err := parseDeclUnit(fset, u, opt.BodyFile)
			if err != nil {
				addErr(err)
				continue
			}
			d := &decl{src: u.text, text: u.text, line: u.line, col: u.col}
			describe(d, n, fset)
			d.uses, d.free = usesOf(f)
			d.ok = d.kind != ""
			if !d.ok {
				addErr(errorAt(opt.BodyFile, u.line, u.col, "cannot use this declaration"))
				continue
			}
			if d.kind == "import" {
				cellImports = append(cellImports, d.imports...)
				continue
			}
			if d.kind == "func" && d.keys[0] == "main" {
				cellMain = d
			}
			cellDecls = append(cellDecls, d)
			continue
		}
		fd, _, err := parseStmtUnit(fset, u, opt.BodyFile)
		if err != nil {
			addErr(err)
			continue
		}
		st := stmt{u: u}
		for _, s := range fd.Body.List {
			if as, ok := s.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, l := range as.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
						st.defs = append(st.defs, id.Name)
					}
				}
			}
		}
		body = append(body, st)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	if cellMain != nil && len(body) > 0 {
		return nil, errorAt(opt.BodyFile, cellMain.line, cellMain.col,
			"the cell's statements are its func main, so it cannot also declare one (a cell starting with `package main` is a whole program)")
	}

	// The statements together, to tell main's locals from what they
	// use of the session.
	var bw strings.Builder
	bw.WriteString("package p;func main(){")
	for _, st := range body {
		bw.WriteString(directive(opt.BodyFile, st.u.line, st.u.col) + st.u.text + "\n")
	}
	bw.WriteString("}")
	bf, err := parser.ParseFile(fset, opt.BodyFile, bw.String(), 0)
	if err != nil {
		return nil, err
	}
	bodyUses, bodyFree := usesOf(bf)

	shadow := map[string]bool{}
	roots := append([]string(nil), bodyUses...)
	free := map[string]bool{}
	for _, n := range bodyFree {
		free[n] = true
	}
	for _, d := range cellDecls {
		for _, k := range d.keys {
			shadow[k] = true
			roots = append(roots, k) // their types' session methods
		}
		roots = append(roots, d.uses...)
		for _, n := range d.free {
			free[n] = true
		}
	}
	p := assemble(decls, shadow, roots, free, cellDecls, opt)
	p.cellImports = cellImports
	w, src := p.begin(true)
	for _, d := range cellDecls {
		emitDecl(w, opt.BodyFile, d)
	}
	if cellMain == nil {
		w.code("func main() {\n")
		for _, st := range body {
			w.at(opt.BodyFile, st.u.line, st.u.col, st.u.text+"\n")
			if len(st.defs) > 0 {
				// A notebook's top-level names may stay unused.
				w.code("_ = " + strings.Join(st.defs, "; _ = ") + "\n")
			}
		}
		w.code("}\n")
	}
	return p.finish(w, src, fset)
}

// program is a program being assembled from session and cell
// declarations.
type program struct {
	opt         Options
	session     []*decl
	g           *graph
	kept        []bool
	cell        []*decl
	cellImports []importSpec
	free        map[string]bool
	imports     *importSet
	register    []string
	child       bool
}

// assemble picks the session declarations that roots need, besides the
// cell's declarations (whose names shadow), and the names left to import.
func assemble(decls []string, shadow map[string]bool, roots []string, free map[string]bool, cell []*decl, opt Options) *program {
	p := &program{opt: opt, cell: cell, free: free}
	p.session = make([]*decl, len(decls))
	for i, s := range decls {
		p.session[i] = parseDecl(s)
	}
	p.g = cachedGraph(p.session, shadow)
	p.kept = p.g.reach(roots)
	for i, d := range p.session {
		if p.kept[i] {
			for _, n := range d.free {
				p.free[n] = true
			}
		}
	}
	return p
}

// defined are the top-level names the program declares.
func (p *program) defined() map[string]bool {
	def := map[string]bool{}
	for i, d := range p.session {
		if p.kept[i] {
			for _, k := range d.keys {
				def[k] = true
			}
		}
	}
	for _, d := range p.cell {
		for _, k := range d.keys {
			def[k] = true
		}
	}
	return def
}

// funcs are the program's top-level non-generic functions.
func (p *program) funcs() []string {
	var out []string
	add := func(d *decl) {
		if d.kind == "func" && !d.generic && d.keys[0] != "main" && d.keys[0] != "init" && d.keys[0] != "_" {
			out = append(out, d.keys[0])
		}
	}
	for i, d := range p.session {
		if p.kept[i] {
			add(d)
		}
	}
	for _, d := range p.cell {
		add(d)
	}
	return out
}

// sessionImports are the session's live imports.
func (p *program) sessionImports() []importSpec {
	var out []importSpec
	for _, d := range p.session {
		if d.ok && d.kind == "import" {
			for _, is := range d.imports {
				is.line, is.col = 0, 0 // a session import's place is not known
				out = append(out, is)
			}
		}
	}
	return out
}

// begin writes the package clause, the imports and the kept session
// declarations. withInit adds the registration of functions for child
// processes when the program uses runtime/processes.
func (p *program) begin(withInit bool) (*writer, *Source) {
	p.imports = resolveImports(p.free, p.defined(), p.cellImports, p.sessionImports(), p.opt.Resolve)
	src := &Source{Files: map[string][]byte{}}
	if withInit && (p.child || p.imports.has(processesPath)) {
		if !p.child {
			p.register = p.funcs()
		}
		src.Registered = p.register
	}
	w := newWriter(MainFile)
	w.write(header + "\n")
	var glue []importSpec
	if src.Registered != nil || p.child {
		glue = glueImports
	}
	p.imports.emit(w, p.opt.BodyFile, glue...)
	for i, d := range p.session {
		if p.kept[i] && d.kind != "import" {
			emitDecl(w, p.opt.DeclFile, d)
			src.Decls = append(src.Decls, d.src)
		}
	}
	src.Imports = p.imports.paths()
	if glue != nil && !slices.Contains(src.Imports, processesPath) {
		src.Imports = append(src.Imports, processesPath)
		slices.Sort(src.Imports)
	}
	return w, src
}

// childVars are the package-level variables of a child program: its
// parent sets those that hold shared objects (processes.RegisterVar).
func (p *program) childVars() []string {
	if !p.child {
		return nil
	}
	var out []string
	for i, d := range p.session {
		if p.kept[i] && d.kind == "var" {
			for _, k := range d.keys {
				if k != "_" {
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// finish adds the registration of child functions and checks that the
// file parses (it does when its pieces did; this makes sure).
func (p *program) finish(w *writer, src *Source, fset *token.FileSet) (*Source, error) {
	if src.Registered != nil || p.child {
		w.code(registerInit(p.register, p.child, p.childVars()))
	}
	out := w.bytes()
	if _, err := parser.ParseFile(fset, MainFile, out, 0); err != nil {
		return nil, err
	}
	src.Files[MainFile] = out
	return src, nil
}

// Program takes a cell that is a complete program (package main with
// func main; see IsProgram) as its own file, exact Go except that
// imports of gokernel runtime packages it uses without importing them are
// added (on its first line, which keeps every position). It also returns
// the cell's declarations, without the package clause, func main and
// init, in the form kernel/eval's Session.Declarations returns, so that
// the session can take them over.
//
//	src, decls, err := program.Program("package main\n\nfunc main() { println(1) }", program.Options{})
func Program(cell string, opt Options) (src *Source, decls []string, err error) {
	opt = opt.norm()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, opt.BodyFile, cell, parser.ParseComments)
	if err != nil {
		return nil, nil, err
	}
	if f.Name.Name != "main" {
		p := fset.Position(f.Name.Pos())
		return nil, nil, errorAt(opt.BodyFile, p.Line, p.Column, "a program is package main, not package %s", f.Name.Name)
	}
	top := map[string]bool{}
	hasMain := false
	offset := func(pos token.Pos) int { return fset.File(f.Pos()).Offset(pos) }
	for _, d := range f.Decls {
		start := d.Pos()
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name == "main" {
				hasMain = true
				continue
			}
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			if d.Recv == nil {
				top[d.Name.Name] = true
				if d.Name.Name == "init" {
					continue
				}
			}
		case *ast.GenDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			if d.Tok == token.IMPORT {
				for _, sp := range d.Specs {
					is := sp.(*ast.ImportSpec)
					if is.Name != nil {
						decls = append(decls, "import "+is.Name.Name+" "+is.Path.Value)
					} else {
						decls = append(decls, "import "+is.Path.Value)
					}
				}
				continue
			}
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					top[sp.Name.Name] = true
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						top[n.Name] = true
					}
				}
			}
		}
		line, col := lineCol(cell, offset(start))
		decls = append(decls, directive("_.go", line, col)+cell[offset(start):offset(d.End())])
	}
	if !hasMain {
		p := fset.Position(f.Package)
		return nil, nil, errorAt(opt.BodyFile, p.Line, p.Column, "a program needs func main")
	}
	imported := map[string]bool{}
	var paths []string
	for _, is := range f.Imports {
		path, _ := strconv.Unquote(is.Path.Value)
		name := defaultName(path)
		if is.Name != nil {
			name = is.Name.Name
		}
		imported[name] = true
		paths = append(paths, path)
	}
	_, free := usesOf(f)
	var add strings.Builder
	for _, n := range free {
		if path, ok := Runtime[n]; ok && !top[n] && !imported[n] {
			fmt.Fprintf(&add, "; import %s %q", n, path)
			paths = append(paths, path)
		}
	}
	text := directive(opt.BodyFile, 1, 1) + cell
	if add.Len() > 0 {
		end := offset(f.Name.End())
		line, col := lineCol(cell, end)
		text = directive(opt.BodyFile, 1, 1) + cell[:end] + add.String() + directive(opt.BodyFile, line, col) + cell[end:]
	}
	slices.Sort(paths)
	return &Source{Files: map[string][]byte{MainFile: []byte(text)}, Imports: slices.Compact(paths)}, decls, nil
}

// Child assembles a program that serves as a native child process of
// runtime/processes (started as `BINARY __child`): the session
// declarations that the targets need, an init that registers each target
// under its name with processes.Register, and a main that returns
// processes.RunChild(nil) as its exit code. Each target must be a
// top-level non-generic function of the session.
//
//	src, err := program.Child(s.Declarations(), []string{"square"}, program.Options{})
func Child(decls []string, targets []string, opt Options) (*Source, error) {
	opt = opt.norm()
	if len(targets) == 0 {
		return nil, errors.New("a child process needs at least one function to run")
	}
	p := assemble(decls, nil, targets, map[string]bool{}, nil, opt)
	for _, t := range targets {
		i, ok := p.g.defs[t]
		if !ok {
			return nil, fmt.Errorf("%s is not a function declared in the session", t)
		}
		d := p.session[i]
		switch {
		case d.kind != "func":
			return nil, fmt.Errorf("%s is a %s of the session, not a function: a child process runs a function", t, d.kind)
		case d.generic:
			return nil, fmt.Errorf("%s is a generic function: a child process runs a function whose types are known", t)
		}
	}
	p.child, p.register = true, targets
	w, src := p.begin(true)
	return p.finish(w, src, token.NewFileSet())
}

// Tests assembles the session's tests for `go test`: a package main
// whose main.go holds the declarations they need and an empty func main,
// and whose main_test.go holds the Test, Benchmark, Example and Fuzz
// functions (and TestMain). It returns their names in declaration order,
// or ErrNoTests.
//
//	src, names, err := program.Tests(s.Declarations(), program.Options{})
func Tests(decls []string, opt Options) (*Source, []string, error) {
	opt = opt.norm()
	session := make([]*decl, len(decls))
	for i, s := range decls {
		session[i] = parseDecl(s)
	}
	g := newGraph(session, nil)
	var names []string
	isTest := map[int]bool{}
	for i, d := range session {
		if d.ok && d.kind == "func" && isTestFunc(d.keys[0]) && g.defs[d.keys[0]] == i {
			names = append(names, d.keys[0])
			isTest[i] = true
		}
	}
	if len(names) == 0 {
		return nil, nil, ErrNoTests
	}
	kept := g.reach(names)
	defined := map[string]bool{}
	for i, d := range session {
		if kept[i] {
			for _, k := range d.keys {
				defined[k] = true
			}
		}
	}
	src := &Source{Files: map[string][]byte{}}
	var all []string
	for _, testFile := range []bool{false, true} {
		free := map[string]bool{}
		for i, d := range session {
			if kept[i] && isTest[i] == testFile {
				for _, n := range d.free {
					free[n] = true
				}
			}
		}
		p := &program{opt: opt, session: session, g: g, free: free}
		imports := resolveImports(free, defined, nil, p.sessionImports(), opt.Resolve)
		name := MainFile
		if testFile {
			name = TestFile
		}
		w := newWriter(name)
		w.write(header + "\n")
		imports.emit(w, opt.BodyFile)
		for i, d := range session {
			if kept[i] && isTest[i] == testFile {
				emitDecl(w, opt.DeclFile, d)
			}
		}
		if !testFile {
			w.code("func main() {}\n")
		}
		out := w.bytes()
		if _, err := parser.ParseFile(token.NewFileSet(), name, out, 0); err != nil {
			return nil, nil, err
		}
		src.Files[name] = out
		all = append(all, imports.paths()...)
	}
	for i, d := range session {
		if kept[i] {
			src.Decls = append(src.Decls, d.src)
		}
	}
	slices.Sort(all)
	src.Imports = slices.Compact(all)
	return src, names, nil
}
