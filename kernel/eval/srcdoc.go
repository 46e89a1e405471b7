package eval

import (
	"bytes"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"gokernel/kernel/gotool"
	gkruntime "gokernel/runtime"
)

// Inspect shows the declarations of the standard library and of the
// runtime as they are written, with parameter names, and their doc
// comments. They come from the Go source: the standard library's from
// the GOROOT of the go command on the machine (kernel/gotool), the
// runtime's from the source embedded in the binary. Each package is
// parsed once per process, when first inspected; without a toolchain
// inspect falls back to the signature from the symbol tables.

// srcEntry is one documented declaration.
type srcEntry struct{ decl, doc string }

var (
	srcMu   sync.Mutex
	srcPkgs = map[string]map[string]srcEntry{} // import path -> "Name" or "Type.Method" -> entry
)

// sourceDoc is the declaration (with parameter names) and doc comment of
// name ("Func", "Type" or "Type.Method") in the package at path.
func sourceDoc(path, name string) (decl, docText string, ok bool) {
	srcMu.Lock()
	defer srcMu.Unlock()
	pkg, done := srcPkgs[path]
	if !done {
		pkg = parsePackageDocs(path)
		srcPkgs[path] = pkg
	}
	e, ok := pkg[name]
	return e.decl, e.doc, ok
}

// packageDir is the source directory of the package at path, or "".
func packageDir(path string) string {
	if rest, ok := strings.CutPrefix(path, "gokernel/runtime/"); ok {
		root, err := gkruntime.Dir()
		if err != nil {
			return ""
		}
		return filepath.Join(root, "runtime", rest)
	}
	if strings.Contains(strings.SplitN(path, "/", 2)[0], ".") {
		return "" // not the standard library
	}
	tc, err := gotool.Find()
	if err != nil || tc.GOROOT == "" {
		return ""
	}
	return filepath.Join(tc.GOROOT, "src", path)
}

func parsePackageDocs(path string) map[string]srcEntry {
	out := map[string]srcEntry{}
	dir := packageDir(path)
	if dir == "" {
		return out
	}
	if _, err := os.Stat(dir); err != nil {
		return out
	}
	ctx := build.Default
	ctx.CgoEnabled = false
	bp, err := ctx.ImportDir(dir, 0)
	if err != nil {
		return out
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err == nil {
			files = append(files, f)
		}
	}
	dp, err := doc.NewFromFiles(fset, files, path)
	if err != nil {
		return out
	}
	qual := dp.Name + "."
	fn := func(f *doc.Func, key string) {
		f.Decl.Body = nil
		text := nodeString(fset, f.Decl)
		if f.Decl.Recv == nil {
			text = "func " + qual + strings.TrimPrefix(text, "func ")
		}
		out[key] = srcEntry{text, f.Doc}
	}
	for _, f := range dp.Funcs {
		fn(f, f.Name)
	}
	for _, t := range dp.Types {
		decl := t.Decl
		if len(decl.Specs) > 1 { // type ( A ...; B ... ): just this one
			for _, sp := range decl.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok && ts.Name.Name == t.Name {
					decl = &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{ts}}
				}
			}
		}
		out[t.Name] = srcEntry{strings.Replace(nodeString(fset, decl), "type ", "type "+qual, 1), t.Doc}
		for _, f := range t.Funcs {
			fn(f, f.Name)
		}
		for _, m := range t.Methods {
			fn(m, t.Name+"."+m.Name)
		}
	}
	return out
}

func nodeString(fset *token.FileSet, n any) string {
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}
	if err := cfg.Fprint(&b, fset, n); err != nil {
		return ""
	}
	return b.String()
}
