package compiled

import (
	"errors"
	"fmt"
	"go/scanner"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gokernel/kernel/magic"
	"gokernel/kernel/program"
	"gokernel/runtime/session"
)

const runHelp = `Compiles the cell with the go command and runs it as a program.

The cell's statements become the body of func main; the session's
declarations it uses (functions, types, variables' declarations, imports)
come along. Session *values* are not visible: a compiled run starts from
the declarations, so a variable set by an earlier cell has its declared
initial value. A compiled run never changes the session: what the cell
declares or assigns is gone when the program ends.

Options:
  -race    build with the race detector; races found become the cell's error
  args...  the program's arguments (os.Args[1:])

The program's output streams into the cell, display.* calls show as in
interpreted cells, reading os.Stdin asks for input, and an interrupt
kills the program with every process it started. A cell that is a whole
program (starting with "package main") runs as is.

Building needs the Go toolchain (GOKERNEL_GO, else go on PATH); an
unchanged cell is not rebuilt.`

const runFileHelp = `Builds and runs a Go program: a .go file, or a directory holding a
package main (with its own go.mod, built as that module; without, its
.go files are the program). Arguments after the file are the program's.

  %run hello.go
  %run -race ./server -port 8080

Output, displays, stdin, interrupts and errors work as with %%run. The
program runs in the kernel's working directory and cannot see or change
the session.`

const testHelp = `Runs the session's tests as go test -v does: every func TestXxx(t
*testing.T) (and Benchmark, Example, Fuzz) declared in earlier cells is
compiled with the declarations it uses and run. Failures become the
cell's error.

Options:
  -run REGEXP     run only the tests matching REGEXP
  -bench [REGEXP] also run benchmarks (all, or those matching REGEXP)
  -race           build with the race detector

Like %%run, tests start from the session's declarations, not its values.`

// Register adds %%run, %run and %test to r, building in w. Without a Go
// toolchain each of them fails with one error that says how to point
// GOKERNEL_GO at one; the rest of the kernel is not affected.
func Register(r *magic.Registry, w *Workspace) {
	r.Add(magic.Magic{Name: "run", Line: true, Cell: true,
		Usage: "%%run [-race] [args...]  |  %run [-race] FILE.go|DIR [args...]",
		Help:  runHelp + "\n\n%run FILE:\n" + runFileHelp,
		Run: func(env *magic.Env, call magic.Call) (map[string]any, error) {
			if call.Cell {
				return nil, w.runCell(env, call)
			}
			return nil, w.runFile(env, call)
		}})
	r.Add(magic.Magic{Name: "test", Line: true,
		Usage: "%test [-run REGEXP] [-bench [REGEXP]] [-race]",
		Help:  testHelp,
		Run: func(env *magic.Env, call magic.Call) (map[string]any, error) {
			return nil, w.runTests(env, call)
		}})
}

func usageError(msg string) error { return &magic.Error{Name: "UsageError", Value: msg} }

// runCell is %%run.
func (w *Workspace) runCell(env *magic.Env, call magic.Call) error {
	if _, err := Toolchain(); err != nil {
		return noToolchain(err)
	}
	race, args := false, call.Argv
	if len(args) > 0 && args[0] == "-race" {
		race, args = true, args[1:]
	}
	var src *program.Source
	var err error
	if program.IsProgram(call.Body) {
		src, _, err = program.Program(call.Body, program.Options{})
	} else {
		src, err = program.Main(env.Declarations(), call.Body, program.Options{})
	}
	where := Source{Cell: call.Body, Offset: call.Line}
	if err != nil {
		return sourceError(err, where)
	}
	where.Decls = src.Decls
	exe, err := w.Build(env.Ctx, src.Files, BuildOptions{Race: race, Source: where})
	if err != nil {
		return err
	}
	return run(env, exe, RunOptions{Args: args, Race: race, Source: where})
}

// runFile is %run FILE.
func (w *Workspace) runFile(env *magic.Env, call magic.Call) error {
	if _, err := Toolchain(); err != nil {
		return noToolchain(err)
	}
	race, args := false, call.Argv
	if len(args) > 0 && args[0] == "-race" {
		race, args = true, args[1:]
	}
	if len(args) == 0 {
		return usageError("%run needs a file: %run FILE.go [args...] (or %%run for a cell)")
	}
	path, args := args[0], args[1:]
	fi, err := os.Stat(path)
	if err != nil {
		return usageError(fmt.Sprintf("%%run %s: %v", path, errors.Unwrap(err)))
	}
	files := map[string][]byte{}
	where := Source{Files: map[string]string{}}
	var exe string
	switch {
	case fi.IsDir():
		if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
			exe, err = w.BuildModule(env.Ctx, path, BuildOptions{Race: race})
			if err != nil {
				return err
			}
			break
		}
		names, _ := filepath.Glob(filepath.Join(path, "*.go"))
		for _, n := range names {
			if strings.HasSuffix(n, "_test.go") {
				continue
			}
			b, err := os.ReadFile(n)
			if err != nil {
				return err
			}
			files[filepath.Base(n)] = b
			where.Files[filepath.Base(n)] = n
		}
		if len(files) == 0 {
			return usageError("%run " + path + ": no .go files in that directory")
		}
	default:
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files[filepath.Base(path)] = b
		where.Files[filepath.Base(path)] = path
	}
	if exe == "" {
		if exe, err = w.Build(env.Ctx, files, BuildOptions{Race: race, Source: where}); err != nil {
			return err
		}
	}
	return run(env, exe, RunOptions{Args: args, Race: race, Source: where})
}

// testFail is a "--- FAIL: TestX (0.00s)" line of go test -v.
var testFail = regexp.MustCompile(`^\s*--- FAIL: (\S+)`)

// runTests is %test.
func (w *Workspace) runTests(env *magic.Env, call magic.Call) error {
	if _, err := Toolchain(); err != nil {
		return noToolchain(err)
	}
	args := []string{"-test.v"}
	race := false
	argv := call.Argv
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case !strings.HasPrefix(a, "-"):
			return usageError("%test: unexpected " + a + "; usage: %test [-run REGEXP] [-bench [REGEXP]] [-race]")
		case name == "race":
			race = true
		case name == "run" || name == "bench":
			if !hasVal {
				switch {
				case i+1 < len(argv) && !strings.HasPrefix(argv[i+1], "-"):
					i++
					val = argv[i]
				case name == "bench":
					val = "."
				default:
					return usageError("%test -run needs a regular expression")
				}
			}
			args = append(args, "-test."+name+"="+val)
		default:
			return usageError("%test: unknown option " + a + "; usage: %test [-run REGEXP] [-bench [REGEXP]] [-race]")
		}
	}
	src, _, err := program.Tests(env.Declarations(), program.Options{})
	if errors.Is(err, program.ErrNoTests) {
		return &magic.Error{Name: "NoTests", Value: "the session declares no tests: declare func TestXxx(t *testing.T) in a cell, then run %test"}
	}
	where := Source{}
	if err != nil {
		return sourceError(err, where)
	}
	where.Decls = src.Decls
	exe, err := w.Build(env.Ctx, src.Files, BuildOptions{Race: race, Test: true, Source: where})
	if err != nil {
		return err
	}
	var failed []string
	opts := RunOptions{Args: args, Race: race, Source: where,
		onStdoutLine: func(l string) {
			if m := testFail.FindStringSubmatch(l); m != nil {
				failed = append(failed, m[1])
			}
		}}
	err = run(env, exe, opts)
	var me *magic.Error
	if errors.As(err, &me) && me.Name == "ExitStatus" && len(failed) > 0 {
		return &magic.Error{Name: "TestFailure", Value: "FAIL: " + strings.Join(failed, ", "),
			Traceback: []string{red + "TestFailure" + reset + ": " + strings.Join(failed, ", ") + " failed (their output is above)"}}
	}
	return err
}

// run runs exe with the cell's output, input and displays.
func run(env *magic.Env, exe string, opts RunOptions) error {
	if env.Flush != nil {
		env.Flush() // what the cell printed before comes first
	}
	opts.Stdout, opts.Stderr = env.Stdout, env.Stderr
	if env.StdoutFile != nil {
		opts.Stdout = env.StdoutFile
	}
	if env.StderrFile != nil {
		opts.Stderr = env.StderrFile
	}
	opts.Input = env.Input
	opts.Display = func(o session.Output) {
		if o.Kind == "display" && o.DisplayID == "" && env.Display != nil {
			env.Display(o.Data)
			return
		}
		o.Cell = env.Cell // updates and clears: the evaluator's emitter
		session.Emit(o)
	}
	return Run(env.Ctx, exe, opts)
}

// sourceError turns kernel/program's error (a scanner.ErrorList at cell
// positions, or a plain error) into the cell's error.
func sourceError(err error, where Source) error {
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return &magic.Error{Name: "CompileError", Value: err.Error()}
	}
	var b strings.Builder
	for _, e := range list {
		fmt.Fprintf(&b, "%s:%d:%d: %s\n", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
	}
	me := compileError([]byte(b.String()), where)
	me.Name = "SyntaxError"
	me.Traceback[0] = red + "SyntaxError" + reset + strings.TrimPrefix(me.Traceback[0], red+"CompileError"+reset)
	return me
}
