package program

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// decl is one parsed declaration, of the session or of a cell.
type decl struct {
	src       string // as given (with its line directive)
	text      string // without the line directive
	line, col int    // its position in its cell; 0 when unknown
	ok        bool   // it parsed as one declaration
	kind      string // "import", "type", "func", "method", "var", "const"
	// keys are the names it declares; "T.M" for a method M of type T.
	keys    []string
	recv    string // a method's receiver type name
	generic bool   // a func with type parameters
	// uses are the identifiers it uses that it does not declare itself:
	// candidates for other declarations it needs (over-approximated).
	uses []string
	// free are the unresolved identifiers proper: candidates for imports.
	free    []string
	imports []importSpec
	// pos of the declaration's node in a cell's parse; for cell decls.
	node ast.Decl
}

// importSpec is one import; name is the name it binds in the file ("_"
// and "." included).
type importSpec struct {
	name, path string
	line, col  int // position of the spec in its cell; 0 when unknown
}

var lineDirective = regexp.MustCompile(`^/\*line ([^\n]*):(\d+):(\d+)\*/`)

var (
	cacheMu sync.Mutex
	cache   = map[string]*decl{}
)

const cacheMax = 1 << 13

// parseDecl parses a declaration in the form Declarations returns,
// remembering the result: sessions rebuild from the same strings often.
func parseDecl(src string) *decl {
	cacheMu.Lock()
	d, ok := cache[src]
	cacheMu.Unlock()
	if ok {
		return d
	}
	d = parseDeclText(src)
	cacheMu.Lock()
	if len(cache) >= cacheMax {
		clear(cache)
	}
	cache[src] = d
	cacheMu.Unlock()
	return d
}

func parseDeclText(src string) *decl {
	d := &decl{src: src, text: src}
	if m := lineDirective.FindStringSubmatch(src); m != nil {
		d.text = src[len(m[0]):]
		d.line, _ = strconv.Atoi(m[2])
		d.col, _ = strconv.Atoi(m[3])
		if d.line <= 0 || d.col <= 0 {
			d.line, d.col = 0, 0
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p;"+d.text+"\n", 0)
	if err != nil || len(f.Decls) != 1 {
		return d
	}
	describe(d, f.Decls[0], fset)
	d.uses, d.free = usesOf(f)
	d.ok = d.kind != ""
	return d
}

// describe fills in what a declaration declares.
func describe(d *decl, n ast.Decl, fset *token.FileSet) {
	d.node = n
	switch n := n.(type) {
	case *ast.FuncDecl:
		if n.Recv == nil {
			d.kind, d.keys = "func", []string{n.Name.Name}
			d.generic = n.Type.TypeParams != nil && len(n.Type.TypeParams.List) > 0
			return
		}
		if len(n.Recv.List) != 1 {
			return
		}
		d.kind, d.recv = "method", recvName(n.Recv.List[0].Type)
		d.keys = []string{d.recv + "." + n.Name.Name}
	case *ast.GenDecl:
		d.kind = n.Tok.String()
		for _, sp := range n.Specs {
			switch sp := sp.(type) {
			case *ast.ImportSpec:
				path, err := strconv.Unquote(sp.Path.Value)
				if err != nil {
					d.kind = ""
					return
				}
				is := importSpec{name: defaultName(path), path: path}
				if sp.Name != nil {
					is.name = sp.Name.Name
				}
				if fset != nil {
					p := fset.Position(sp.Pos())
					is.line, is.col = p.Line, p.Column
				}
				d.imports = append(d.imports, is)
			case *ast.TypeSpec:
				d.keys = append(d.keys, sp.Name.Name)
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					if n.Name != "_" {
						d.keys = append(d.keys, n.Name)
					}
				}
			}
		}
	}
}

// usesOf lists the identifiers a file uses without declaring them: the
// parser's unresolved identifiers (free), plus composite literal keys
// that did not resolve (the parser leaves them out since they may be
// field names; they may also be constants a declaration needs).
func usesOf(f *ast.File) (uses, free []string) {
	seen := map[string]bool{}
	for _, id := range f.Unresolved {
		if !seen[id.Name] {
			seen[id.Name] = true
			free = append(free, id.Name)
		}
	}
	uses = append(uses, free...)
	ast.Inspect(f, func(n ast.Node) bool {
		if kv, ok := n.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Obj == nil && !seen[id.Name] {
				seen[id.Name] = true
				uses = append(uses, id.Name)
			}
		}
		return true
	})
	return uses, free
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

// defaultName is the name an import binds without an explicit one: the
// last element of the path, skipping a major version (math/rand/v2 is
// rand).
func defaultName(path string) string {
	parts := strings.Split(path, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = parts[len(parts)-2]
	}
	return name
}

// isTestFunc says whether a top-level func is one `go test` runs.
func isTestFunc(name string) bool {
	for _, prefix := range []string{"Test", "Benchmark", "Example", "Fuzz"} {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// graph indexes live declarations by the names they declare.
type graph struct {
	decls   []*decl
	defs    map[string]int   // name -> index of its declaration (not imports)
	methods map[string][]int // type name -> its methods
}

// newGraph indexes decls; a declaration is dead (left out) when a later
// one, or one of shadow, declares one of its names, when it did not
// parse, or when it declares nothing usable (main, init, only "_").
func newGraph(decls []*decl, shadow map[string]bool) *graph {
	g := &graph{decls: decls, defs: make(map[string]int, len(decls)), methods: map[string][]int{}}
	last := make(map[string]int, len(decls))
	for i, d := range decls {
		for _, k := range d.keys {
			last[k] = i
		}
	}
	for i, d := range decls {
		if !d.ok || d.kind == "import" || len(d.keys) == 0 {
			continue
		}
		live := true
		for _, k := range d.keys {
			live = live && last[k] == i && !shadow[k] && !(d.kind == "func" && (k == "main" || k == "init"))
		}
		if !live {
			continue
		}
		for _, k := range d.keys {
			g.defs[k] = i
		}
		if d.kind == "method" {
			g.methods[d.recv] = append(g.methods[d.recv], i)
		}
	}
	return g
}

var (
	graphMu   sync.Mutex
	lastGraph *graph
)

// cachedGraph is newGraph, reusing the last graph when nothing shadows
// and the declarations are the same: every cell of a session assembles
// a program (kernel/typecheck) from declarations that rarely change.
func cachedGraph(decls []*decl, shadow map[string]bool) *graph {
	if len(shadow) > 0 {
		return newGraph(decls, shadow)
	}
	graphMu.Lock()
	g := lastGraph
	graphMu.Unlock()
	if g != nil && slices.Equal(g.decls, decls) {
		return g
	}
	g = newGraph(decls, nil)
	graphMu.Lock()
	lastGraph = g
	graphMu.Unlock()
	return g
}

// reach marks what roots need, transitively: declarations of used names,
// and the methods of every reached type name; and the session's init
// functions that use a kept variable (a registry filled by init), which
// set it up in a compiled run as they did in the session: those that
// print are left out (their output would show again).
func (g *graph) reach(roots []string) []bool {
	kept := make([]bool, len(g.decls))
	seen := map[string]bool{}
	queue := append([]string(nil), roots...)
	for {
		g.reachFrom(queue, kept, seen)
		queue = queue[:0]
		for i, d := range g.decls {
			if kept[i] || !g.initOfKept(d, kept) {
				continue
			}
			kept[i] = true
			queue = append(queue, d.uses...)
		}
		if len(queue) == 0 {
			return kept
		}
	}
}

// initOfKept reports a func init that uses a kept variable, directly or
// through the functions it calls, and prints nothing itself.
func (g *graph) initOfKept(d *decl, kept []bool) bool {
	if !d.ok || d.kind != "func" || len(d.keys) != 1 || d.keys[0] != "init" {
		return false
	}
	for _, u := range d.uses {
		switch u {
		case "fmt", "log", "os", "print", "println":
			return false
		}
	}
	// What it reaches, through the functions it calls.
	reached := make([]bool, len(g.decls))
	g.reachFrom(append([]string(nil), d.uses...), reached, map[string]bool{})
	for i, r := range reached {
		if r && kept[i] && g.decls[i].kind == "var" {
			return true
		}
	}
	return false
}

// reachFrom marks what the names in queue need, transitively.
func (g *graph) reachFrom(queue []string, kept []bool, seen map[string]bool) {
	for len(queue) > 0 {
		name := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if seen[name] {
			continue
		}
		seen[name] = true
		if t, _, ok := strings.Cut(name, "."); ok {
			queue = append(queue, t)
		}
		for _, i := range g.methods[name] {
			if !kept[i] {
				kept[i] = true
				queue = append(queue, g.decls[i].uses...)
			}
		}
		if i, ok := g.defs[name]; ok && !kept[i] {
			kept[i] = true
			queue = append(queue, g.decls[i].uses...)
		}
	}
}

// Needed returns the declarations among decls (in the form
// kernel/eval's Session.Declarations returns) that the named roots need,
// transitively, in their order: the declarations of the names the roots
// use, the methods of every needed type, and the imports they use. A root
// is a top-level name or "T.M" for a method. Declarations that a later
// one redefines, that do not parse, and func main and init are never
// needed. Parsed declarations are cached, so calling it again on a
// session's declarations is cheap.
//
//	program.Needed(decls, []string{"greet"}) // e.g. [`import "fmt"`, `func greet(n string) {...}`]
func Needed(decls []string, roots []string) []string {
	ds := make([]*decl, len(decls))
	for i, s := range decls {
		ds[i] = parseDecl(s)
	}
	g := newGraph(ds, nil)
	kept := g.reach(roots)
	var out []string
	usedImports := importsUsed(g, kept, nil)
	for i, d := range ds {
		if kept[i] || d.kind == "import" && d.ok && usedImports[i] {
			out = append(out, decls[i])
		}
	}
	return out
}

// importsUsed marks the import declarations (the last one binding each
// name) whose names the kept declarations use, leaving out names that a
// live declaration or one of defined declares.
func importsUsed(g *graph, kept []bool, defined map[string]bool) []bool {
	free := map[string]bool{}
	for i, d := range g.decls {
		if kept[i] {
			for _, n := range d.free {
				free[n] = true
			}
		}
	}
	byName := map[string]int{}
	for i, d := range g.decls {
		if d.ok && d.kind == "import" {
			for _, is := range d.imports {
				byName[is.name] = i
			}
		}
	}
	used := make([]bool, len(g.decls))
	for name, i := range byName {
		if name == "_" || name == "." {
			used[i] = true
			continue
		}
		if _, def := g.defs[name]; free[name] && !def && !defined[name] {
			used[i] = true
		}
	}
	return used
}
