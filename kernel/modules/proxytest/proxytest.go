// Package proxytest serves test modules to the real go command from a
// directory in the module proxy layout (GOPROXY=file:///DIR), so tests of
// `%go get` never touch the network.
package proxytest

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Module is one module version to serve: Files maps names (slash
// separated, relative to the module root) to contents; a go.mod is made
// when Files has none.
type Module struct {
	Path, Version string
	Files         map[string]string
}

// Write lays out mods under dir as a module proxy: for each module
// path/@v/list, VERSION.info, .mod and .zip (files under
// path@version/, as the go command expects).
func Write(dir string, mods ...Module) error {
	lists := map[string][]string{}
	for _, m := range mods {
		if strings.ToLower(m.Path) != m.Path {
			return fmt.Errorf("proxytest: %s: upper case needs escaping, not supported", m.Path)
		}
		files := map[string]string{}
		for k, v := range m.Files {
			files[k] = v
		}
		if _, ok := files["go.mod"]; !ok {
			files["go.mod"] = "module " + m.Path + "\n\ngo 1.21\n"
		}
		v := filepath.Join(dir, filepath.FromSlash(m.Path), "@v")
		if err := os.MkdirAll(v, 0o755); err != nil {
			return err
		}
		info, _ := json.Marshal(map[string]string{"Version": m.Version, "Time": "2024-01-01T00:00:00Z"})
		if err := os.WriteFile(filepath.Join(v, m.Version+".info"), info, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(v, m.Version+".mod"), []byte(files["go.mod"]), 0o644); err != nil {
			return err
		}
		if err := writeZip(filepath.Join(v, m.Version+".zip"), m.Path+"@"+m.Version, files); err != nil {
			return err
		}
		lists[v] = append(lists[v], m.Version)
	}
	for v, versions := range lists {
		sort.Strings(versions)
		if err := os.WriteFile(filepath.Join(v, "list"), []byte(strings.Join(versions, "\n")+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func writeZip(name, prefix string, files map[string]string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, err := zw.Create(prefix + "/" + n)
		if err != nil {
			f.Close()
			return err
		}
		if _, err := w.Write([]byte(files[n])); err != nil {
			f.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Env is the environment for go commands that take modules from the
// proxy in dir only, into a fresh module cache (removed when the test
// ends), with no checksum database: nothing reaches the network.
func Env(t testing.TB, dir string) []string {
	t.Helper()
	cache := t.TempDir()
	// The module cache is read-only: clean it with the go command.
	t.Cleanup(func() {
		cmd := exec.Command("go", "clean", "-modcache")
		cmd.Env = append(os.Environ(), "GOMODCACHE="+cache)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Logf("go clean -modcache: %v\n%s", err, out)
		}
	})
	return []string{
		"GOPROXY=file://" + filepath.ToSlash(dir),
		"GOSUMDB=off",
		"GONOSUMDB=*",
		"GOMODCACHE=" + cache,
		"GOFLAGS=-mod=mod",
	}
}

// Greet is a pure-Go module (example.com/greet v1.0.0): Hello("x") is
// "Hello, x!" (through a second package, greet/internal/punct), and a
// file for another system that the interpreter must not load.
var Greet = Module{Path: "example.com/greet", Version: "v1.0.0", Files: map[string]string{
	"greet.go": `// Package greet says hello.
package greet

import "example.com/greet/internal/punct"

// Hello greets name.
func Hello(name string) string { return "Hello, " + name + punct.Bang }
`,
	"other.go": `//go:build plan9

package greet

func Hello(name string) string { return "plan9 " + name }
`,
	"internal/punct/punct.go": "package punct\n\nconst Bang = \"!\"\n",
}}

// Cgo is a module whose package uses cgo (example.com/cgohello v1.0.0).
var Cgo = Module{Path: "example.com/cgohello", Version: "v1.0.0", Files: map[string]string{
	"hello.go": `package cgohello

// int answer(void) { return 42; }
import "C"

// Answer is computed in C.
func Answer() int { return int(C.answer()) }
`,
}}

// Asm is a module whose package has an assembly file for amd64 and arm64
// (example.com/asmadd v1.0.0), and a user of it (example.com/usesasm).
var Asm = Module{Path: "example.com/asmadd", Version: "v1.0.0", Files: map[string]string{
	"add.go":       "//go:build amd64 || arm64\n\npackage asmadd\n\n// Add is written in assembly.\nfunc Add(a, b int64) int64\n",
	"add_other.go": "//go:build !amd64 && !arm64\n\npackage asmadd\n\nfunc Add(a, b int64) int64 { return a + b }\n",
	"add_amd64.s":  "#include \"textflag.h\"\n\nTEXT ·Add(SB),NOSPLIT,$0-24\n\tMOVQ a+0(FP), AX\n\tADDQ b+8(FP), AX\n\tMOVQ AX, ret+16(FP)\n\tRET\n",
	"add_arm64.s":  "#include \"textflag.h\"\n\nTEXT ·Add(SB),NOSPLIT,$0-24\n\tMOVD a+0(FP), R0\n\tMOVD b+8(FP), R1\n\tADD R1, R0\n\tMOVD R0, ret+16(FP)\n\tRET\n",
}}

// UsesAsm imports Asm.
var UsesAsm = Module{Path: "example.com/usesasm", Version: "v1.0.0", Files: map[string]string{
	"go.mod": "module example.com/usesasm\n\ngo 1.21\n\nrequire example.com/asmadd v1.0.0\n",
	"sum.go": "package usesasm\n\nimport \"example.com/asmadd\"\n\n// Sum adds with asmadd.\nfunc Sum(a, b int64) int64 { return asmadd.Add(a, b) }\n",
}}

// Modern is pure Go that the interpreter does not support (the clear
// builtin of Go 1.21): example.com/modern v1.0.0.
var Modern = Module{Path: "example.com/modern", Version: "v1.0.0", Files: map[string]string{
	"modern.go": "package modern\n\n// Clear empties a map.\nfunc Clear() int {\n\tm := map[int]int{1: 1}\n\tclear(m)\n\treturn len(m)\n}\n",
}}
