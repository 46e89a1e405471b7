package typecheck

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"gokernel/kernel/gotool"
	"gokernel/kernel/program"
	gkruntime "gokernel/runtime"
)

// common are the packages whose export data is listed (and built if the
// build cache lacks it) when the checker starts; others are listed the
// first time a cell needs them.
var common = []string{
	"bufio", "bytes", "cmp", "container/heap", "container/list", "context", "encoding/json",
	"errors", "fmt", "html/template", "io", "iter", "maps", "math", "math/rand", "math/rand/v2", "os",
	"slices", "sort", "strconv", "strings", "sync", "sync/atomic", "text/template", "time", "unicode",
}

// warm are imported right after listing, so that the first cells do not
// pay for reading their export data.
var warm = []string{"fmt", "strings", "time", "sync", "math", "gokernel/runtime/threads"}

// load lists the export data of the common packages and the runtime,
// and the names of the standard packages, then marks the checker ready.
func (c *Checker) load() {
	defer close(c.ready)
	cache := cacheDir()
	tc, err := gotool.Find()
	if err != nil {
		// Without a toolchain, what a checker with one cached, if there
		// is a cache of this kernel binary.
		if !c.loadCache(cache) {
			c.setOff(err)
			return
		}
		program.SeedStd(c.stdNames())
		c.warm()
		return
	}
	dir, err := gkruntime.Dir()
	if err != nil {
		c.setOff(err)
		return
	}
	c.goCmd, c.dir = tc.Go, dir
	if cache != "" && cacheable(tc.Version) {
		c.cache = cache
	}
	// The cache a kernel of this binary filled with this very toolchain
	// has what listing would give (the key covers the runtime's source):
	// starting from it spares every kernel start two go commands (about
	// 0.4 s of CPU) and DefaultResolve's walk of GOROOT (0.1 s). Packages
	// it lacks are listed when a cell needs them.
	if c.cache != "" && tc.Version == runtime.Version() && c.loadCache(c.cache) && c.cached(common, gkruntime.Packages()) {
		program.SeedStd(c.stdNames())
		c.warm()
		return
	}
	program.DefaultResolve("fmt") // its walk of GOROOT, once, off the cells' path
	if err := c.list(append(append([]string(nil), common...), gkruntime.Packages()...)); err != nil {
		c.setOff(err)
		return
	}
	if err := c.listNames(); err != nil {
		c.setOff(err)
		return
	}
	c.warm()
}

// cached says whether the export data of every package of the lists
// came from the cache.
func (c *Checker) cached(lists ...[]string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, l := range lists {
		for _, p := range l {
			if c.exports[p] == "" {
				return false
			}
		}
	}
	return true
}

// warm imports the warm packages.
func (c *Checker) warm() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range warm {
		c.imp.Import(p)
	}
}

// stdNames is the standard library's name -> path map the cache gave.
func (c *Checker) stdNames() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.std
}

func (c *Checker) setOff(err error) {
	c.mu.Lock()
	c.off = err
	c.mu.Unlock()
}

// goCommand runs the go command in the runtime module's directory,
// where both std and gokernel/runtime/... resolve.
func (c *Checker) goCommand(args ...string) ([]byte, error) {
	c.goRuns.Add(1)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.goCmd, args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod", "GOWORK=off", "GO111MODULE=on", "GOPROXY=off")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("go %s: %v: %s", args[0], err, strings.TrimSpace(errb.String()))
	}
	return out, nil
}

// list records the export data files of paths and their dependencies,
// and copies those of standard and runtime packages into the cache. A
// path the go command cannot list (or, without a toolchain, that the
// cache lacks) is remembered as unavailable.
func (c *Checker) list(paths []string) error {
	if c.goCmd == "" { // from the cache: it has what there is
		c.mu.Lock()
		defer c.mu.Unlock()
		c.markUnavailable(paths)
		return nil
	}
	args := append([]string{"list", "-e", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}\t{{.Standard}}"}, paths...)
	out, err := c.goCommand(args...)
	if err != nil && len(out) == 0 {
		return err
	}
	var keep [][2]string // for the cache
	c.mu.Lock()
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		path, rest, ok := strings.Cut(sc.Text(), "\t")
		file, std, _ := strings.Cut(rest, "\t")
		if ok && file != "" {
			c.exports[path] = file
			if std == "true" || strings.HasPrefix(path, "gokernel/runtime/") {
				keep = append(keep, [2]string{path, file})
			}
		}
	}
	c.markUnavailable(paths)
	c.mu.Unlock()
	if c.cache != "" {
		for _, k := range keep {
			cacheExport(c.cache, k[0], k[1]) // a package not cached is unchecked without a toolchain
		}
	}
	return nil
}

// markUnavailable remembers the paths without export data; called with
// c.mu held.
func (c *Checker) markUnavailable(paths []string) {
	for _, p := range paths {
		if _, ok := c.exports[p]; !ok && p != "unsafe" {
			c.unavailable[p] = true
		}
	}
}

// listNames finds the package names whose shortest standard packages
// tie (text/template and html/template): a cell using one without
// importing it may mean either to the interpreter, which picks the
// shortest path, so such cells are not checked.
func (c *Checker) listNames() error {
	out, err := c.goCommand("list", "-e", "-f", "{{.ImportPath}} {{.Name}}", "std")
	if err != nil && len(out) == 0 {
		return err
	}
	c.mu.Lock()
	c.ambiguousFrom(out)
	c.mu.Unlock()
	if c.cache != "" {
		cacheNames(c.cache, out) // last: it makes the cache usable
	}
	return nil
}

// ambiguousFrom records the ambiguous names of the standard packages
// that out lists ("path name" lines); called with c.mu held.
func (c *Checker) ambiguousFrom(out []byte) {
	shortest := map[string]int{}
	ties := map[string]int{}
	for line := range strings.Lines(string(out)) {
		path, name, _ := strings.Cut(strings.TrimSpace(line), " ")
		if strings.Contains(path, "internal") || strings.Contains(path, "vendor") || name == "main" {
			continue
		}
		switch l, ok := shortest[name]; {
		case !ok || len(path) < l:
			shortest[name], ties[name] = len(path), 1
		case len(path) == l:
			ties[name]++
		}
	}
	for n, k := range ties {
		if k > 1 {
			c.ambiguous[n] = true
		}
	}
}

// fetch lists paths in the background (once at a time); done closes when
// it finished.
func (c *Checker) fetch(paths []string) (done chan struct{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fetching != nil {
		return c.fetching
	}
	done = make(chan struct{})
	c.fetching = done
	go func() {
		c.list(paths)
		c.mu.Lock()
		c.fetching = nil
		c.mu.Unlock()
		close(done)
	}()
	return done
}
