package rangefunc_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"gokernel/kernel/gostd"
	"gokernel/kernel/rangefunc"
)

// imported lists the packages the test programs may import; their export
// data comes from "go list -export", as kernel/typecheck does.
var imported = []string{"encoding/binary", "errors", "fmt", "iter", "maps", "os", "slices", "sort", "strconv", "strings", "time"}

var (
	exportsOnce sync.Once
	exports     map[string]string
	exportsErr  error

	impMu  sync.Mutex
	impVal types.Importer
)

func goCommand(tb testing.TB) string {
	tb.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		tb.Skip("no go command found (exec.LookPath(\"go\")): cannot get export data or run programs")
	}
	return p
}

func goEnv() []string {
	return append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=mod")
}

// loadExports lists the export data files of the imported packages.
func loadExports(tb testing.TB) {
	tb.Helper()
	goCmd := goCommand(tb)
	exportsOnce.Do(func() {
		args := append([]string{"list", "-e", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}"}, imported...)
		cmd := exec.Command(goCmd, args...)
		cmd.Env = goEnv()
		cmd.Dir = os.TempDir()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			exportsErr = fmt.Errorf("go list: %v: %s", err, stderr.String())
			return
		}
		exports = map[string]string{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			if path, file, ok := strings.Cut(sc.Text(), "\t"); ok && file != "" {
				exports[path] = file
			}
		}
		impVal = importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
			file, ok := exports[path]
			if !ok {
				return nil, fmt.Errorf("no export data for %q", path)
			}
			return os.Open(file)
		})
	})
	if exportsErr != nil {
		tb.Fatal(exportsErr)
	}
}

type lockedImporter struct{}

func (lockedImporter) Import(path string) (*types.Package, error) {
	impMu.Lock()
	defer impMu.Unlock()
	return impVal.Import(path)
}

// checked is a parsed and type-checked program.
type checked struct {
	fset *token.FileSet
	file *ast.File
	info *types.Info
	pkg  *types.Package
}

// check parses and type-checks src as package main.
func check(tb testing.TB, src []byte) (*checked, error) {
	tb.Helper()
	loadExports(tb)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: lockedImporter{}, GoVersion: "go1.26"}
	pkg, err := conf.Check("main", fset, []*ast.File{f}, info)
	if err != nil {
		return nil, err
	}
	return &checked{fset, f, info, pkg}, nil
}

// lower type-checks src and applies the edits of its range-over-func loops.
func lower(tb testing.TB, src []byte) ([]byte, error) {
	tb.Helper()
	c, err := check(tb, src)
	if err != nil {
		tb.Fatalf("original does not type-check: %v", err)
	}
	edits, err := rangefunc.Edits(c.fset, c.file, c.info)
	if err != nil {
		return nil, err
	}
	return rangefunc.Apply(src, c.fset.File(c.file.Pos()), edits)
}

// funcRanges returns the positions of the range statements over functions.
func funcRanges(c *checked) []token.Position {
	var ps []token.Position
	ast.Inspect(c.file, func(n ast.Node) bool {
		if rs, ok := n.(*ast.RangeStmt); ok {
			t := c.info.TypeOf(rs.X)
			if t == nil {
				ps = append(ps, c.fset.Position(rs.For))
			} else if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
				if _, ok := tp.Underlying().(*types.Interface); !ok {
					ps = append(ps, c.fset.Position(rs.For))
				}
			} else if _, ok := t.Underlying().(*types.Signature); ok {
				ps = append(ps, c.fset.Position(rs.For))
			}
		}
		return true
	})
	return ps
}

// identLines counts the (name, line) pairs of the identifiers of the
// user, leaving out labels and generated names.
func identLines(tb testing.TB, src []byte) map[string]int {
	tb.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.SkipObjectResolution)
	if err != nil {
		tb.Fatal(err)
	}
	labels := map[*ast.Ident]bool{} // and loop variables, which go to the line of the "{"
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok && fset.Position(id.Pos()).Line != fset.Position(n.Body.Lbrace).Line {
					labels[id] = true
				}
			}
		case *ast.LabeledStmt:
			labels[n.Label] = true
		case *ast.BranchStmt:
			if n.Label != nil {
				labels[n.Label] = true
			}
		}
		return true
	})
	m := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !labels[id] && !strings.HasPrefix(id.Name, "_gkrf") {
			m[fmt.Sprintf("%s@%d", id.Name, fset.Position(id.Pos()).Line)]++
		}
		return true
	})
	return m
}

// checkLines requires the rewritten text to have the lines of the
// original, every identifier of the user on its line.
func checkLines(t *testing.T, orig, out []byte) {
	t.Helper()
	if a, b := bytes.Count(orig, []byte("\n")), bytes.Count(out, []byte("\n")); a != b {
		t.Errorf("rewritten text has %d newlines, original %d", b, a)
	}
	o, n := identLines(t, orig), identLines(t, out)
	var missing []string
	for k, c := range o {
		if n[k] < c {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("identifiers moved off their lines: %v", missing)
	}
}

type runResult struct {
	out string
	err error
}

// goRun builds the programs (name -> source) in one go build and runs
// them, as "go run" would.
func goRun(t *testing.T, progs map[string][]byte) map[string]runResult {
	t.Helper()
	goCmd := goCommand(t)
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "go.mod"), []byte("module rftest\n\ngo 1.26\n"))
	var names []string
	for name, src := range progs {
		names = append(names, name)
		write(filepath.Join(dir, name, "main.go"), src)
	}
	sort.Strings(names)
	bin := filepath.Join(dir, "bin")
	gocmd := func(ctx context.Context, args ...string) *exec.Cmd {
		cmd := exec.CommandContext(ctx, goCmd, args...)
		cmd.Dir, cmd.Env = dir, goEnv()
		return cmd
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	res := map[string]runResult{}
	if out, err := gocmd(ctx, "build", "-o", bin+string(filepath.Separator), "./...").CombinedOutput(); err != nil {
		// Find which fail: "go run" each.
		t.Logf("go build: %v\n%s", err, out)
		for _, name := range names {
			var stdout, stderr bytes.Buffer
			cmd := gocmd(ctx, "run", "./"+name)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if err != nil {
				err = fmt.Errorf("go run: %v: %s", err, stderr.String())
			}
			res[name] = runResult{stdout.String(), err}
		}
		return res
	}
	for _, name := range names {
		rctx, rcancel := context.WithTimeout(ctx, 20*time.Second)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(rctx, filepath.Join(bin, filepath.Base(name)))
		cmd.Dir = dir
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		rcancel()
		if err != nil {
			err = fmt.Errorf("%v: %s", err, stderr.String())
		}
		res[name] = runResult{stdout.String(), err}
	}
	return res
}

// gostdSources are the sources of the standard packages yaegi lacks
// (package iter), compiled into each interpreter after the symbols.
var gostdSources = gostd.Sources

// yaegiRun runs src in yaegi with the standard library symbols; Eval of a
// main package runs its main.
func yaegiRun(src []byte) (out string, err error) {
	var buf bytes.Buffer
	done := make(chan struct{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	go func() {
		defer close(done)
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("yaegi panicked: %v\n%s", p, debug.Stack())
			}
		}()
		i := interp.New(interp.Options{Stdout: &buf, Stderr: io.Discard})
		if err = i.Use(stdlib.Symbols); err != nil {
			return
		}
		for _, s := range gostdSources {
			if _, err = i.Compile(s); err != nil {
				return
			}
		}
		_, err = i.EvalWithContext(ctx, string(src))
	}()
	select {
	case <-done:
	case <-time.After(40 * time.Second):
		return buf.String(), errors.New("yaegi: timed out")
	}
	return buf.String(), err
}
