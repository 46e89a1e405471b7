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
	lastDecls []string // the declarations hashed last, and their hash:
	lastHash  string   // the hook is called for every task
	builds    map[string]*build
}

type build struct {
	done chan struct{}
	exe  string
	err  error
}

// New returns a builder that builds in ws and logs failed builds to log
// (the kernel's log, not a cell: the interpreted child ran the task).
func New(ws *compiled.Workspace, mode Mode, log io.Writer) *Builder {
	return &Builder{ws: ws, mode: mode, log: log, builds: map[string]*build{}}
}

// Child is the hook of processes.SetNativeChildren: the program to start
// for target with decls, once built.
func (b *Builder) Child(target string, decls []string) (path string, args []string, ok bool) {
	if b.mode == Off {
		return "", nil, false
	}
	b.mu.Lock()
	if !slices.Equal(decls, b.lastDecls) {
		b.lastDecls, b.lastHash = slices.Clone(decls), hashDecls(decls)
	}
	key := b.lastHash + "\x00" + target
	bl, started := b.builds[key]
	if !started {
		bl = &build{done: make(chan struct{})}
		b.builds[key] = bl
		go b.build(bl, target, slices.Clone(decls))
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

// build compiles the child program of target.
func (b *Builder) build(bl *build, target string, decls []string) {
	defer close(bl.done)
	if _, err := gotool.Find(); err != nil {
		bl.err = err // no toolchain: interpreted children, said once in the banner
		return
	}
	src, err := program.Child(decls, []string{target}, program.Options{})
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		bl.exe, err = b.ws.Build(ctx, src.Files, compiled.BuildOptions{})
		cancel()
	}
	if err != nil {
		bl.err = err
		if b.log != nil {
			fmt.Fprintf(b.log, "native child for %s not built (the interpreter runs it): %v\n", target, err)
		}
	}
}

func hashDecls(decls []string) string {
	h := sha256.New()
	for _, d := range decls {
		fmt.Fprintf(h, "%d\x00%s", len(d), d)
	}
	return hex.EncodeToString(h.Sum(nil))
}
