// Package modules gives a kernel session third-party Go modules. `%go get
// MODULE@VERSION` runs the real go command in the session's module (a
// go.mod in the kernel's work directory) and downloads into the user's
// module cache; the session's build list is then
//
//   - interpreted: a GOPATH-like tree (GoPath()/src/<module path>, one
//     symlink per module into the module cache) from which yaegi loads
//     packages as source (interp.Options.GoPath). Check refuses, before
//     yaegi sees them, packages it cannot run: cgo, assembly, unsafe;
//   - compiled: Requirements gives kernel/compiled the require lines and
//     go.sum for its workspace module, so %%run and native children build
//     with the same versions, offline.
package modules

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"

	"gokernel/kernel/gotool"
)

// DirName is the session module's directory under the evaluator's TMPDIR,
// which the kernel makes per kernel and removes at shutdown: the
// requirements last as long as the kernel (an evaluator restart keeps
// them).
const DirName = "gokernel-modules"

// DefaultDir is where a session keeps its go.mod: $TMPDIR/gokernel-modules.
func DefaultDir() string { return filepath.Join(os.TempDir(), DirName) }

// Module is one module of the session's build list.
type Module struct {
	Path, Version string
	// Dir is its source in the module cache.
	Dir string
}

// Session is the modules of one kernel session. Its methods may be
// called from several goroutines.
type Session struct {
	dir string

	mu     sync.Mutex
	loaded bool
	mods   []Module // build list without the main module, by path
	sum    []byte   // go.sum as of the last load
}

// New returns the session whose module lives in dir (created on first
// use).
func New(dir string) *Session { return &Session{dir: dir} }

// Dir is the session module's directory.
func (s *Session) Dir() string { return s.dir }

// GoPath is the GOPATH the interpreter loads module packages from
// (GoPath()/src/<import path>).
func (s *Session) GoPath() string { return filepath.Join(s.dir, "gopath") }

// GoMod is the text of the session's go.mod.
func (s *Session) GoMod() ([]byte, error) {
	if err := s.init(); err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(s.dir, "go.mod"))
}

// init writes the session's go.mod if there is none.
func (s *Session) init() error {
	gomod := filepath.Join(s.dir, "go.mod")
	if _, err := os.Stat(gomod); err == nil {
		return nil
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return err
	}
	goVersion := "1.26"
	if tc, err := gotool.Find(); err == nil {
		goVersion = langVersion(tc.Version)
	}
	return os.WriteFile(gomod, []byte("module gokernel.session\n\ngo "+goVersion+"\n"), 0o644)
}

// langVersion is "1.26" of "go1.26.8".
func langVersion(v string) string {
	v = strings.TrimPrefix(v, "go")
	if parts := strings.SplitN(v, ".", 3); len(parts) >= 2 {
		return parts[0] + "." + strings.TrimRightFunc(parts[1], func(r rune) bool { return r < '0' || r > '9' })
	}
	return "1.26"
}

// GetError is a failed `%go get`.
type GetError struct {
	Args   []string
	Output string
	// Hint says what to do, e.g. when there is no network.
	Hint string
}

func (e *GetError) Error() string {
	msg := "go get " + strings.Join(e.Args, " ") + " failed: " + strings.TrimSpace(e.Output)
	if e.Hint != "" {
		msg += "\n" + e.Hint
	}
	return msg
}

// offlineHint is told when go get could not reach a module proxy.
const offlineHint = "Downloading a module needs the network or a module proxy: the kernel's go command uses " +
	"GOPROXY from its environment (a file:///DIR proxy works offline); set it (and GOSUMDB, GONOSUMDB " +
	"for private modules) in the kernel's environment and restart the kernel. Modules already in the " +
	"module cache need neither."

// Get runs `go get args...` in the session's module; what the go command
// prints goes to out. On success the new build list is what cells import
// and compiled runs build with.
func (s *Session) Get(ctx context.Context, args []string, out io.Writer) error {
	tc, err := gotool.Find()
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.init(); err != nil {
		return err
	}
	text, err := s.goCmd(ctx, tc, append([]string{"get"}, args...)...)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		ge := &GetError{Args: args, Output: string(text)}
		if offline(string(text)) {
			ge.Hint = offlineHint
		}
		return ge
	}
	out.Write(text)
	s.loaded = false
	return s.loadLocked(ctx)
}

// offline says whether go's output tells of no proxy or no network.
func offline(out string) bool {
	for _, s := range []string{"GOPROXY=off", "dial tcp", "no such host", "connection refused", "network is unreachable", "i/o timeout"} {
		if strings.Contains(out, s) {
			return true
		}
	}
	return false
}

// goEnv is the environment of the session's go commands: the user's (its
// GOPROXY, GOSUMDB, GOMODCACHE), this toolchain only, go.mod updated as
// needed, no go.work of the learner's.
func goEnv() []string {
	flags := strings.TrimSpace(os.Getenv("GOFLAGS") + " -mod=mod")
	return append(os.Environ(), "GOFLAGS="+flags, "GOTOOLCHAIN=local", "GOWORK=off")
}

func (s *Session) goCmd(ctx context.Context, tc *gotool.Toolchain, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, tc.Go, args...)
	cmd.Dir = s.dir
	cmd.Env = goEnv()
	// An interrupt kills go with the git or proxy fetches it started.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.Bytes(), err
}

// Modules is the session's build list (without the session module).
func (s *Session) Modules() ([]Module, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.loadLocked(context.Background()); err != nil {
		return nil, err
	}
	return append([]Module(nil), s.mods...), nil
}

// Requirements are, for a compiled workspace module, the require lines of
// the session's build list ("" when it has none) and its go.sum.
func (s *Session) Requirements() (require string, sum []byte, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.loadLocked(context.Background()); err != nil {
		return "", nil, err
	}
	if len(s.mods) == 0 {
		return "", nil, nil
	}
	var b strings.Builder
	b.WriteString("require (\n")
	for _, m := range s.mods {
		fmt.Fprintf(&b, "\t%s %s\n", m.Path, m.Version)
	}
	b.WriteString(")\n")
	return b.String(), s.sum, nil
}

// loadLocked reads the build list once (after a go get, or in a new
// evaluator of the same kernel) and lays out the interpreter's GOPATH.
func (s *Session) loadLocked(ctx context.Context) error {
	if s.loaded {
		return nil
	}
	if _, err := os.Stat(filepath.Join(s.dir, "go.mod")); err != nil {
		s.loaded, s.mods, s.sum = true, nil, nil
		return nil // nothing required yet
	}
	tc, err := gotool.Find()
	if err != nil {
		return err
	}
	out, err := s.goCmd(ctx, tc, "list", "-m", "-json", "all")
	if err != nil {
		return fmt.Errorf("go list -m all in %s: %v\n%s", s.dir, err, out)
	}
	var mods []Module
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var m struct {
			Path, Version, Dir string
			Main               bool
			Replace            *struct{ Path, Version, Dir string }
		}
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("go list -m all: %v", err)
		}
		if m.Main {
			continue
		}
		if m.Replace != nil && m.Replace.Dir != "" {
			m.Dir = m.Replace.Dir
		}
		mods = append(mods, Module{Path: m.Path, Version: m.Version, Dir: m.Dir})
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].Path < mods[j].Path })
	if err := s.layout(mods); err != nil {
		return err
	}
	s.sum, _ = os.ReadFile(filepath.Join(s.dir, "go.sum"))
	s.mods, s.loaded = mods, true
	return nil
}

// layout makes GoPath()/src/<module path> a symlink to each module's
// source, replacing the previous tree in one rename.
func (s *Session) layout(mods []Module) error {
	tmp, err := os.MkdirTemp(s.dir, "gopath-")
	if err != nil {
		return err
	}
	var linked []string
	for _, m := range mods {
		if m.Dir == "" {
			continue // in the graph but not needed to build: never downloaded
		}
		// A module nested in one already linked (example.com/a/b inside
		// example.com/a) is reached through that link; the module cache
		// is read-only, so it cannot get a link of its own.
		nested := false
		for _, l := range linked {
			nested = nested || strings.HasPrefix(m.Path, l+"/")
		}
		if nested {
			continue
		}
		link := filepath.Join(tmp, "src", filepath.FromSlash(m.Path))
		if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
			return err
		}
		if err := os.Symlink(m.Dir, link); err != nil {
			return err
		}
		linked = append(linked, m.Path)
	}
	old := s.GoPath() + ".old"
	os.RemoveAll(old)
	if err := os.Rename(s.GoPath(), old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.Rename(tmp, s.GoPath()); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

// provider is the module of the build list that holds package path (the
// longest module path that is a prefix of it).
func provider(mods []Module, path string) (Module, bool) {
	best, ok := Module{}, false
	for _, m := range mods {
		if (path == m.Path || strings.HasPrefix(path, m.Path+"/")) && len(m.Path) > len(best.Path) {
			best, ok = m, true
		}
	}
	return best, ok
}
