// Package processes runs functions of the notebook in other OS processes,
// like Python's multiprocessing: a Process runs one call, a Pool keeps
// worker processes that serve many.
//
// A child process is a fresh copy of the kernel's runtime that rebuilds
// the session's declarations (imports, types, funcs, vars, consts), or a
// compiled program of them when the kernel has one ready
// (SetNativeChildren), but never runs the cells' statements: package-level variables start from
// their declared values and nothing a child changes is seen by the kernel
// or other children. Arguments and results cross as JSON, decoded into
// the function's own parameter and result types; a func or chan cannot
// cross (use queues.Queue, queues.Pipe or runtime/shared values). What a
// child prints appears in the output of the cell that started it, even
// after that cell has finished.
//
//	func greet(name string) {
//		fmt.Printf("Process %d: Hello %s!\n", os.Getpid(), name)
//	}
//
//	p, err := processes.Start(greet, "Harry")
//	p.Join()
package processes

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"syscall"
	"time"

	"gokernel/runtime/session"
)

// Process runs one call of a top-level function in a new OS process.
//
//	p := processes.New(greet, "Harry")
//	err := p.Start()
//	p.Join()
//	code, _ := p.ExitCode() // 0
type Process struct {
	target target
	args   []json.RawMessage
	err    error // set by New when the call is invalid

	mu          sync.Mutex
	started     bool
	interrupted bool
	proc        *proc
	stopped     bool // Terminate or Kill
	read        readMark
	done        chan struct{}
	code        int
	result      any
	runErr      error
}

// New prepares a Process that calls target(args...) when started. The
// target and the arguments are checked now; Start reports any problem.
//
//	p := processes.New(greet, "Harry")
func New(target any, args ...any) *Process {
	p := &Process{done: make(chan struct{})}
	p.target, p.err = resolveTarget(target)
	if p.err == nil {
		p.args, p.err = p.target.encodeArgs(args)
	}
	return p
}

// NewProcess is New, under the name Python's multiprocessing.Process
// suggests.
//
//	p := processes.NewProcess(greet, "Harry")
func NewProcess(target any, args ...any) *Process { return New(target, args...) }

// Start creates a Process for target(args...) and starts it.
//
//	p, err := processes.Start(greet, "Harry")
func Start(target any, args ...any) (*Process, error) {
	p := New(target, args...)
	return p, p.Start()
}

// startFailed reports a failed start into the cell unless the error is
// read (see unread.go).
func (p *Process) startFailed(cell string, err error) error {
	name := p.target.name
	if name == "" {
		name = "a process"
	}
	reportUnread(cell, &p.read, fmt.Sprintf("processes.Start(%s) failed", name), err)
	return watch(err, &p.read)
}

// Start starts the process. A process starts once; its output goes to the
// cell running now, and interrupting that cell kills it.
//
//	err := p.Start()
func (p *Process) Start() error {
	cell := session.CurrentCell()
	if p.err != nil {
		return p.startFailed(cell, p.err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started {
		return errors.New("this process was already started; a process can be started only once (make a new one)")
	}
	decls := session.Declarations()
	c, err := startChild(cell, p.target.name, decls)
	if err != nil {
		return p.startFailed(cell, err)
	}
	err = p.send(c, decls)
	if err != nil && c.native {
		// A native program that cannot even take its task.
		c.signal(syscall.SIGKILL)
		c.finish()
		nativeFailedFor(c.path, p.target.name, err.Error())
		if c, err = startProc(cell); err != nil {
			return p.startFailed(cell, err)
		}
		err = p.send(c, decls)
	}
	if err != nil {
		c.signal(syscall.SIGKILL)
		c.finish()
		return p.startFailed(cell, fmt.Errorf("cannot start process: %v", err))
	}
	p.started = true
	p.proc = c
	untrack := session.Track(cell, p.interrupt)
	go p.wait(cell, decls, untrack)
	return nil
}

// send gives the child the call to run, then exit.
func (p *Process) send(c *proc, decls []string) error {
	req := request{ID: 1, Fn: p.target.name, Calls: [][]json.RawMessage{p.args}, Exit: true, Ack: c.native, Globals: p.target.globals}
	if !c.native {
		req.Decls, req.SetDecls = decls, true
	}
	return c.send(req)
}

// interrupt kills the process for session.StopCell.
func (p *Process) interrupt() {
	p.mu.Lock()
	p.interrupted = true
	c := p.proc
	p.mu.Unlock()
	c.signal(syscall.SIGKILL)
}

// reply waits for the child's result, skipping its acknowledgement. A
// native child that dies before it or lacks the function is replaced by
// an interpreted one, given the same call.
func (p *Process) reply(cell string, decls []string) (*proc, reply, bool) {
	p.mu.Lock()
	c := p.proc
	p.mu.Unlock()
	for {
		r, got := <-c.replies
		if got && r.Started {
			c.started()
			continue
		}
		if !c.native || c.acked || got && !r.NotFound {
			return c, r, got
		}
		// The native child ran nothing: give the call to the interpreter.
		c.signal(syscall.SIGKILL)
		c.finish()
		p.mu.Lock()
		interrupted := p.interrupted
		p.mu.Unlock()
		if interrupted {
			return c, reply{}, false
		}
		why := "it ended before running it"
		if got {
			why = "it does not have it"
		}
		nativeFailedFor(c.path, p.target.name, why)
		nc, err := startProc(cell)
		if err == nil {
			if err = p.send(nc, decls); err != nil {
				nc.signal(syscall.SIGKILL)
				nc.finish()
			}
		}
		if err != nil {
			return c, reply{}, false
		}
		p.mu.Lock()
		p.proc = nc
		interrupted = p.interrupted
		p.mu.Unlock()
		if interrupted {
			nc.signal(syscall.SIGKILL) // the interrupt came while it started
		}
		c = nc
	}
}

func (p *Process) wait(cell string, decls []string, untrack func()) {
	c, r, got := p.reply(cell, decls)
	if got && r.NotFound {
		reportNotStarted(cell, p.target.name, r)
	}
	c.finish()
	untrack()
	what := p.target.name
	var result any
	var err error
	if got && len(r.Results) == 1 {
		result, err = decodeResult(p.target, r.Results[0], c.pid())
	} else {
		err = deathError(what, c.pid(), c.state)
	}
	p.mu.Lock()
	p.code = exitCode(c.state)
	p.result, p.runErr = result, err
	quiet := p.interrupted || p.stopped
	p.mu.Unlock()
	// Before done: a Join that returns lets the cell end, and the report
	// must be waiting for that end by then, or it would print after the
	// cell's reply (outside it).
	if err != nil && !quiet {
		reportUnread(cell, &p.read, fmt.Sprintf("process %s (pid %d) failed", what, c.pid()), err)
	}
	close(p.done)
}

// Join waits for the process to end and returns its error (see Err).
// An error that no one reads is printed into the starting cell once the
// process and that cell have ended; `p.Join()` alone does not read it,
// printing or checking the returned error does (see Err).
//
//	p.Join()
func (p *Process) Join() error {
	if err := p.checkStarted("join"); err != nil {
		return err
	}
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return watch(p.runErr, &p.read)
}

// JoinTimeout waits at most d for the process to end and tells whether it
// has (false also for a process never started).
//
//	if !p.JoinTimeout(time.Second) { p.Terminate() }
func (p *Process) JoinTimeout(d time.Duration) bool {
	if p.checkStarted("join") != nil {
		return false
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-p.done:
		return true
	case <-t.C:
		return false
	}
}

func (p *Process) checkStarted(what string) error {
	if p.err != nil {
		return watch(p.err, &p.read)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.started {
		return fmt.Errorf("cannot %s a process that was not started: call Start first", what)
	}
	return nil
}

// Pid is the process id (0 before Start).
//
//	fmt.Println(p.Pid())
func (p *Process) Pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.proc == nil {
		return 0
	}
	return p.proc.pid()
}

// ExitCode is the exit code once the process has ended, as in Python:
// 0 when the function returned, 1 when it panicked, -N when killed by
// signal N. ended is false while it runs or before Start.
//
//	code, ended := p.ExitCode()
func (p *Process) ExitCode() (code int, ended bool) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.code, true
	default:
		return -1, false
	}
}

// Alive tells whether the process has started and not yet ended.
//
//	for p.Alive() { time.Sleep(10 * time.Millisecond) }
func (p *Process) Alive() bool {
	p.mu.Lock()
	started := p.started
	p.mu.Unlock()
	if !started {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// Terminate asks the process to stop (SIGTERM); its exit code becomes -15.
//
//	p.Terminate(); p.Join()
func (p *Process) Terminate() error { return p.sendSignal(syscall.SIGTERM) }

// Kill stops the process at once (SIGKILL); its exit code becomes -9.
//
//	p.Kill(); p.Join()
func (p *Process) Kill() error { return p.sendSignal(syscall.SIGKILL) }

func (p *Process) sendSignal(sig syscall.Signal) error {
	if err := p.checkStarted("signal"); err != nil {
		return err
	}
	p.mu.Lock()
	p.stopped = true
	c := p.proc
	p.mu.Unlock()
	return c.signal(sig)
}

// Result is what the function returned, once the process has ended: nil
// for no results, the value for one, a []any for several (a trailing
// error result is reported by Err instead). ResultInto stores it in a
// variable of its own type.
//
//	p, _ := processes.Start(square, 7)
//	p.Join()
//	fmt.Println(p.Result()) // 49
func (p *Process) Result() any {
	select {
	case <-p.done:
	default:
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.result
}

// Err is why the call failed, once the process has ended: the function
// panicked (a *TaskError with the child's traceback, see errors.As),
// returned a non-nil error, or the process died first. nil while it runs.
//
// Calling Err after the end reads the error: an error no one read is
// printed into the cell that started the process, once the process and
// that cell have ended. Printing or examining (errors.Is, errors.As) the
// error that Start or Join returned reads it too; `p.Join()` alone does
// not. Errors of a process stopped with Terminate or Kill or by an
// interrupt are never printed.
//
//	p.Join()
//	if err := p.Err(); err != nil { fmt.Println(err) }
func (p *Process) Err() error {
	if p.err != nil {
		p.read.read.Store(true)
		return watch(p.err, &p.read)
	}
	select {
	case <-p.done:
	default:
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.read.read.Store(true)
	return watch(p.runErr, &p.read)
}

// String describes the process: function, pid and state.
//
//	fmt.Println(p) // Process(greet, pid 4242, exit code 0)
func (p *Process) String() string {
	if p.err != nil {
		return fmt.Sprintf("Process(invalid: %v)", p.err)
	}
	pid := p.Pid()
	if pid == 0 {
		return fmt.Sprintf("Process(%s, not started)", p.target.name)
	}
	if code, ended := p.ExitCode(); ended {
		return fmt.Sprintf("Process(%s, pid %d, exit code %d)", p.target.name, pid, code)
	}
	return fmt.Sprintf("Process(%s, pid %d, running)", p.target.name, pid)
}

// TaskError is a call that failed in a child process: it panicked (Panic
// and Trace are set) or returned an error or could not run (Message).
//
//	var te *processes.TaskError
//	if errors.As(err, &te) { fmt.Println(te.Trace) }
type TaskError struct {
	Func    string // the function's name
	Pid     int    // the child process
	Message string // the returned error or why the call could not run
	Panic   string // the panic value, if it panicked
	Trace   string // the child's stack at the panic
}

// Error gives the function, the process, and the panic with its
// traceback or the error message.
//
//	fmt.Println(err) // boom panicked in process 4242: kaboom ...
func (e *TaskError) Error() string {
	if e.Panic != "" && e.Trace != "" {
		return fmt.Sprintf("%s panicked in process %d: %s\n\n%s", e.Func, e.Pid, e.Panic, e.Trace)
	}
	if e.Panic != "" {
		return fmt.Sprintf("%s panicked in process %d: %s", e.Func, e.Pid, e.Panic)
	}
	return fmt.Sprintf("%s in process %d: %s", e.Func, e.Pid, e.Message)
}

// decodeResult turns a child's result into Go values of the function's
// own result types.
func decodeResult(t target, r callResult, pid int) (any, error) {
	if r.Panic != "" || r.Err != "" {
		return nil, &TaskError{Func: t.name, Pid: pid, Message: r.Err, Panic: r.Panic, Trace: r.Trace}
	}
	var outs []reflect.Type
	if t.typ != nil {
		for i := 0; i < t.typ.NumOut(); i++ {
			outs = append(outs, t.typ.Out(i))
		}
		if k := len(outs); k > 0 && outs[k-1] == errorType {
			outs = outs[:k-1]
		}
	}
	vals := make([]any, len(r.Out))
	for i, raw := range r.Out {
		if i < len(outs) {
			v := reflect.New(outs[i])
			if err := json.Unmarshal(raw, v.Interface()); err != nil {
				return nil, &TaskError{Func: t.name, Pid: pid, Message: fmt.Sprintf("result %d: cannot decode %s as %s: %v", i+1, raw, outs[i], err)}
			}
			vals[i] = v.Elem().Interface()
			continue
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, &TaskError{Func: t.name, Pid: pid, Message: fmt.Sprintf("result %d: %v", i+1, err)}
		}
		vals[i] = v
	}
	switch len(vals) {
	case 0:
		return nil, nil
	case 1:
		return vals[0], nil
	}
	return vals, nil
}
