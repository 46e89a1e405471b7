package program

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The tests build what the package assembles with the real go command,
// in a module of their own under t.TempDir() that finds gokernel (for the
// runtime packages) through a replace of the module this file is in.

func needGo(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH: these tests build real programs with it")
	}
}

func moduleRoot(t testing.TB) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no caller information")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// writeModule writes files into a new module that can import gokernel.
func writeModule(t testing.TB, files map[string][]byte) string {
	t.Helper()
	root := moduleRoot(t)
	dir := t.TempDir()
	mod := fmt.Sprintf("module gkprog\n\ngo 1.26\n\nrequire gokernel v0.0.0\n\nreplace gokernel => %s\n", root)
	must(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644))
	if sum, err := os.ReadFile(filepath.Join(root, "go.sum")); err == nil {
		must(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))
	}
	for name, b := range files {
		must(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	return dir
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// goCmd runs the go command in dir, offline: everything it needs is in
// the module cache of the gokernel module's own builds.
func goCmd(dir string, args ...string) (stdout, stderr string, err error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOPROXY=off", "GOWORK=off")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

// build builds src and returns the executable, or the go command's
// errors.
func buildProgram(t testing.TB, src *Source, extra ...string) (exe, errs string) {
	t.Helper()
	needGo(t)
	dir := writeModule(t, src.Files)
	exe = filepath.Join(dir, "prog")
	_, stderr, err := goCmd(dir, append(append([]string{"build"}, extra...), "-o", exe, ".")...)
	if err != nil {
		if stderr == "" {
			t.Fatalf("go build: %v", err)
		}
		return "", stderr
	}
	return exe, ""
}

// mustBuild builds src or fails, showing the source.
func mustBuild(t testing.TB, src *Source, extra ...string) string {
	t.Helper()
	exe, errs := buildProgram(t, src, extra...)
	if errs != "" {
		t.Fatalf("go build failed:\n%s\nmain.go:\n%s", errs, src.Files[MainFile])
	}
	return exe
}

// run runs an executable and returns its output.
func run(t testing.TB, exe string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := exec.Command(exe, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

// goRun runs a hand-written reference program with `go run`: the
// expected output of an assembled one.
func goRun(t testing.TB, program string) string {
	t.Helper()
	needGo(t)
	dir := writeModule(t, map[string][]byte{"main.go": []byte(program)})
	out, stderr, err := goCmd(dir, "run", ".")
	if err != nil {
		t.Fatalf("go run of the reference program: %v\n%s", err, stderr)
	}
	return out
}

// lineOf is the 1-based line of the first occurrence of s in text.
func lineOf(t testing.TB, text, s string) int {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return 1 + strings.Count(text[:i], "\n")
}

// colOf is the 1-based byte column of the first occurrence of s in text.
func colOf(t testing.TB, text, s string) int {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return i - strings.LastIndexByte(text[:i], '\n')
}
