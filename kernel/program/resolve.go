package program

import (
	"go/build"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// Runtime maps the names of gokernel's runtime packages, which cells use
// without importing them, to their import paths.
var Runtime = map[string]string{
	"threads":   "gokernel/runtime/threads",
	"processes": "gokernel/runtime/processes",
	"shared":    "gokernel/runtime/shared",
	"queues":    "gokernel/runtime/queues",
	"display":   "gokernel/runtime/display",
}

// preferred settles names that two standard packages share with paths of
// the same length.
var preferred = map[string]string{
	"template": "text/template",
}

// DefaultResolve maps a package name that a cell uses without importing
// it to an import path: gokernel's runtime packages, then the standard
// library of the Go installation on this machine (found once, on first
// use). A name that several standard packages share resolves to the
// shorter path: rand is math/rand, template is text/template.
//
//	path, ok := program.DefaultResolve("strings") // "strings", true
func DefaultResolve(name string) (path string, ok bool) {
	if p, ok := Runtime[name]; ok {
		return p, true
	}
	stdOnce.Do(loadStd)
	p, ok := std[name]
	return p, ok
}

var (
	stdOnce sync.Once
	std     map[string]string // package name -> import path
)

// SeedStd gives DefaultResolve its standard-library answers without the
// walk of GOROOT (about 0.1 s, at every kernel start): names is what an
// earlier walk with the same Go release answered, name -> import path
// (kernel/typecheck caches it). It does nothing once DefaultResolve has
// run.
func SeedStd(names map[string]string) {
	stdOnce.Do(func() { std = maps.Clone(names) })
}

// loadStd walks GOROOT/src: much faster than `go list std`, and
// build.Context.ImportDir drops packages whose files all belong to other
// systems (syscall/js) and commands.
func loadStd() {
	std = map[string]string{}
	root := goroot()
	if root == "" {
		return
	}
	src := filepath.Join(root, "src")
	filepath.WalkDir(src, func(dir string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(src, dir)
		rel = filepath.ToSlash(rel)
		base := d.Name()
		if rel != "." && (base == "internal" || base == "vendor" || base == "testdata" || base == "cmd" && rel == "cmd" ||
			strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") || rel == "builtin") {
			return filepath.SkipDir
		}
		if rel == "." {
			return nil
		}
		pkg, err := build.Default.ImportDir(dir, 0)
		if err != nil || pkg.Name == "main" || pkg.Name == "" {
			return nil
		}
		name := pkg.Name
		if old, ok := std[name]; ok && !better(name, rel, old) {
			return nil
		}
		std[name] = rel
		return nil
	})
}

// better says whether path beats old as the package called name.
func better(name, path, old string) bool {
	if p, ok := preferred[name]; ok {
		return path == p
	}
	if len(path) != len(old) {
		return len(path) < len(old)
	}
	return path < old
}

// goroot is the GOROOT of the go command on PATH, or else of the Go that
// built this program.
func goroot() string {
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		if r := strings.TrimSpace(string(out)); r != "" {
			return r
		}
	}
	return build.Default.GOROOT
}
