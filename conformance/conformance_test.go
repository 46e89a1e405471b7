package conformance_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/gotool"
)

var (
	update = flag.Bool("update", false, "rewrite testdata/*.out|*.err from the go command, known_failures.txt and RESULTS.md")
	only   = flag.String("only", "", "run only the programs whose name matches this regexp (the list is then not checked for programs left out)")
	jobs   = flag.Int("jobs", 2, "programs run at the same time")
	binary = flag.String("kernel", "", "use this gokernel binary instead of building one from the tree")
	golden = flag.Bool("golden", false, "run every program with the go command again, also where testdata/GOLDEN.sum vouches for its output")
	share  = flag.Int("share", 2, "a plain run (without -update or -only) takes one program in N, in name order, to keep CI under 30 minutes; -share=1 runs every program")
	interp = flag.Bool("interp", false, "run the whole-interp form too (-update always does): it is left out of plain runs to keep CI under 30 minutes")
)

// kernelBin is the gokernel binary under test, built by TestMain.
var (
	kernelBin string
	buildErr  error
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "gokernel-conformance-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	kernelBin = filepath.Join(dir, "gokernel")
	if *binary != "" {
		kernelBin = *binary
	} else if out, err := exec.Command("go", "build", "-o", kernelBin, "gokernel").CombinedOutput(); err != nil {
		buildErr = fmt.Errorf("build gokernel: %v\n%s", err, out)
	}
	if buildErr == nil {
		fillTypecheckCache(filepath.Join(dir, "typecheck-cache"))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// fillTypecheckCache gives every kernel of the suite the type-check cache
// that a kernel with a toolchain fills, filled now: the whole-interp
// form (no toolchain) then checks cells from it, the same in every run
// whatever runs first, as on a learner's machine where the kernel ran
// once with Go installed.
func fillTypecheckCache(dir string) {
	env := "GOKERNEL_TYPECHECK_CACHE=" + dir
	for i := range forms {
		forms[i].Env = append(forms[i].Env, env)
	}
	if _, err := gotool.Find(); err != nil {
		return // nothing can fill it: whole-interp runs unchecked
	}
	// A cell that imports every package the programs import, so the
	// cache has them all (a learner's cache has what their cells used).
	paths := map[string]bool{}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.go"))
	for _, file := range files {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, im := range f.Imports {
			paths[strings.Trim(im.Path.Value, "\"")] = true
		}
	}
	src := "import (\n"
	for _, p := range slices.Sorted(maps.Keys(paths)) {
		src += "\t_ " + strconv.Quote(p) + "\n"
	}
	src += ")\nfmt.Println(threads.NewLock() != nil)"
	nbJSON, err := json.Marshal(map[string]any{"cells": []any{map[string]any{"cell_type": "code", "metadata": map[string]any{}, "source": src, "outputs": []any{}, "execution_count": nil}},
		"metadata": map[string]any{}, "nbformat": 4, "nbformat_minor": 5})
	if err != nil {
		return
	}
	nb := filepath.Join(filepath.Dir(dir), "fill.ipynb")
	if err := os.WriteFile(nb, nbJSON, 0o644); err != nil {
		return
	}
	cmd := exec.Command(kernelBin, "run", nb)
	cmd.Env = append(os.Environ(), env, "GOKERNEL_TYPECHECK=wait")
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "filling the type-check cache: %v\n%s", err, out)
	}
}

func needKernel(t *testing.T) {
	t.Helper()
	if buildErr == nil {
		return
	}
	if os.Getenv("GOKERNEL_REQUIRE_BINARY") == "1" {
		t.Fatal(buildErr)
	}
	t.Skipf("gokernel binary does not build (set GOKERNEL_REQUIRE_BINARY=1 to fail instead): %v", buildErr)
}

// expected is what `go run` does with a program.
type expected struct {
	Stdout string
	// Stderr is the program's standard error, a panic's trace cut after
	// its message (goroutine dumps and addresses vary between runs).
	Stderr string
	Exit   int
}

// panicMessage is the first line of a panic or fatal error, without
// "panic: ", or "" when the program ends normally.
func (e expected) panicMessage() string {
	if e.Exit == 0 {
		return ""
	}
	line, _, _ := strings.Cut(e.Stderr, "\n")
	if m, ok := strings.CutPrefix(line, "panic: "); ok {
		return strings.TrimSuffix(m, " [recovered]")
	}
	return line
}

// program is one conformance program and its split form.
type program struct {
	Name string // file name without .go
	Path string
	Src  string
	Want expected

	Decls, Stmts string // the split form
}

const testdata = "testdata"

// loadPrograms reads testdata/*.go (filtered by -only) and their golden
// files (absent ones stay zero, for -update).
func loadPrograms(t *testing.T) []*program {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testdata, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in %s: %v", testdata, err)
	}
	var re *regexp.Regexp
	if *only != "" {
		re = regexp.MustCompile(*only)
	}
	var progs []*program
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		if re != nil && !re.MatchString(name) {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := &program{Name: name, Path: f, Src: string(src)}
		p.Decls, p.Stmts, err = split(p.Src)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		p.Want, _ = readGolden(name)
		progs = append(progs, p)
	}
	return progs
}

// readGolden reads testdata/NAME.out and, when the program writes to
// standard error or fails, testdata/NAME.err (its stderr, then "exit
// status N" when N is not 0).
func readGolden(name string) (expected, error) {
	var e expected
	out, err := os.ReadFile(filepath.Join(testdata, name+".out"))
	if err != nil {
		return e, err
	}
	e.Stdout = string(out)
	errText, err := os.ReadFile(filepath.Join(testdata, name+".err"))
	if errors.Is(err, os.ErrNotExist) {
		return e, nil
	} else if err != nil {
		return e, err
	}
	e.Stderr = string(errText)
	lines := strings.SplitAfter(strings.TrimSuffix(e.Stderr, "\n"), "\n")
	if last := lines[len(lines)-1]; strings.HasPrefix(last, "exit status ") {
		e.Exit, _ = strconv.Atoi(strings.TrimPrefix(last, "exit status "))
		e.Stderr = strings.Join(lines[:len(lines)-1], "")
	}
	return e, nil
}

func writeGolden(name string, e expected) error {
	if err := os.WriteFile(filepath.Join(testdata, name+".out"), []byte(e.Stdout), 0o644); err != nil {
		return err
	}
	errFile := filepath.Join(testdata, name+".err")
	if e.Stderr == "" && e.Exit == 0 {
		if err := os.Remove(errFile); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	text := e.Stderr
	if e.Exit != 0 {
		text += fmt.Sprintf("exit status %d\n", e.Exit)
	}
	return os.WriteFile(errFile, []byte(text), 0o644)
}

// goRun builds the program with the go command (inside this module, so
// that gokernel/runtime/... resolve) and runs it: the reference.
func goRun(tc *gotool.Toolchain, dir string, p *program) (expected, error) {
	var e expected
	abs, err := filepath.Abs(p.Path)
	if err != nil {
		return e, err
	}
	bin := filepath.Join(dir, p.Name)
	build := exec.Command(tc.Go, "build", "-ldflags=-s -w", "-o", bin, abs)
	if out, err := build.CombinedOutput(); err != nil {
		return e, fmt.Errorf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		e.Exit = exit.ExitCode()
	} else if err != nil {
		return e, err
	}
	if ctx.Err() != nil {
		return e, fmt.Errorf("did not finish in 20s")
	}
	e.Stdout, e.Stderr = stdout.String(), cutTrace(stderr.String())
	return e, nil
}

// cutTrace keeps a panic's or fatal error's message and drops the
// goroutine dump and signal details that follow it.
func cutTrace(s string) string {
	for _, mark := range []string{"\n[signal ", "\ngoroutine "} {
		if i := strings.Index(s, mark); i >= 0 {
			s = s[:i+1]
		}
	}
	return strings.TrimRight(s, "\n") + map[bool]string{true: "\n"}[s != ""]
}

// forEach runs f on every program, *jobs at a time.
func forEach[T any](items []T, f func(T)) { forEachN(*jobs, items, f) }

// forEachN runs f on items, n at a time.
func forEachN[T any](n int, items []T, f func(T)) {
	sem := make(chan struct{}, max(1, n))
	var wg sync.WaitGroup
	for _, it := range items {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			f(it)
		})
	}
	wg.Wait()
}

// TestGolden checks (or with -update writes) every program's expected
// output against a build by the go command: the outputs the kernel is
// compared with are always Go's own. testdata/GOLDEN.sum, written with
// them, vouches for a program whose source and output files are those
// the go command of the version it names ran and wrote: such a program is
// not run again (-golden runs them all); any change to the program, its
// output files or the Go version, and it is.
func TestGolden(t *testing.T) {
	tc, err := gotool.Find()
	if err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	progs := loadPrograms(t)
	sums, err := readSums()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var mu sync.Mutex
	vouched := 0
	forEach(progs, func(p *program) {
		if !*update && !*golden && sums[p.Name] == goldenSum(tc.Version, p) {
			mu.Lock()
			vouched++
			mu.Unlock()
			return
		}
		got, err := goRun(tc, dir, p)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case err != nil:
			t.Errorf("%s: %v", p.Name, err)
		case *update:
			if err := writeGolden(p.Name, got); err != nil {
				t.Error(err)
			}
			p.Want = got
		case got != p.Want:
			t.Errorf("%s: go run gives\n%+v\ntestdata has\n%+v\n(run go test ./conformance -update)", p.Name, got, p.Want)
		}
	})
	t.Logf("%d programs run with %s, %d vouched for by %s", len(progs)-vouched, tc.Version, vouched, sumFile)
	if !*update {
		return
	}
	// Programs must be deterministic: a second run must agree.
	forEach(progs, func(p *program) {
		got, err := goRun(tc, dir, p)
		if err == nil && got != p.Want {
			t.Errorf("%s is not deterministic: %+v then %+v", p.Name, p.Want, got)
		}
	})
	if t.Failed() {
		return
	}
	for _, p := range progs {
		sums[p.Name] = goldenSum(tc.Version, p)
	}
	if err := writeSums(sums); err != nil {
		t.Fatal(err)
	}
}

const sumFile = "GOLDEN.sum"

// goldenSum is a program's line of GOLDEN.sum: the Go version that ran
// it and the hash of its source and its output files.
func goldenSum(goVersion string, p *program) string {
	h := sha256.New()
	for _, f := range []string{".go", ".out", ".err"} {
		data, err := os.ReadFile(filepath.Join(testdata, p.Name+f))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "" // vouches for nothing
		}
		fmt.Fprintf(h, "%s %d\n", f, len(data))
		h.Write(data)
	}
	return fmt.Sprintf("%s %x", goVersion, h.Sum(nil))
}

// readSums reads GOLDEN.sum: program name -> its goldenSum.
func readSums() (map[string]string, error) {
	sums := map[string]string{}
	data, err := os.ReadFile(filepath.Join(testdata, sumFile))
	if errors.Is(err, os.ErrNotExist) {
		return sums, nil
	} else if err != nil {
		return nil, err
	}
	for line := range strings.Lines(string(data)) {
		if name, sum, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			sums[name] = sum
		}
	}
	return sums, nil
}

func writeSums(sums map[string]string) error {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(sums)) {
		if _, err := os.Stat(filepath.Join(testdata, name+".go")); err != nil {
			continue // a program since removed
		}
		fmt.Fprintf(&b, "%s %s\n", name, sums[name])
	}
	return os.WriteFile(filepath.Join(testdata, sumFile), []byte(b.String()), 0o644)
}

// split cuts a program into what a learner types in two cells: its
// declarations (imports, types, funcs but main, consts, vars, each with
// its doc comment) and main's body, one tab less indented. A return in
// main's body ends the statements cell, as it ends main.
func split(src string) (decls, stmts string, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		return "", "", err
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	var parts []string
	var main *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			main = fd
			continue
		}
		start := d.Pos()
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		case *ast.GenDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		}
		parts = append(parts, src[off(start):off(d.End())])
	}
	if main == nil {
		return "", "", errors.New("no func main")
	}
	// Lines inside multi-line raw strings keep their indentation.
	keep := map[int]bool{}
	ast.Inspect(main.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			from, to := fset.Position(lit.Pos()).Line, fset.Position(lit.End()).Line
			for l := from + 1; l <= to; l++ {
				keep[l] = true
			}
		}
		return true
	})
	bodyStart := off(main.Body.Lbrace) + 1
	firstLine := fset.Position(main.Body.Lbrace).Line
	body := strings.TrimPrefix(src[bodyStart:off(main.Body.Rbrace)], "\n")
	lines := strings.Split(strings.TrimRight(body, "\n\t "), "\n")
	for i, l := range lines {
		if !keep[firstLine+1+i] {
			lines[i] = strings.TrimPrefix(l, "\t")
		}
	}
	return strings.Join(parts, "\n\n") + "\n", strings.Join(lines, "\n") + "\n", nil
}

// A form is how a program reaches the kernel.
type form struct {
	Name string
	Env  []string // added to the kernel's environment
	// Cells gives the cells of a program, or why the form does not apply.
	Cells func(p *program) (cells []string, notApplicable string)
	// NeedsGo: the form means the compiled path (skipped without Go).
	NeedsGo bool
	// Timeout per cell: a cell still running then counts as a hang. The
	// interpreted forms get 30 s: a program the interpreter runs right but
	// slowly (a full tic-tac-toe minimax: 14 s, go run 0.1 s) is not a
	// wrong answer, and a loaded CI machine is slower still.
	Timeout time.Duration
}

var forms = []form{
	{Name: "whole", NeedsGo: true, Timeout: 60 * time.Second,
		Cells: func(p *program) ([]string, string) { return []string{p.Src}, "" }},
	{Name: "whole-interp", Env: []string{"GOKERNEL_GO=/nonexistent/go"}, Timeout: 30 * time.Second,
		Cells: func(p *program) ([]string, string) { return []string{p.Src}, "" }},
	{Name: "split", Timeout: 30 * time.Second,
		Cells: func(p *program) ([]string, string) {
			return []string{p.Decls, p.Stmts}, ""
		}},
}

// Outcome kinds, from best to worst for a learner.
const (
	pass  = "pass"
	na    = "n/a"   // the form does not apply to the program
	fail  = "error" // the kernel reports an error go run does not
	hang  = "hang"  // a cell did not finish within the form's timeout
	wrong = "wrong" // different output with no error (or no error where Go panics)
	// flaky, only in known_failures.txt: a program whose result under
	// the interpreter changes from run to run (a race of the interpreter
	// under load, seen wrong twice in a row in CI); any result is taken,
	// and the list keeps it until it is fixed.
	flaky = "flaky"
)

type outcome struct {
	Kind   string
	Detail string // first differing line, error, or why n/a
}

// got is what the kernel did with a program's cells.
type got struct {
	Stdout, Stderr string
	Error          string // "Ename: Evalue" of the failing cell
	ErrorText      string // with the traceback
	Hung           bool
	HungCell       int
	Timeout        time.Duration
}

// runCells runs the cells in a fresh kernel, stopping at the first that
// fails or does not finish in time.
func runCells(f form, cells []string) (got, error) {
	var g got
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var logs bytes.Buffer
	var logMu sync.Mutex
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"},
		client.LaunchOptions{Dir: os.TempDir(), Env: f.Env, Stderr: lockedWriter{&logMu, &logs}})
	if err != nil {
		return g, err
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		return g, err
	}
	var out, errs strings.Builder
	for i, code := range cells {
		cctx, ccancel := context.WithTimeout(context.Background(), f.Timeout)
		res, err := c.Execute(cctx, code, client.ExecOptions{})
		timedOut := cctx.Err() != nil
		ccancel()
		if res != nil {
			out.WriteString(res.Stdout)
			errs.WriteString(res.Stderr)
		}
		if timedOut {
			g.Hung, g.HungCell, g.Timeout = true, i+1, f.Timeout
			ictx, icancel := context.WithTimeout(context.Background(), 2*time.Second)
			c.Interrupt(ictx)
			icancel()
			break
		}
		if err != nil {
			logMu.Lock()
			defer logMu.Unlock()
			return g, fmt.Errorf("cell %d: %v\nkernel log:\n%s", i+1, err, logs.String())
		}
		if res.Status != "ok" {
			if res.Error != nil {
				g.Error = res.Error.Ename + ": " + res.Error.Evalue
				g.ErrorText = g.Error + "\n" + strings.Join(res.Error.Traceback, "\n")
			} else {
				g.Error = "status " + res.Status
			}
			break
		}
	}
	g.Stdout, g.Stderr = out.String(), errs.String()
	return g, nil
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// kernelNote is a line the kernel itself writes on a cell's stderr about
// how it ran a whole program (no toolchain, or declarations it could not
// take into the session): not the program's output.
var kernelNote = regexp.MustCompile(`(?m)^note: (no Go toolchain|the program ran compiled|this cell ran compiled|the interpreter cannot take).*\n`)

// judge compares what the kernel did with what go run does.
func judge(want expected, g got) outcome {
	if !kernelNote.MatchString(want.Stderr) {
		g.Stderr = kernelNote.ReplaceAllString(g.Stderr, "")
	}
	if g.Hung {
		so := "its output so far is go run's"
		if !strings.HasPrefix(want.Stdout, g.Stdout) {
			so = "output so far: " + firstDiff(want.Stdout, g.Stdout)
		}
		return outcome{hang, fmt.Sprintf("cell %d did not finish in %v; %s", g.HungCell, g.Timeout, so)}
	}
	if n, ok := exitStatus(g.Error); ok {
		// os.Exit(N): go run says "exit status N", the kernel's error
		// "ExitStatus: the program exited with status N". What the
		// program wrote before must be go run's, stderr too.
		if n != want.Exit {
			return outcome{fail, fmt.Sprintf("%s (go run: exit status %d)", firstLine(g.Error), want.Exit)}
		}
		if g.Stdout != want.Stdout {
			return outcome{wrong, firstDiff(want.Stdout, g.Stdout)}
		}
		if g.Stderr != want.Stderr {
			return outcome{wrong, "stderr: " + firstDiff(want.Stderr, g.Stderr)}
		}
		return outcome{pass, ""}
	}
	msg := want.panicMessage()
	if g.Error != "" && (msg == "" || !strings.Contains(g.ErrorText, msg)) {
		d := firstLine(g.Error)
		if msg != "" {
			d += " (go run: panic: " + msg + ")"
		}
		return outcome{fail, d}
	}
	if g.Stdout != want.Stdout {
		return outcome{wrong, firstDiff(want.Stdout, g.Stdout)}
	}
	if msg != "" && g.Error == "" {
		return outcome{wrong, "no error; go run: " + firstLine(want.Stderr)}
	}
	if want.Exit != 0 && g.Error == "" {
		return outcome{wrong, fmt.Sprintf("no error; go run: exit status %d", want.Exit)}
	}
	if want.Exit == 0 && g.Stderr != want.Stderr {
		return outcome{wrong, "stderr: " + firstDiff(want.Stderr, g.Stderr)}
	}
	return outcome{pass, ""}
}

// exitStatusError is the kernel's error for a program that called
// os.Exit(N) with N not 0 (kernel/compiled for a compiled run,
// kernel/eval in the interpreter).
var exitStatusError = regexp.MustCompile(`^ExitStatus: the program exited with status (\d+)$`)

// exitStatus is N of the kernel's ExitStatus error.
func exitStatus(kernelErr string) (int, bool) {
	m := exitStatusError.FindStringSubmatch(kernelErr)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	if len(l) > 160 {
		l = l[:160] + "..."
	}
	return l
}

// firstDiff describes the first line where got differs from want.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; ; i++ {
		if i >= len(w) || i >= len(g) {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, at(w, i), at(g, i))
		}
		if w[i] != g[i] {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, clip(w[i]), clip(g[i]))
		}
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return clip(lines[i])
	}
	return "(end)"
}

func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "..."
	}
	return s
}

// result is one program in one form.
type result struct {
	Program, Form string
	outcome
}

// TestConformance runs every program in every form through the real
// kernel and checks the outcomes against known_failures.txt.
func TestConformance(t *testing.T) {
	needKernel(t)
	progs := loadPrograms(t)
	if !*update && *only == "" && *share > 1 {
		// 3478 programs in two forms took more than 30 minutes of CI on
		// 2 cores; -update and -share=1 still run them all.
		var part []*program
		for i, p := range progs {
			if i%*share == 0 {
				part = append(part, p)
			}
		}
		t.Logf("%d of the %d programs: one in %d (-share=1 runs all)", len(part), len(progs), *share)
		progs = part
	}
	for _, p := range progs {
		if p.Want == (expected{}) {
			if _, err := readGolden(p.Name); err != nil {
				t.Fatalf("%s has no expected output (run go test ./conformance -update): %v", p.Name, err)
			}
		}
	}
	_, tcErr := gotool.Find()
	known, err := readKnown()
	if err != nil && !*update {
		t.Fatal(err)
	}
	var all []result
	var ran []string
	for _, f := range forms {
		t.Run(f.Name, func(t *testing.T) {
			if f.Name == "whole-interp" && !*update && !*interp {
				t.Skip("the form without a toolchain runs with -interp or -update")
			}
			if f.NeedsGo && tcErr != nil {
				t.Skipf("no Go toolchain: %v", tcErr)
			}
			ran = append(ran, f.Name)
			start := time.Now()
			res := make([]result, len(progs))
			idx := make([]int, len(progs))
			for i := range idx {
				idx[i] = i
			}
			// A compiled run spends part of its time waiting for the go
			// command's processes, so twice as many overlap well (about
			// a fifth faster on 2 cores); interpreted runs gain nothing.
			n := *jobs
			if f.NeedsGo {
				n *= 2
			}
			forEachN(n, idx, func(i int) {
				res[i] = runOne(t, f, progs[i])
			})
			// A difference from the list is run once more before it
			// counts: the list must not be made of flakes either way.
			forEach(idx, func(i int) {
				r := &res[i]
				if r.Kind == na || sameAsKnown(known, *r) {
					return
				}
				again := runOne(t, f, progs[i])
				if again.Kind != r.Kind {
					t.Logf("%s [%s] is flaky: %s (%s), then %s (%s)", r.Program, f.Name, r.Kind, r.Detail, again.Kind, again.Detail)
					if sameAsKnown(known, again) {
						*r = again
					}
				}
			})
			counts := map[string]int{}
			for _, r := range res {
				counts[r.Kind]++
				if testing.Verbose() && r.Kind != pass {
					t.Logf("%s [%s]: %s: %s", r.Program, f.Name, r.Kind, r.Detail)
				}
				if *update || sameAsKnown(known, r) {
					continue
				}
				k, listed := known[key(r.Program, f.Name)]
				switch {
				case !listed:
					t.Errorf("REGRESSION %s [%s]: %s: %s", r.Program, f.Name, r.Kind, r.Detail)
				case r.Kind == pass && strings.HasPrefix(k, hang):
					// A slow program (a minimax interpreted: 25 s) is a hang
					// on a loaded machine and not on another: not a change.
					t.Logf("%s [%s] listed as a hang, finished in time now", r.Program, f.Name)
				case r.Kind == pass:
					t.Errorf("%s [%s] passes now: remove it from known_failures.txt (go test ./conformance -update)", r.Program, f.Name)
				case r.Kind == wrong:
					t.Errorf("REGRESSION %s [%s]: was %s, now wrong output with no error: %s", r.Program, f.Name, k, r.Detail)
				default:
					t.Logf("%s [%s]: was %s, now %s: %s (run -update to record it)", r.Program, f.Name, k, r.Kind, r.Detail)
				}
			}
			t.Logf("%s: %d/%d pass, %d wrong with no error, %d errors, %d hangs, %d n/a (%v)",
				f.Name, counts[pass], len(progs)-counts[na], counts[wrong], counts[fail], counts[hang], counts[na], time.Since(start).Round(time.Second))
			all = append(all, res...)
		})
	}
	if !*update {
		return
	}
	if *only != "" {
		t.Fatal("-update needs every program: run it without -only")
	}
	if err := writeKnown(all, known); err != nil {
		t.Fatal(err)
	}
	if err := writeResults(progs, ran, all); err != nil {
		t.Fatal(err)
	}
}

func runOne(t *testing.T, f form, p *program) result {
	r := result{Program: p.Name, Form: f.Name}
	cells, why := f.Cells(p)
	if why != "" {
		r.outcome = outcome{na, why}
		return r
	}
	g, err := runCells(f, cells)
	if err != nil {
		// The kernel itself failed (not the program): that is a test
		// failure whatever the list says.
		t.Errorf("%s [%s]: %v", p.Name, f.Name, err)
		r.outcome = outcome{fail, "kernel: " + firstLine(err.Error())}
		return r
	}
	r.outcome = judge(p.Want, g)
	return r
}

const knownFile = "known_failures.txt"

func key(prog, form string) string { return prog + " " + form }

// readKnown reads known_failures.txt: "PROGRAM FORM KIND" lines, #
// comments.
func readKnown() (map[string]string, error) {
	data, err := os.ReadFile(knownFile)
	if err != nil {
		return nil, err
	}
	known := map[string]string{}
	for i, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want PROGRAM FORM KIND, got %q", knownFile, i+1, line)
		}
		known[key(fields[0], fields[1])] = fields[2]
	}
	return known, nil
}

// sameAsKnown: the outcome is what the list says (pass when not listed).
// An error and a hang count as the same (both are visible to a learner).
func sameAsKnown(known map[string]string, r result) bool {
	k, listed := known[key(r.Program, r.Form)]
	switch {
	case r.Kind == na || k == flaky:
		return true
	case !listed:
		return r.Kind == pass
	case r.Kind == pass || k == wrong || r.Kind == wrong:
		return k == r.Kind
	default:
		return true
	}
}

func writeKnown(all []result, old map[string]string) error {
	var b strings.Builder
	b.WriteString("# Conformance programs and forms that differ from go run today, written by\n")
	b.WriteString("# go test ./conformance -update. PROGRAM FORM KIND, KIND one of wrong (different\n")
	b.WriteString("# output and no error), error, hang. See RESULTS.md for the first difference.\n")
	b.WriteString("# A hang stays listed when the program finishes in time in an -update (\"slow\"):\n")
	b.WriteString("# it is slow in the interpreter (a minimax: 20-30 s of a cell on an idle machine)\n")
	b.WriteString("# and over the 30 s limit when CI runs other packages beside it.\n")
	b.WriteString("# KIND flaky (kept by -update): the interpreter's result changes from run to run\n")
	b.WriteString("# under load, sometimes wrong; any result is taken until it is fixed.\n")
	for _, r := range sortedResults(all) {
		if old[key(r.Program, r.Form)] == flaky {
			fmt.Fprintf(&b, "%s %s %s\n", r.Program, r.Form, flaky)
			continue
		}
		if r.Kind == pass && strings.HasPrefix(old[key(r.Program, r.Form)], hang) {
			fmt.Fprintf(&b, "%s %s %s # slow\n", r.Program, r.Form, hang)
			continue
		}
		if r.Kind == pass || r.Kind == na {
			continue
		}
		fmt.Fprintf(&b, "%s %s %s\n", r.Program, r.Form, r.Kind)
	}
	return os.WriteFile(knownFile, []byte(b.String()), 0o644)
}

func sortedResults(all []result) []result {
	s := slices.Clone(all)
	slices.SortStableFunc(s, func(a, b result) int {
		return strings.Compare(a.Program+" "+a.Form, b.Program+" "+b.Form)
	})
	return s
}

// writeResults writes RESULTS.md: the counts per form, the programs with
// wrong output and no error first, then every other failure.
func writeResults(progs []*program, ran []string, all []result) error {
	var b strings.Builder
	b.WriteString("# Conformance results\n\n")
	b.WriteString("Written by `go test ./conformance -update`: each program of [testdata/](testdata/)\n")
	b.WriteString("run through the real kernel and compared with `go run` (see [doc.go](doc.go) for the forms).\n\n")
	b.WriteString("| form | pass | wrong, no error | error | hang | n/a |\n|---|---|---|---|---|---|\n")
	for _, f := range ran {
		c := map[string]int{}
		for _, r := range all {
			if r.Form == f {
				c[r.Kind]++
			}
		}
		fmt.Fprintf(&b, "| %s | %d/%d | %d | %d | %d | %d |\n", f, c[pass], len(progs)-c[na], c[wrong], c[fail], c[hang], c[na])
	}
	section := func(title string, keep func(result) bool) {
		var rows []result
		for _, r := range sortedResults(all) {
			if keep(r) {
				rows = append(rows, r)
			}
		}
		fmt.Fprintf(&b, "\n## %s (%d)\n\n", title, len(rows))
		if len(rows) == 0 {
			b.WriteString("None.\n")
			return
		}
		b.WriteString("| program | form | kind | first difference |\n|---|---|---|---|\n")
		for _, r := range rows {
			d := strings.ReplaceAll(r.Detail, "|", `\|`)
			fmt.Fprintf(&b, "| [%s](testdata/%s.go) | %s | %s | %s |\n", r.Program, r.Program, r.Form, r.Kind, d)
		}
	}
	section("Wrong output with no error (the worst case)", func(r result) bool { return r.Kind == wrong })
	section("Errors and hangs", func(r result) bool { return r.Kind == fail || r.Kind == hang })
	section("Not applicable", func(r result) bool { return r.Kind == na })
	return os.WriteFile("RESULTS.md", []byte(b.String()), 0o644)
}
