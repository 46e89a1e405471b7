// Package native builds compiled child programs for runtime/processes:
// a Process or pool task whose target is a function of the session runs
// in a program built with the go command from the declarations that
// function needs (kernel/program.Child), instead of in an interpreter
// that rebuilds them. Programs are built once per target and set of
// declarations, in the background at first use; until one is ready (or
// when it cannot be built) the interpreted child runs the task, so the
// learner never waits for a build and never loses a task.
package native

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"time"

	"gokernel/kernel/compiled"
	"gokernel/kernel/gotool"
	"gokernel/kernel/program"
)

// Mode says when native children are used; GOKERNEL_NATIVE_CHILDREN sets
// it: "0" or "off" (never: always the interpreter), "wait" (build before
// the first task starts, so that every task runs compiled: tests and
// benchmarks), anything else (the default: build in the background).
type Mode int

const (
	Background Mode = iota
	Off
	Wait
)

// ModeFromEnv reads GOKERNEL_NATIVE_CHILDREN.
func ModeFromEnv() Mode {
	switch os.Getenv("GOKERNEL_NATIVE_CHILDREN") {
	case "0", "off", "false", "no":
		return Off
	case "wait":
		return Wait
	}
	return Background
}

// Builder gives runtime/processes compiled children
// (processes.SetNativeChildren(b.Child)).
type Builder struct {
	ws   *compiled.Workspace
	mode Mode
	log  io.Writer

	mu        sync.Mutex
	lastDecls []string          // the declarations seen last: the hook is
	byTarget  map[string]*build // called for every task; its builds by target
	// bySource holds a build per program: a cell that changes nothing a
	// target needs (x := 1) gives the same program, built once.
	bySource map[string]*build
	order    []string // keys of bySource, oldest first (bounded)
}

// maxPrograms bounds the programs a session keeps (each a few MB).
const maxPrograms = 32

type build struct {
	done chan struct{}
	exe  string
	err  error
}

// New returns a builder that builds in ws and logs failed builds to log
// (the kernel's log, not a cell: the interpreted child ran the task).
func New(ws *compiled.Workspace, mode Mode, log io.Writer) *Builder {
	return &Builder{ws: ws, mode: mode, log: log, byTarget: map[string]*build{}, bySource: map[string]*build{}}
}

// Child is the hook of processes.SetNativeChildren: the program to start
// for target with decls, once built.
func (b *Builder) Child(target string, decls []string) (path string, args []string, ok bool) {
	if b.mode == Off {
		return "", nil, false
	}
	b.mu.Lock()
	if !slices.Equal(decls, b.lastDecls) {
		b.lastDecls = slices.Clone(decls)
		clear(b.byTarget)
	}
	bl, seen := b.byTarget[target]
	if !seen {
		bl = b.buildFor(target, b.lastDecls)
		b.byTarget[target] = bl
	}
	b.mu.Unlock()
	if b.mode == Wait {
		<-bl.done
	}
	select {
	case <-bl.done:
		return bl.exe, nil, bl.err == nil
	default:
		return "", nil, false
	}
}

// buildFor finds or starts the build of target's program. b.mu is held.
func (b *Builder) buildFor(target string, decls []string) *build {
	src, err := program.Child(decls, []string{target}, program.Options{})
	if err != nil {
		bl := &build{done: make(chan struct{}), err: err}
		close(bl.done)
		b.logf("native child for %s not built (the interpreter runs it): %v", target, err)
		return bl
	}
	key := hashFiles(src.Files)
	if bl, ok := b.bySource[key]; ok {
		return bl
	}
	bl := &build{done: make(chan struct{})}
	b.bySource[key] = bl
	b.order = append(b.order, key)
	if len(b.order) > maxPrograms {
		delete(b.bySource, b.order[0])
		b.order = b.order[1:]
	}
	go b.build(bl, target, src.Files)
	return bl
}

// build compiles a child program.
func (b *Builder) build(bl *build, target string, files map[string][]byte) {
	defer close(bl.done)
	if _, err := gotool.Find(); err != nil {
		bl.err = err // no toolchain: interpreted children, said once in the banner
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bl.exe, bl.err = b.ws.Build(ctx, files, compiled.BuildOptions{})
	if bl.err != nil {
		b.logf("native child for %s not built (the interpreter runs it): %v", target, bl.err)
	}
}

func (b *Builder) logf(format string, args ...any) {
	if b.log != nil {
		fmt.Fprintf(b.log, format+"\n", args...)
	}
}

func hashFiles(files map[string][]byte) string {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, name := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(files[name]))
		h.Write(files[name])
	}
	return hex.EncodeToString(h.Sum(nil))
}
