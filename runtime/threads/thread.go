package threads

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"gokernel/runtime/session"
)

// Thread runs a function with its arguments on its own goroutine, like
// Python's threading.Thread. Make one with New (then Start it) or Start.
//
//	t := threads.New(worker, 1, "a").Named("T1")
//	t.Start()
//	t.Join()
type Thread struct {
	name  string
	seq   int64 // creation order
	fn    reflect.Value
	args  []reflect.Value
	cell  string // the cell that started it: its panic report goes there
	extra bool   // not started by this package (Current of a plain goroutine)

	mu      sync.Mutex
	started bool
	id      int64
	done    chan struct{}
	err     error
}

var (
	threadSeq atomic.Int64
	registry  sync.Map // goroutine id -> *Thread
)

// New makes a Thread that will call fn(args...) when started. The
// arguments are checked against fn's parameters now: a wrong count or a
// value that does not fit a parameter panics with a message naming it.
// An untyped number fits any numeric parameter that holds it exactly.
//
//	t := threads.New(func(n int, s string) { fmt.Println(n, s) }, 1, "hi")
//	t.Start()
func New(fn any, args ...any) *Thread {
	f, vals, err := bind(fn, args)
	if err != nil {
		panic(err)
	}
	n := threadSeq.Add(1)
	return &Thread{name: fmt.Sprintf("Thread-%d", n), seq: n, fn: f, args: vals, done: make(chan struct{})}
}

// NewArgs is New with the arguments in a slice, for building them in a
// loop.
//
//	t := threads.NewArgs(worker, []any{1, "a"})
func NewArgs(fn any, args []any) *Thread { return New(fn, args...) }

// Start makes a Thread for fn(args...) and starts it at once.
//
//	for i := 1; i <= 5; i++ {
//		threads.Start(func(n int) { fmt.Println("Hello from Thread", n) }, i)
//	}
func Start(fn any, args ...any) *Thread { return New(fn, args...).Start() }

// Named sets the thread's name (shown in panic reports and by Current)
// and returns the thread; call it before Start.
//
//	t := threads.New(worker, 1).Named("T1").Start()
func (t *Thread) Named(name string) *Thread {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.started {
		panic(fmt.Sprintf("threads: Named(%q) on thread %q after Start", name, t.name))
	}
	t.name = name
	return t
}

// Name returns the thread's name: "Thread-N" unless set with Named.
//
//	fmt.Println(t.Name())
func (t *Thread) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// ID returns the id of the goroutine the thread runs on (0 before
// Start), the same number Current().ID() gives inside it.
//
//	fmt.Println(t.ID())
func (t *Thread) ID() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.id
}

// Start runs the thread's function on a new goroutine and returns the
// thread. Starting a thread twice panics.
//
//	t.Start()
func (t *Thread) Start() *Thread {
	t.mu.Lock()
	if t.extra {
		t.mu.Unlock()
		panic(fmt.Sprintf("threads: %q was not made by threads.New and cannot be started", t.name))
	}
	if t.started {
		t.mu.Unlock()
		panic(fmt.Sprintf("threads: thread %q started twice", t.name))
	}
	t.started = true
	t.cell = session.CurrentCell()
	t.mu.Unlock()
	running := make(chan struct{})
	session.Flush() // a thread that kills the process takes no earlier output along
	go t.run(running)
	<-running // so that ID and Current are right as soon as Start returns
	return t
}

func (t *Thread) run(running chan struct{}) {
	g := goid()
	t.mu.Lock()
	t.id = g
	cell := t.cell
	t.mu.Unlock()
	// What the thread prints, displays or starts belongs to the cell
	// that started it, even after that cell finished.
	defer session.BeginWork(cell)()
	registry.Store(g, t)
	close(running)
	var err error
	returned := false
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Thread: t.Name(), Value: r, Stack: userStack(string(debug.Stack()))}
		} else if !returned {
			// runtime.Goexit, e.g. the interpreter stopping an interrupted cell
			err = &PanicError{Thread: t.Name(), Value: "the thread was stopped before its function returned"}
		}
		t.finish(err)
	}()
	out := t.fn.Call(t.args)
	returned = true
	if n := len(out); n > 0 && out[n-1].Type() == errorType && !out[n-1].IsNil() {
		err = &ReturnedError{Thread: t.Name(), Err: out[n-1].Interface().(error)}
	}
}

// finish records the outcome, reports a failure and releases Join.
func (t *Thread) finish(err error) {
	if !raceEnabled {
		// Under the race detector the entry stays (goroutine ids are
		// never reused): Delete would lock the registry after the
		// thread's work, and a thread started later locks it too, an
		// order that would hide a race between the two threads from
		// the detector (E2 would pass when one thread ends before the
		// other starts).
		registry.Delete(t.id)
	}
	t.mu.Lock()
	t.err = err
	cell := t.cell
	t.mu.Unlock()
	if err != nil {
		msg := err.Error()
		if p, ok := err.(*PanicError); ok && p.Value != ErrInterrupted && p.Stack != "" {
			msg += "\n" + p.Stack // an interrupt's stack would only be noise
		}
		if !strings.HasSuffix(msg, "\n") {
			msg += "\n"
		}
		session.Emit(session.Output{Cell: cell, Kind: "stream", Name: "stderr", Text: msg})
	}
	close(t.done)
}

// Join waits until the thread's function has returned (or panicked).
// Joining a thread that was not started, or joining from inside the
// thread itself, panics: it would wait for ever. If the cell is
// interrupted meanwhile, Join panics with ErrInterrupted.
//
//	t.Join()
func (t *Thread) Join() {
	t.checkJoin()
	select {
	case <-t.done:
		return
	default:
	}
	stop, untrack := interruptible()
	defer untrack()
	select {
	case <-t.done:
	case <-stop:
		panic(ErrInterrupted)
	}
}

// JoinTimeout waits at most d for the thread and reports whether it has
// finished.
//
//	if !t.JoinTimeout(time.Second) { fmt.Println(t.Name(), "still running") }
func (t *Thread) JoinTimeout(d time.Duration) bool {
	t.checkJoin()
	select {
	case <-t.done:
		return true
	default:
	}
	timer := time.NewTimer(timeout(d))
	defer timer.Stop()
	select {
	case <-t.done:
		return true
	case <-timer.C:
		return false
	}
}

func (t *Thread) checkJoin() {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case t.extra:
		panic(fmt.Sprintf("threads: cannot join %q: it was not started by threads", t.name))
	case !t.started:
		panic(fmt.Sprintf("threads: cannot join thread %q before it is started", t.name))
	case t.id == goid():
		panic(fmt.Sprintf("threads: thread %q cannot join itself", t.name))
	}
}

// Alive reports whether the thread has started and not yet finished.
//
//	fmt.Println(t.Alive())
func (t *Thread) Alive() bool {
	t.mu.Lock()
	started, extra := t.started, t.extra
	t.mu.Unlock()
	if extra {
		return true
	}
	if !started {
		return false
	}
	select {
	case <-t.done:
		return false
	default:
		return true
	}
}

// Err returns why the thread failed after it finished: a *PanicError if
// its function panicked, a *ReturnedError if it returned a non-nil error
// as its last result, else nil. Err is nil while the thread runs.
//
//	t.Join()
//	if err := t.Err(); err != nil { fmt.Println("failed:", err) }
func (t *Thread) Err() error {
	select {
	case <-t.done:
	default:
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

// String returns a short description such as `Thread "T1" (running)`.
//
//	fmt.Println(t)
func (t *Thread) String() string {
	t.mu.Lock()
	started := t.started
	t.mu.Unlock()
	state := "initial"
	switch {
	case t.Alive():
		state = "running"
	case started:
		state = "finished"
	}
	return fmt.Sprintf("Thread %q (%s)", t.Name(), state)
}

// PanicError is a panic inside a Thread, caught so that the session goes
// on; the thread's Err returns it and it is printed on stderr.
//
//	if p, ok := t.Err().(*threads.PanicError); ok { fmt.Println(p.Value) }
type PanicError struct {
	Thread string // the thread's name
	Value  any    // the value passed to panic
	Stack  string // the stack at the panic, without interpreter and runtime frames
}

// Error returns `Exception in thread "T1": <panic value>`.
//
//	fmt.Println(err.Error())
func (e *PanicError) Error() string {
	return fmt.Sprintf("Exception in thread %q: %v", e.Thread, e.Value)
}

// Unwrap returns the panic value if it is an error, for errors.Is and
// errors.As.
//
//	errors.Is(t.Err(), threads.ErrInterrupted)
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// ReturnedError is a non-nil error returned by a Thread's function as its
// last result; the thread's Err returns it and it is printed on stderr.
//
//	if r, ok := t.Err().(*threads.ReturnedError); ok { fmt.Println(r.Err) }
type ReturnedError struct {
	Thread string // the thread's name
	Err    error  // what the function returned
}

// Error returns `Thread "T1" returned error: <err>`.
//
//	fmt.Println(err.Error())
func (e *ReturnedError) Error() string {
	return fmt.Sprintf("Thread %q returned error: %v", e.Thread, e.Err)
}

// Unwrap returns the function's error, for errors.Is and errors.As.
//
//	errors.Is(t.Err(), io.EOF)
func (e *ReturnedError) Unwrap() error { return e.Err }

// Current returns the thread that calls it. In a Thread that is the
// Thread itself. Any other goroutine gets a stand-in that cannot be
// started or joined: the cell's own code is "MainThread", a goroutine
// started with a plain go statement is "Goroutine-<id>". ID is always the
// calling goroutine's id.
//
//	threads.Start(func() { fmt.Println("I am", threads.Current().Name()) })
func Current() *Thread {
	g := goid()
	if t, ok := registry.Load(g); ok {
		return t.(*Thread)
	}
	name := fmt.Sprintf("Goroutine-%d", g)
	if mainGoroutine(creator()) {
		name = "MainThread"
	}
	return &Thread{name: name, id: g, extra: true, started: true}
}

// ActiveCount returns the number of Threads running now (threads made by
// this package; the cell itself and plain goroutines are not counted).
//
//	fmt.Println(threads.ActiveCount())
func ActiveCount() int {
	n := 0
	registry.Range(func(_, _ any) bool { n++; return true })
	return n
}

// Enumerate returns the Threads running now, in start order (like
// Python's threading.enumerate, without the main thread).
//
//	for _, t := range threads.Enumerate() { fmt.Println(t.Name()) }
func Enumerate() []*Thread {
	var ts []*Thread
	registry.Range(func(_, v any) bool { ts = append(ts, v.(*Thread)); return true })
	sort.Slice(ts, func(i, j int) bool { return ts[i].seq < ts[j].seq })
	return ts
}

// mainGoroutine tells from the "created by" line of a goroutine's stack
// whether it runs a cell's own code: the interpreter runs each cell on a
// goroutine of its EvalWithContext or ExecuteWithContext (a plain Eval or
// Execute runs on the caller's, e.g. the program's first goroutine).
func mainGoroutine(createdBy string) bool {
	return createdBy == "" ||
		strings.HasPrefix(createdBy, "github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext") ||
		strings.HasPrefix(createdBy, "github.com/traefik/yaegi/interp.(*Interpreter).ExecuteWithContext")
}

var errorType = reflect.TypeFor[error]()
