package modules

import (
	"bufio"
	"errors"
	"fmt"
	"go/build"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// ImportError says why a cell cannot import a package of a module.
type ImportError struct {
	// Path is the package the cell imports; Via the chain of packages it
	// imports down to the one that fails (empty when it is Path itself).
	Path string
	Via  []string
	// Reason says what is wrong with the failing package.
	Reason string
}

func (e *ImportError) Error() string {
	msg := "cannot interpret package " + e.Path + ": "
	if len(e.Via) > 0 {
		msg += "it imports " + strings.Join(e.Via, ", which imports ") + ", which "
	} else {
		msg += "it "
	}
	return msg + e.Reason
}

// pureGo and compiledHint end the reasons that only the interpreter has
// trouble with.
const (
	pureGo       = "; the interpreter runs pure Go only"
	compiledHint = ". Compiled runs can use it: %%run, or a cell that is a whole program"
)

// IsStd says whether an import path belongs to the standard library (or
// to gokernel's runtime): the go command's rule, no dot in the first
// element.
func IsStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// Check returns an *ImportError for the first of the import paths (of a
// cell) that is not in the standard library and that the interpreter
// cannot load: no module of the session provides it, or it (or a package
// it imports) uses cgo, assembly or unsafe.
func (s *Session) Check(paths []string) error {
	var third []string
	for _, p := range paths {
		if !IsStd(p) {
			third = append(third, p)
		}
	}
	if len(third) == 0 {
		return nil
	}
	mods, err := s.Modules()
	if err != nil {
		return err
	}
	for _, p := range third {
		if err := check(mods, p, map[string]bool{}); err != nil {
			err.Path = p
			return err
		}
	}
	return nil
}

// check looks at the package at path, then at the packages of modules it
// imports; a failure below path names the chain in Via.
func check(mods []Module, path string, seen map[string]bool) *ImportError {
	if seen[path] {
		return nil
	}
	seen[path] = true
	fail := func(reason string) *ImportError { return &ImportError{Reason: reason} }
	m, ok := provider(mods, path)
	if !ok {
		if len(mods) == 0 {
			return fail(fmt.Sprintf("is not in a module of the session: run %%go get %s@VERSION (or @latest) first", path))
		}
		return fail(fmt.Sprintf("is not in a module of the session (%s): run %%go get %s@VERSION (or @latest) first", modList(mods), path))
	}
	if m.Dir == "" {
		return fail(fmt.Sprintf("belongs to module %s %s, which is not downloaded: run %%go get %s@%s", m.Path, m.Version, m.Path, m.Version))
	}
	dir := filepath.Join(m.Dir, filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(path, m.Path), "/")))
	pkg, err := build.Default.ImportDir(dir, 0)
	if err != nil {
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			if f := cgoFile(dir, pkg.IgnoredGoFiles); f != "" {
				return fail(fmt.Sprintf("uses cgo (%s imports \"C\")%s%s", f, pureGo, compiledHint))
			}
		}
		if _, serr := os.Stat(dir); serr != nil {
			return fail(fmt.Sprintf("is not a package of module %s %s", m.Path, m.Version))
		}
		return fail(err.Error())
	}
	switch {
	case len(pkg.CgoFiles) > 0:
		return fail(fmt.Sprintf("uses cgo (%s imports \"C\")%s%s", pkg.CgoFiles[0], pureGo, compiledHint))
	case len(pkg.SFiles) > 0:
		return fail(fmt.Sprintf("has assembly files (%s)%s%s", strings.Join(pkg.SFiles, ", "), pureGo, compiledHint))
	case len(pkg.SysoFiles) > 0:
		return fail(fmt.Sprintf("links object files (%s)%s%s", strings.Join(pkg.SysoFiles, ", "), pureGo, compiledHint))
	case slices.Contains(pkg.Imports, "unsafe"):
		return fail("imports unsafe" + pureGo + compiledHint)
	}
	for _, imp := range pkg.Imports {
		if IsStd(imp) {
			continue
		}
		if err := check(mods, imp, seen); err != nil {
			err.Via = append([]string{imp}, err.Via...)
			return err
		}
	}
	return nil
}

func modList(mods []Module) string {
	var names []string
	for _, m := range mods {
		names = append(names, m.Path+" "+m.Version)
	}
	if len(names) > 5 {
		names = append(names[:5], "...")
	}
	return strings.Join(names, ", ")
}

// cgoFile is the first of files (in dir) that imports "C".
func cgoFile(dir string, files []string) string {
	for _, f := range files {
		if !strings.HasSuffix(f, ".go") || strings.HasSuffix(f, "_test.go") {
			continue
		}
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l == `import "C"` {
				fh.Close()
				return f
			}
		}
		fh.Close()
	}
	return ""
}

// Imports lists the import paths of a cell's import declarations (at
// bracket depth 0, anywhere in the cell, as the session allows).
func Imports(code string) []string {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(code)), []byte(code), nil, 0)
	var paths []string
	depth := 0
	next := func() (token.Token, string) {
		for {
			_, tok, lit := sc.Scan()
			if tok != token.SEMICOLON || lit != "\n" {
				return tok, lit
			}
		}
	}
	for {
		_, tok, _ := sc.Scan()
		switch tok {
		case token.EOF:
			return paths
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		case token.IMPORT:
			if depth != 0 {
				continue
			}
			tok, lit := next()
			if tok != token.LPAREN {
				if tok != token.STRING {
					tok, lit = next() // a name, "." or "_"
				}
				if p, err := strconv.Unquote(lit); tok == token.STRING && err == nil {
					paths = append(paths, p)
				}
				continue
			}
			for {
				tok, lit = next()
				if tok == token.RPAREN || tok == token.EOF {
					break
				}
				if p, err := strconv.Unquote(lit); tok == token.STRING && err == nil {
					paths = append(paths, p)
				}
			}
		}
	}
}

// SourceFS is the file system the interpreter reads package sources
// through (interp.Options.SourcecodeFilesystem): the real one, except
// that a package directory under GoPath()/src lists only the .go files
// that go/build selects. yaegi itself honours only `// +build` lines, not
// `//go:build`, and would load files meant for other systems or tags.
func (s *Session) SourceFS() fs.FS {
	return sourceFS{src: filepath.Join(s.GoPath(), "src") + string(filepath.Separator)}
}

type sourceFS struct{ src string }

// Open takes the paths yaegi builds (absolute, with the OS separator), as
// its own default file system does.
func (f sourceFS) Open(name string) (fs.File, error) { return os.Open(name) }

func (f sourceFS) ReadDir(name string) ([]fs.DirEntry, error) {
	ents, err := os.ReadDir(name)
	if err != nil || !strings.HasPrefix(name, f.src) {
		return ents, err
	}
	pkg, perr := build.Default.ImportDir(name, 0)
	if perr != nil {
		return ents, nil // yaegi reports what is wrong
	}
	keep := map[string]bool{}
	for _, g := range pkg.GoFiles {
		keep[g] = true
	}
	out := ents[:0]
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || keep[e.Name()] {
			out = append(out, e)
		}
	}
	return out, nil
}

// ReadFile and Stat go straight to the OS, as Open does.
func (f sourceFS) ReadFile(name string) ([]byte, error)  { return os.ReadFile(name) }
func (f sourceFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }
