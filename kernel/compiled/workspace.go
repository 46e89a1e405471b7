// Package compiled builds cells with the real go command and runs them as
// programs, beside the interpreter: `%%run` (a cell as package main),
// `%run FILE.go`, `%test`. A Workspace holds the builds of one kernel;
// Build turns source files into a cached executable, Run runs one with its
// output, displays, stdin and errors going to the cell.
//
// A compiled program starts from the session's declarations, never its
// values, and never changes the session.
package compiled

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"

	"gokernel/kernel/gotool"
	"gokernel/kernel/magic"
	gkruntime "gokernel/runtime"
)

// Workspace is a kernel's scratch module for compiled cells: a directory
// under os.TempDir (made at the first build) whose builds import
// gokernel/runtime/... from the embedded runtime source. Builds use the
// user's normal build cache, so an unchanged program is not recompiled,
// and an executable built once is reused as is.
type Workspace struct {
	mu     sync.Mutex
	dir    string
	closed bool
	builds map[string]*sync.Mutex // per build key: one build at a time
	// modules gives the session's third-party requirements (UseModules).
	modules func() (require string, sum []byte, err error)
}

// NewWorkspace returns a workspace; nothing is created on disk until the
// first build.
func NewWorkspace() *Workspace {
	return &Workspace{builds: map[string]*sync.Mutex{}}
}

// Dir is the workspace's directory ("" before the first build).
func (w *Workspace) Dir() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.dir
}

// Close removes the workspace's directory and everything built in it.
func (w *Workspace) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = true
	if w.dir == "" {
		return nil
	}
	err := os.RemoveAll(w.dir)
	w.dir = ""
	return err
}

func (w *Workspace) init() (string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return "", errors.New("compiled: workspace closed")
	}
	if w.dir != "" {
		return w.dir, nil
	}
	d, err := os.MkdirTemp("", "gokernel-compiled-")
	if err != nil {
		return "", err
	}
	w.dir = d
	return d, nil
}

// BuildOptions choose how a program is built, and how its compile errors
// are told.
type BuildOptions struct {
	// Race builds with the race detector (-race).
	Race bool
	// Test builds a test binary (`go test -c`) of the files.
	Test bool
	// Source is where the files' //line directives point: it quotes
	// lines in errors. Not part of the cache key.
	Source Source
}

// Source describes the text behind a program's //line directives:
// `//line cell:N` is line N of Cell, `//line session:N` line N of the
// cell that declared one of Decls (kernel/program's Source.Decls, each
// with its /*line _.go:L:C*/ prefix). Errors name cell lines counting
// from Offset+1 (a %%run body starts after its magic line).
type Source struct {
	Cell   string
	Offset int
	Decls  []string
	// Files maps other file names go reports (e.g. "main.go" of %run
	// FILE) to the names the learner knows them by.
	Files map[string]string
}

// Toolchain returns the go command builds use, or an error wrapping
// gotool.ErrNoToolchain that says how to point GOKERNEL_GO at one.
func Toolchain() (*gotool.Toolchain, error) { return gotool.Find() }

// Build compiles files (names relative to the package directory, e.g.
// "main.go") as package main of module gokernel.cell and returns the
// executable's path. The same files and options give the same
// executable, built once. Cancelling ctx stops the go command. A compile
// error is a *magic.Error named "CompileError" whose text names cell
// lines.
func (w *Workspace) Build(ctx context.Context, files map[string][]byte, opts BuildOptions) (string, error) {
	tc, err := gotool.Find()
	if err != nil {
		return "", noToolchain(err)
	}
	rt, err := gkruntime.Dir()
	if err != nil {
		return "", err
	}
	dir, err := w.init()
	if err != nil {
		return "", err
	}
	req, sum, err := w.requirements()
	if err != nil {
		return "", err
	}
	key := buildKey(files, opts, tc, rt, req, sum)
	w.mu.Lock()
	l := w.builds[key]
	if l == nil {
		l = new(sync.Mutex)
		w.builds[key] = l
	}
	w.mu.Unlock()
	l.Lock()
	defer l.Unlock()

	exe := filepath.Join(dir, "bin", key)
	if _, err := os.Stat(exe); err == nil {
		return exe, nil
	}
	src := filepath.Join(dir, "src", key)
	if err := writeModule(src, files, rt, req, sum); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(exe), 0o755); err != nil {
		return "", err
	}
	tmp := exe + ".tmp"
	args := []string{"build"}
	if opts.Test {
		args = []string{"test", "-c"}
	}
	// -trimpath: runtime frames read gokernel/runtime/..., and the build
	// cache is shared by every workspace. -w: no DWARF, which nothing
	// reads (panics and the race detector use the runtime's own tables),
	// and linking without it is about a tenth faster.
	args = append(args, "-trimpath", "-ldflags=-w", "-o", tmp)
	if opts.Race {
		args = append(args, "-race")
	}
	args = append(args, ".")
	out, err := goCommand(ctx, tc, src, args...)
	if ctx.Err() != nil {
		return "", interrupted("the build was interrupted")
	}
	if err != nil {
		return "", compileError(out, opts.Source)
	}
	if _, err := os.Stat(tmp); err != nil {
		return "", &magic.Error{Name: "CompileError", Value: "go " + strings.Join(args, " ") + " made no program: " + strings.TrimSpace(string(out))}
	}
	if err := os.Rename(tmp, exe); err != nil {
		return "", err
	}
	return exe, nil
}

func buildKey(files map[string][]byte, opts BuildOptions, tc *gotool.Toolchain, rt, req string, sum []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00race=%v test=%v\x00%s\x00%s\x00", tc.Go, tc.Version, rt, opts.Race, opts.Test, req, sum)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(files[n]))
		h.Write(files[n])
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// writeModule writes a fresh package directory: the files and a go.mod
// that takes gokernel (the runtime) from rt and requires req (the
// session's modules, with their go.sum).
func writeModule(dir string, files map[string][]byte, rt, req string, sum []byte) error {
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mod := fmt.Sprintf("module gokernel.cell\n\ngo 1.26\n\nrequire gokernel v0.0.0\n\nreplace gokernel => %s\n", rt)
	if req != "" {
		mod += "\n" + req
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	if len(sum) > 0 {
		if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
			return err
		}
	}
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// goEnv is the environment of go commands: offline, this toolchain only,
// no workspace file of the learner's; GOCACHE stays the user's.
func goEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local", "GOWORK=off", "GOSUMDB=off")
}

// goCommand runs the go command in dir and returns its combined output.
// Cancelling ctx kills it with the compilers and linker it started.
func goCommand(ctx context.Context, tc *gotool.Toolchain, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, tc.Go, args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.Bytes(), err
}

// noToolchain is the cell error of a compiled magic without a go command.
func noToolchain(err error) *magic.Error {
	return &magic.Error{Name: "NoGoToolchain", Value: err.Error()}
}

func interrupted(msg string) *magic.Error {
	return &magic.Error{Name: "Interrupted", Value: msg}
}

// BuildModule builds the package main in dir, a directory with its own
// go.mod, as that module (its requirements as the learner's go command
// would fetch them), into the workspace. The go command's own caching
// decides what to recompile.
func (w *Workspace) BuildModule(ctx context.Context, dir string, opts BuildOptions) (string, error) {
	tc, err := gotool.Find()
	if err != nil {
		return "", noToolchain(err)
	}
	ws, err := w.init()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00race=%v", abs, opts.Race)))
	exe := filepath.Join(ws, "bin", "mod-"+hex.EncodeToString(sum[:12]))
	if err := os.MkdirAll(filepath.Dir(exe), 0o755); err != nil {
		return "", err
	}
	args := []string{"build", "-trimpath", "-o", exe}
	if opts.Race {
		args = append(args, "-race")
	}
	cmd := exec.CommandContext(ctx, tc.Go, append(args, ".")...)
	cmd.Dir = abs
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return "", interrupted("the build was interrupted")
	}
	if err != nil {
		src := opts.Source
		if src.Files == nil {
			src.Files = map[string]string{}
		}
		return "", compileError(out, src)
	}
	return exe, nil
}
