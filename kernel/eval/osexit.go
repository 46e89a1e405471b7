package eval

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"

	"gokernel/runtime/session"
)

// os.Exit in a cell ends the cell, as it ends a Go program: nothing after
// it runs, not even deferred calls, what the cell printed before stays,
// and the cell fails with ExitStatus "the program exited with status N"
// (what a compiled run reports); os.Exit(0) ends it without an error. The
// evaluator and the session's state live on, and the goroutines the cell
// started keep running, as at the end of any cell.
//
// yaegi (not unrestricted) makes os.Exit panic("os.Exit(N)"). That
// panic is not an exit (deferred calls ran, recover() stopped it), and
// worse: while a panic unwinds, yaegi looks for the node of each
// interpreted frame by walking the syntax tree around it, which loops
// forever when the tree holds a generic function that calls itself (the
// instantiation becomes a child of its own recursive call, e.g.
// slices.SortFunc's pdqsort from kernel/gostd): the cell hung, then the
// evaluator died of a stack overflow. (A panic in such a function still
// does; that walk is yaegi's, in interp.originalExecNode.)
//
// So the session gives cells its own os.Exit (and log.Fatal*, which is
// log.Print* then os.Exit(1)): it records the status for the running
// cell and blocks the calling goroutine for good, so that nothing of it
// runs again and its deferred calls never run. runChunk, which waits for
// the cell's code, returns at once. If the caller is not the cell's own
// flow (a goroutine, a callback of a compiled package), the cell's code
// is stopped as an interrupt stops it, since the flow must not go on
// (like an interrupt, that also stops goroutines of earlier cells).
// Outside a running cell (a goroutine of a cell that has ended, a child
// process's function), os.Exit panics as before: blocking the session's
// own goroutine there would hang it.

// exitState is the os.Exit of the cell that runs now.
type exitState struct {
	mu      sync.Mutex
	running bool          // a cell runs (beginCell .. endCell)
	exited  chan struct{} // closed at the cell's first os.Exit
	code    int
	inFlow  bool // that os.Exit was in the flow of a chunk
	// panicked: not an os.Exit but a panic of a goroutine of the cell,
	// which ends a Go program (with status 2): its value and report.
	panicked      bool
	panicMsg, why string
	// Of the chunk that runs now, if any: the goroutine that called
	// ExecuteWithContext, and what interrupts the chunk.
	runner int64
	stop   func()
}

// exitError is the os.Exit (or the goroutine's panic) that ended a
// chunk.
type exitError struct {
	code          int
	panicked      bool
	panicMsg, why string
}

func (e exitError) Error() string { return fmt.Sprintf("os.Exit(%d)", e.code) }

// exitExports are the os.Exit and log.Fatal* cells call.
func (s *Session) exitExports() interp.Exports {
	fatal := func(msg string) {
		log.Default().Output(3, msg)
		s.osExit(1)
	}
	return interp.Exports{
		"os/os": {"Exit": reflect.ValueOf(s.osExit)},
		"log/log": {
			"Fatal":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
			"Fatalf":  reflect.ValueOf(func(format string, v ...any) { fatal(fmt.Sprintf(format, v...)) }),
			"Fatalln": reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
		},
	}
}

// osExit is os.Exit in cells (see above).
func (s *Session) osExit(code int) {
	s.flushStdout()
	x := &s.exit
	x.mu.Lock()
	if !x.running {
		x.mu.Unlock()
		panic("os.Exit(" + strconv.Itoa(code) + ")")
	}
	select {
	case <-x.exited: // a second os.Exit, in another goroutine
	default:
		x.code = code
		x.inFlow = x.runner != 0 && createdBy(x.runner)
		close(x.exited)
		if !x.inFlow && x.stop != nil {
			x.stop()
		}
	}
	x.mu.Unlock()
	select {} // for good: the program has ended
}

// beginCell makes os.Exit end the cell from now on.
func (s *Session) beginCell() {
	x := &s.exit
	x.mu.Lock()
	x.running, x.exited, x.code, x.inFlow, x.runner, x.stop = true, make(chan struct{}), 0, false, 0, nil
	x.panicked, x.panicMsg, x.why = false, "", ""
	x.mu.Unlock()
}

// endCell ends what beginCell started; it reports an os.Exit of the
// cell not seen yet (in a goroutine, after the cell's last chunk).
func (s *Session) endCell() (exitError, bool) {
	x := &s.exit
	x.mu.Lock()
	defer x.mu.Unlock()
	x.running = false
	select {
	case <-x.exited:
		return x.ended(), true
	default:
		return exitError{}, false
	}
}

// ended is how the cell's code ended; called with x.mu held.
func (x *exitState) ended() exitError {
	return exitError{x.code, x.panicked, x.panicMsg, x.why}
}

// goroutinePanic ends the running cell with the panic of a goroutine it
// started, as such a panic ends a Go program: the cell's code stops, as
// an interrupt stops it, and the cell fails with the panic. It reports
// false when no cell runs, or the goroutine works for an earlier cell
// (the panic is then only reported, under that cell).
func (s *Session) goroutinePanic(v any, why string) bool {
	x := &s.exit
	x.mu.Lock()
	defer x.mu.Unlock()
	// A goroutine of compiled code (wg.Go, time.AfterFunc) works for no
	// cell: it is taken as the running cell's.
	if w := session.WorkCell(); !x.running || w != "" && w != session.CurrentCell() {
		return false
	}
	select {
	case <-x.exited: // the cell has ended already (os.Exit, another panic)
		return true
	default:
	}
	x.code, x.panicked, x.panicMsg, x.why = 2, true, fmt.Sprint(v), why
	x.inFlow = false
	close(x.exited)
	if x.stop != nil {
		x.stop()
	}
	return true
}

// runChunk runs a compiled chunk of the running cell (between beginCell
// and endCell): like ExecuteWithContext, but it also returns when the
// cell's code calls os.Exit, with an exitError.
func (s *Session) runChunk(ctx context.Context, p *interp.Program) (reflect.Value, error) {
	x := &s.exit
	// The interpreter gets a context of its own: once an os.Exit blocked
	// the chunk's flow, its ExecuteWithContext must never see a cancel
	// (that would stop the code of later cells too).
	ictx, stop := context.WithCancel(context.Background())
	unlink := context.AfterFunc(ctx, stop)
	defer unlink()
	x.mu.Lock()
	exited := x.exited
	select {
	case <-exited: // by a goroutine, between two chunks
		ended := x.ended()
		x.mu.Unlock()
		return reflect.Value{}, ended
	default:
	}
	x.runner, x.stop = 0, stop
	x.mu.Unlock()
	active := s.active.Load()
	type result struct {
		v   reflect.Value
		err error
	}
	done := make(chan result, 1)
	go func() {
		x.mu.Lock()
		x.runner = goid()
		x.mu.Unlock()
		v, err := s.in.ExecuteWithContext(ictx, p)
		done <- result{v, err}
	}()
	var r result
	finished := false
	select {
	case r = <-done:
		finished = true
	case <-exited:
	case <-ctx.Done():
		// An interrupt, seen here first as ExecuteWithContext saw it
		// (the code may end at once, e.g. a read of stdin it unblocks).
		stop()
		r, finished = <-done, true
	}
	if finished && r.err == nil && ctx.Err() != nil {
		r.v, r.err = reflect.Value{}, ctx.Err()
	}
	x.mu.Lock()
	x.runner, x.stop = 0, nil
	ended, inFlow := x.ended(), x.inFlow
	x.mu.Unlock()
	select {
	case <-exited:
	default:
		stop()
		return r.v, r.err
	}
	switch {
	case inFlow:
		// The flow is blocked in os.Exit for good, inside the cell's
		// statement functions (see cell.wrap): they never leave.
		s.active.Add(active - s.active.Load())
	case !finished:
		// osExit interrupted the chunk: let its code notice.
		<-done
		s.settle()
	}
	return reflect.Value{}, ended
}

// exitResult is how a cell that called os.Exit(code), or whose goroutine
// panicked, ends.
func exitResult(x exitError, cell string) (*Result, error) {
	code := x.code
	if x.panicked {
		e := newError("panic", x.panicMsg, cell, 0, 0)
		e.Traceback = append(e.Traceback, strings.Split(strings.TrimRight(x.why, "\n"), "\n")...)
		e.Traceback = append(e.Traceback, "the panic of a goroutine ends a Go program: it ended the cell; the session keeps its variables")
		return nil, e
	}
	if code == 0 {
		return &Result{}, nil
	}
	e := newError("ExitStatus", fmt.Sprintf("the program exited with status %d", code), cell, 0, 0)
	e.Traceback = append(e.Traceback, fmt.Sprintf("os.Exit(%d) ended the cell as it ends a Go program: nothing after it ran, deferred calls neither; the session keeps its variables", code))
	return nil, e
}

// goid is the id of the calling goroutine.
func goid() int64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseInt(string(b), 10, 64)
	return id
}

// createdBy reports whether the calling goroutine is the one that
// ExecuteWithContext started in goroutine runner: the chunk's own flow.
func createdBy(runner int64) bool {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	i := bytes.LastIndex(buf, []byte("\ncreated by "))
	if i < 0 {
		return false
	}
	line, _, _ := bytes.Cut(buf[i+1:], []byte("\n"))
	return bytes.Contains(line, []byte("interp.(*Interpreter).ExecuteWithContext")) &&
		bytes.HasSuffix(line, []byte(" in goroutine "+strconv.FormatInt(runner, 10)))
}
