package processes

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"gokernel/runtime/session"
)

// Native children: compiled programs that run a target instead of the
// interpreted child (the kernel binary rebuilding the session's
// declarations in an interpreter). The kernel builds them; this package
// only starts them and falls back to the interpreted child whenever a
// native one cannot serve:
//
//   - it cannot be started, or dies before acknowledging its first task
//     (every request to a native child asks for an acknowledgement sent
//     just before the call): the task, which has not run, goes to an
//     interpreted child, and the program is not used again for that
//     target;
//   - it lacks the function a task names (a pool worker started for f
//     given g): the worker's child is replaced by one started for g
//     (native if one is ready for g, else interpreted) and the task is
//     sent again. A program started for g that lacks g is not used again
//     for g;
//   - the session's declarations changed since it was built and the hook
//     gives another program (or none) for them: it is replaced before its
//     next task, as an interpreted child would be given the new
//     declarations.
//
// A pool worker changes its child for a native one only when it takes the
// first task of a submission it has not served yet, so one Map still sees
// at most one process per worker (E5).

var (
	nativeMu     sync.Mutex
	nativeHook   func(target string, decls []string) (path string, args []string, ok bool)
	nativeFailed = map[string]bool{} // program + "\x00" + target that could not serve

	// nativeLog receives the output of native children that failed
	// before running their task: the kernel's log (fd 2), not the cell.
	// os.Stderr is taken at initialisation, before the evaluator points
	// it at the cell's pipe (a second os.File for fd 2 would close it
	// when collected).
	nativeLog io.Writer = os.Stderr
)

// SetNativeChildren installs f, which gives for a target function name
// and the session's declarations a compiled child program to start
// instead of the interpreted child: path, then args, then ChildCommand.
// The program must call Register for the functions it offers and
// RunChild; it is used only for the declarations it was built from.
// ok false means none is ready (f may start a build in the background):
// the interpreted child runs the target. nil removes the hook. f is called
// for every Process started and every pool task, so it must be quick.
//
//	processes.SetNativeChildren(func(target string, decls []string) (string, []string, bool) {
//		return builds.Ready(target, decls)
//	})
func SetNativeChildren(f func(target string, decls []string) (path string, args []string, ok bool)) {
	nativeMu.Lock()
	nativeHook = f
	nativeMu.Unlock()
}

// nativeChild asks the hook for a program for target, unless that program
// already failed for it.
func nativeChild(target string, decls []string) (string, []string, bool) {
	nativeMu.Lock()
	f := nativeHook
	nativeMu.Unlock()
	if f == nil {
		return "", nil, false
	}
	path, args, ok := f(target, decls)
	if !ok || path == "" {
		return "", nil, false
	}
	nativeMu.Lock()
	failed := nativeFailed[program(path, args)+"\x00"+target]
	nativeMu.Unlock()
	return path, args, !failed
}

// program names a native child program: its path and arguments.
func program(path string, args []string) string {
	return strings.Join(append([]string{path}, args...), " ")
}

// nativeFailedFor records that prog cannot serve target.
func nativeFailedFor(prog, target, why string) {
	nativeMu.Lock()
	nativeFailed[prog+"\x00"+target] = true
	nativeMu.Unlock()
	fmt.Fprintf(nativeLog, "gokernel: native child %s cannot run %s (%s); the interpreter runs it\n", prog, target, why)
}

// startChild starts a child for target: the native program if one is
// ready for these declarations, else the interpreted child.
func startChild(cell, target string, decls []string) (*proc, error) {
	if path, args, ok := nativeChild(target, decls); ok {
		c, err := startProcAt(cell, path, append(append([]string(nil), args...), ChildCommand), true)
		if err == nil {
			c.native, c.path, c.target, c.decls = true, program(path, args), target, decls
			return c, nil
		}
		nativeFailedFor(program(path, args), target, err.Error())
	}
	return startProc(cell)
}

// nativeStale tells whether c is a native child that cannot serve target
// under decls: built from other declarations, unless the hook gives the
// very program c runs for these too (the change does not touch what it
// was built from). Only c's owner goroutine calls it.
func (c *proc) nativeStale(target string, decls []string) bool {
	if !c.native || sameDecls(c.decls, decls) {
		return false
	}
	if path, args, ok := nativeChild(target, decls); ok && program(path, args) == c.path {
		c.decls = decls
		return false
	}
	return true
}

// WaitCompiled waits at most d until new processes and pool workers can
// run f compiled, and reports whether they can. The kernel compiles a
// function the first time a process or pool runs it, in the background,
// and runs it interpreted until then; call WaitCompiled before timing a
// pool, so that every run is timed the same way. It reports false at
// once where there is nothing to wait for: no Go toolchain, a function
// that cannot be compiled, or a program that is not a kernel session.
//
//	processes.WaitCompiled(fib, 30*time.Second)
//	start := time.Now()
//	pool.Map(fib, jobs)
func WaitCompiled(f any, d time.Duration) bool {
	tg, err := resolveTarget(f)
	if err != nil {
		return false
	}
	nativeMu.Lock()
	hooked := nativeHook != nil
	nativeMu.Unlock()
	if !hooked {
		return false
	}
	stop := make(chan struct{})
	var once sync.Once
	untrack := session.Track(session.CurrentCell(), func() { once.Do(func() { close(stop) }) })
	defer untrack()
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	for {
		if _, _, ok := nativeChild(tg.name, session.Declarations()); ok {
			return true
		}
		select {
		case <-deadline.C:
			return false
		case <-stop:
			return false
		case <-time.After(20 * time.Millisecond):
		}
	}
}
