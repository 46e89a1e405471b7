package evalproc

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"gokernel/kernel/eval"
)

// Options configures a Supervisor.
type Options struct {
	// Logf writes to the kernel log (stderr of the kernel process).
	Logf func(format string, args ...any)
	// OnOutput is called in order, never concurrently, for every output
	// event. While it runs, the evaluator's output waits (backpressure).
	OnOutput func(Output)
	// Command is the evaluator's argv. Default: this executable with
	// EvaluatorCommand.
	Command []string
	// InterruptGrace is how long an interrupted cell may take to stop
	// before the evaluator is killed and restarted. Default 2s.
	InterruptGrace time.Duration
}

// Output is one output event of a cell. An evaluator death while no cell
// runs is reported as a stderr stream of the last cell.
type Output struct {
	// Cell is the msg_id of the execute_request the output belongs to
	// (may be an earlier, finished cell; "" before any cell ran).
	Cell string
	// Kind is "stream", "display", "update_display" or "clear_output".
	Kind string
	// Name ("stdout"/"stderr") and Text (coalesced) of a stream.
	Name, Text string
	// Data, Metadata and Transient (holds display_id) of a display.
	Data, Metadata, Transient map[string]any
	// Wait of a clear_output.
	Wait bool
}

// ExecRequest is an execute_request.
type ExecRequest struct {
	// Cell (the request's msg_id) tags the cell's output; Code is run.
	Cell, Code string
	// Silent drops the cell's value from the reply; StoreHistory is
	// passed along; AllowStdin says whether the cell may read stdin.
	Silent, StoreHistory, AllowStdin bool
	// UserExpressions are evaluated after a successful cell.
	UserExpressions map[string]string
	// Count is the cell's execution count (0: none); warnings about the
	// session's declarations name cells by it ("In [3]").
	Count int
	// History is the kernel's history, the cell itself last, for a cell
	// that uses %history (the evaluator keeps none).
	History []HistoryEntry
}

// ErrorInfo describes a failed cell, as in an error reply.
type ErrorInfo struct {
	Name      string   `json:"name"`
	Value     string   `json:"value"`
	Traceback []string `json:"traceback"`
}

// ExecReply is the outcome of a cell.
type ExecReply struct {
	// Status is "ok" or "error".
	Status string
	// Result is the MIME bundle of the cell's value, nil when none.
	Result map[string]any
	// Error is set when Status is "error" (also for interrupts and
	// evaluator deaths).
	Error *ErrorInfo
	// UserExpressions maps names to {"status":"ok","data":{...},
	// "metadata":{}} or to an error dict.
	UserExpressions map[string]any
}

// ErrClosed is returned by a Supervisor after Close.
var ErrClosed = errors.New("evalproc: supervisor closed")

// Supervisor runs the evaluator process and survives its deaths.
type Supervisor struct {
	opts      Options
	argv      []string
	shmPrefix string
	// tmpDir is the evaluator's TMPDIR: the compiled builds and files of
	// the session, removed when the kernel shuts down.
	tmpDir string

	execMu sync.Mutex // one Execute at a time
	lifeMu sync.Mutex // starting, replacing and stopping evaluators
	outMu  sync.Mutex // OnOutput calls never overlap

	mu       sync.Mutex // guards the fields below
	proc     *process
	decls    []string // the session's declarations, replayed after a death
	globals  []string // its global values, named when they are lost
	lastCell string
	running  *run
	closed   bool

	idleDeaths int // evaluator deaths in a row while no cell ran

	peakBuffered atomic.Int64
}

// run is the Execute in progress.
type run struct {
	p        *process
	finished chan struct{}
}

// Start starts an evaluator process and waits until it is ready.
func Start(opts Options) (*Supervisor, error) {
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	if opts.InterruptGrace <= 0 {
		opts.InterruptGrace = 2 * time.Second
	}
	argv := opts.Command
	if len(argv) == 0 {
		// /proc/self/exe is this very binary even after a reinstall
		// replaced the file; os.Executable would name the new one.
		exe := "/proc/self/exe"
		if _, err := os.Stat(exe); err != nil {
			if exe, err = os.Executable(); err != nil {
				return nil, fmt.Errorf("evalproc: cannot find the kernel executable: %w", err)
			}
		}
		argv = []string{exe, EvaluatorCommand}
	}
	token := make([]byte, 8)
	if _, err := rand.Read(token); err != nil {
		return nil, err
	}
	s := &Supervisor{opts: opts, argv: argv, shmPrefix: "gokernel-" + hex.EncodeToString(token) + "-"}
	if dir, err := os.MkdirTemp("", "gokernel-session-"); err == nil {
		s.tmpDir = dir
	}
	p, err := s.startProcess()
	if err != nil {
		s.removeTmp()
		return nil, err
	}
	s.proc = p
	return s, nil
}

// ShmPrefix is the name prefix of the shared-memory segments (files in
// /dev/shm) of this session; they are removed on Restart and Close.
func (s *Supervisor) ShmPrefix() string { return s.shmPrefix }

// MaxBufferedBytes (about 388 KiB) bounds the stream output a Supervisor
// holds at once: one message of at most 64 KiB of text, escaped as JSON.
// However much a cell prints, the evaluator waits for OnOutput rather than
// output piling up in the kernel.
const MaxBufferedBytes = 6*streamChunk + 4096

// PeakBufferedBytes is the largest amount of evaluator output the
// supervisor has held at once (read from the evaluator, not yet passed to
// OnOutput). Stream output stays under MaxBufferedBytes; only a single
// large display (an image) can exceed it.
func (s *Supervisor) PeakBufferedBytes() int64 { return s.peakBuffered.Load() }

// Pid is the process id of the current evaluator (0 if none).
func (s *Supervisor) Pid() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc == nil {
		return 0
	}
	return s.proc.pid
}

func (s *Supervisor) deliver(o Output) {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	if s.opts.OnOutput != nil {
		s.opts.OnOutput(o)
	}
}

// current returns a live evaluator, starting one if the last one died.
func (s *Supervisor) current() (*process, error) {
	s.mu.Lock()
	p, closed := s.proc, s.closed
	s.mu.Unlock()
	if closed {
		return nil, ErrClosed
	}
	if p != nil && !p.hasExited() {
		return p, nil
	}
	if p != nil {
		s.recoverFrom(p)
	}
	s.lifeMu.Lock()
	defer s.lifeMu.Unlock()
	s.mu.Lock()
	p, closed = s.proc, s.closed
	s.mu.Unlock()
	if closed {
		return nil, ErrClosed
	}
	if p != nil && !p.hasExited() {
		return p, nil
	}
	// Starting (or replaying into) an evaluator failed before: try again.
	p, err := s.startProcess()
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	decls := s.decls
	s.proc = p
	s.mu.Unlock()
	if len(decls) > 0 {
		if err := s.replay(p, decls); err != nil {
			s.opts.Logf("evalproc: replay: %v", err)
		}
	}
	return p, nil
}

// Execute runs a cell. It returns after every output the cell wrote has
// been passed to OnOutput. input is called when the cell reads stdin
// (only if req.AllowStdin); it returns the client's input_reply value.
// Cell failures, interrupts and evaluator deaths are an ExecReply with
// Status "error"; the error result is for a closed or unstartable
// supervisor.
func (s *Supervisor) Execute(ctx context.Context, req ExecRequest, input func(prompt string, password bool) (string, error)) (ExecReply, error) {
	s.execMu.Lock()
	defer s.execMu.Unlock()
	p, err := s.current()
	if err != nil {
		return ExecReply{}, err
	}
	r := &run{p: p, finished: make(chan struct{})}
	s.mu.Lock()
	s.running, s.lastCell = r, req.Cell
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = nil
		s.mu.Unlock()
		close(r.finished)
	}()

	ch, id := p.register()
	defer p.unregister(id)
	p.setCell(req.Cell)
	if err := p.send(request{Kind: reqExecute, ID: id, Cell: req.Cell, Code: req.Code, Count: req.Count,
		Silent: req.Silent, StoreHistory: req.StoreHistory, AllowStdin: req.AllowStdin,
		UserExpressions: req.UserExpressions, History: req.History}); err != nil {
		s.opts.Logf("evalproc: sending execute: %v", err)
		p.kill("") // a broken channel is a dead evaluator
	}
	handle := func(ev event) (ExecReply, bool) {
		switch ev.Kind {
		case evInputRequest:
			go s.answerInput(p, ev, req.AllowStdin, input)
		case evReply:
			s.noteSession(ev)
			s.mu.Lock()
			s.idleDeaths = 0
			s.mu.Unlock()
			return replyOf(ev), true
		}
		return ExecReply{}, false
	}
	done := ctx.Done()
	for {
		select {
		case ev := <-ch:
			if rep, ok := handle(ev); ok {
				return rep, nil
			}
		case <-p.exited:
			// A reply that arrived just before the exit wins.
			for len(ch) > 0 {
				if rep, ok := handle(<-ch); ok {
					return rep, nil
				}
			}
			info, _ := s.recoverFrom(p)
			return ExecReply{Status: "error", Error: info}, nil
		case <-done:
			done = nil
			s.Interrupt()
		}
	}
}

// answerInput asks the client for a line and passes the answer on. It
// runs apart from Execute so that an interrupted cell does not wait for
// the client.
func (s *Supervisor) answerInput(p *process, ev event, allowed bool, input func(string, bool) (string, error)) {
	rep := request{Kind: reqInputReply, InputID: ev.InputID}
	switch {
	case !allowed || input == nil:
		rep.InputErr = "this frontend does not accept input"
	default:
		v, err := input(ev.Prompt, ev.Password)
		if err != nil {
			rep.InputErr = err.Error()
		}
		rep.Value = v
	}
	p.send(rep)
}

func (s *Supervisor) noteSession(ev event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ev.DeclsChanged {
		s.decls = ev.Decls
	}
	s.globals = ev.Globals
}

func replyOf(ev event) ExecReply {
	r := ExecReply{Status: ev.Status, Result: ev.Result, Error: ev.Err, UserExpressions: ev.UserExpressions}
	if r.Error != nil {
		r.Status = "error"
	} else if r.Status != "ok" {
		r.Status = "error"
		r.Error = &ErrorInfo{Name: "InternalError", Value: "the evaluator gave no result", Traceback: []string{"InternalError: the evaluator gave no result"}}
	}
	return r
}

// call sends a request that is answered by one reply.
func (s *Supervisor) call(ctx context.Context, r request) (event, error) {
	p, err := s.current()
	if err != nil {
		return event{}, err
	}
	ev, err := p.call(ctx, r)
	if err != nil {
		return ev, err
	}
	if ev.Err != nil {
		return ev, fmt.Errorf("%s: %s", ev.Err.Name, ev.Err.Value)
	}
	return ev, nil
}

// Complete lists completions of code at cursorPos (a rune offset); the
// matches replace code[start:end]. Like Inspect and IsComplete, it waits
// while a cell runs (the session serves one request at a time).
func (s *Supervisor) Complete(ctx context.Context, code string, cursorPos int) (matches []string, start, end int, err error) {
	ev, err := s.call(ctx, request{Kind: reqComplete, Code: code, CursorPos: cursorPos})
	if err != nil {
		return nil, cursorPos, cursorPos, err
	}
	return ev.Matches, ev.Start, ev.End, nil
}

// Inspect describes the name at cursorPos in code (detail 0 or 1).
func (s *Supervisor) Inspect(ctx context.Context, code string, cursorPos, detail int) (found bool, data map[string]any, err error) {
	ev, err := s.call(ctx, request{Kind: reqInspect, Code: code, CursorPos: cursorPos, Detail: detail})
	if err != nil {
		return false, nil, err
	}
	return ev.Found, ev.Data, nil
}

// IsComplete says whether code is ready to run: "complete",
// "incomplete" (with the indent of the next line), "invalid" or "unknown".
func (s *Supervisor) IsComplete(ctx context.Context, code string) (status, indent string, err error) {
	ev, err := s.call(ctx, request{Kind: reqIsComplete, Code: code})
	if err != nil {
		return "unknown", "", err
	}
	return ev.Status, ev.Indent, nil
}

// Interrupt stops the running cell (and the work it started). If the
// evaluator has not finished the cell after the grace period (it does not
// respond), it is killed, restarted and the declarations replayed; the
// cell's error says so. A compiled call such as time.Sleep does not need
// that: yaegi abandons it and the cell ends at once.
func (s *Supervisor) Interrupt() {
	s.mu.Lock()
	p, r := s.proc, s.running
	s.mu.Unlock()
	if p == nil || p.hasExited() {
		return
	}
	if err := p.send(request{Kind: reqInterrupt}); err != nil {
		s.opts.Logf("evalproc: sending interrupt: %v", err)
	}
	if r == nil || r.p != p {
		return
	}
	go func() {
		t := time.NewTimer(s.opts.InterruptGrace)
		defer t.Stop()
		select {
		case <-r.finished:
		case <-p.exited:
		case <-t.C:
			s.opts.Logf("evalproc: cell did not stop within %v of the interrupt: killing the evaluator", s.opts.InterruptGrace)
			p.kill(killInterrupt)
		}
	}()
}

// Restart replaces the evaluator with a fresh one; the session's state is
// cleared (kernel restart).
func (s *Supervisor) Restart() error {
	s.lifeMu.Lock()
	defer s.lifeMu.Unlock()
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	old := s.proc
	s.proc, s.decls, s.globals = nil, nil, nil
	s.mu.Unlock()
	s.stop(old, "the kernel was restarted while the cell ran")
	p, err := s.startProcess()
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.proc = p
	s.mu.Unlock()
	return nil
}

// Close kills the evaluator's process group and removes the session's
// shared-memory segments.
func (s *Supervisor) Close() error {
	s.lifeMu.Lock()
	defer s.lifeMu.Unlock()
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	old := s.proc
	s.proc = nil
	s.mu.Unlock()
	s.stop(old, "the kernel shut down while the cell ran")
	s.removeTmp()
	return nil
}

// TmpDir is the evaluator's TMPDIR, removed by Close.
func (s *Supervisor) TmpDir() string { return s.tmpDir }

func (s *Supervisor) removeTmp() {
	if s.tmpDir == "" {
		return
	}
	if err := os.RemoveAll(s.tmpDir); err != nil {
		s.opts.Logf("evalproc: removing %s: %v", s.tmpDir, err)
	}
}

// stop ends p (letting it stop its work first, briefly), kills its process
// group and removes the shared-memory segments. Called with lifeMu held.
func (s *Supervisor) stop(p *process, why string) {
	if p != nil {
		p.report = &ErrorInfo{Name: "EvaluatorStopped", Value: why, Traceback: []string{red + "EvaluatorStopped" + reset + ": " + why}}
		p.kill2(killDeliberate, time.Second)
		<-p.exited
	}
	killStragglers(s.shmPrefix, s.opts.Logf)
	s.removeShm()
}

// killStragglers kills the processes the evaluator started in process
// groups of their own (compiled runs, shell lines: an interrupt kills
// them as a group) that outlived it: every one inherited the session's
// GOKERNEL_SHM_PREFIX.
func killStragglers(prefix string, logf func(string, ...any)) {
	mark := []byte("GOKERNEL_SHM_PREFIX=" + prefix + "\x00")
	dirs, _ := os.ReadDir("/proc")
	self := os.Getpid()
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil || pid == self {
			continue
		}
		env, err := os.ReadFile("/proc/" + d.Name() + "/environ")
		if err != nil || !bytes.Contains(env, mark) {
			continue
		}
		if stat, err := os.ReadFile("/proc/" + d.Name() + "/stat"); err == nil {
			if f := bytes.Fields(stat[bytes.LastIndexByte(stat, ')')+1:]); len(f) > 0 && string(f[0]) == "Z" {
				continue // dead already, not yet reaped
			}
		}
		if err := syscall.Kill(pid, syscall.SIGKILL); err == nil {
			logf("evalproc: killed process %d the evaluator left behind", pid)
		}
	}
}

func (s *Supervisor) removeShm() {
	files, _ := filepath.Glob(filepath.Join("/dev/shm", s.shmPrefix+"*"))
	for _, f := range files {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			s.opts.Logf("evalproc: removing %s: %v", f, err)
		}
	}
}

const (
	red   = "\x1b[0;31m"
	reset = "\x1b[0m"
)

// handleExit deals with an evaluator that ended while no cell waited for
// it (a background goroutine crashed it): restart, replay, and tell the
// user in the last cell's output.
func (s *Supervisor) handleExit(p *process) {
	if p.reason() == killDeliberate {
		return
	}
	s.mu.Lock()
	waited := s.running != nil && s.running.p == p
	cell := s.lastCell
	s.mu.Unlock()
	info, _ := s.recoverFrom(p)
	if waited || info == nil {
		return
	}
	s.deliver(Output{Cell: cell, Kind: "stream", Name: "stderr", Text: strings.Join(info.Traceback, "\n") + "\n"})
}

// recoverFrom replaces the dead evaluator p (once, whoever asks first)
// and returns the error that describes what happened and what was lost.
func (s *Supervisor) recoverFrom(p *process) (*ErrorInfo, bool) {
	<-p.exited
	s.lifeMu.Lock()
	defer s.lifeMu.Unlock()
	if p.report != nil {
		return p.report, false
	}
	s.mu.Lock()
	decls, lost, closed, isCurrent := s.decls, s.globals, s.closed, s.proc == p
	// Deaths with no cell running, one after another, mean that what is
	// replayed kills the evaluator (say a var whose initializer starts a
	// crashing timer): stop replaying instead of restarting forever.
	if s.running != nil && s.running.p == p {
		s.idleDeaths = 0
	} else {
		s.idleDeaths++
	}
	crashLoop := s.idleDeaths >= maxIdleDeaths
	if crashLoop {
		s.decls, s.globals, s.idleDeaths = nil, nil, 0
	}
	s.mu.Unlock()

	name, value := "EvaluatorDied", "the evaluator process died ("+p.exitDescription()+")"
	headline := value
	var tb []string
	if p.reason() == killInterrupt {
		name = "Interrupted"
		value = fmt.Sprintf("the evaluator did not respond within %v of the interrupt, so its process was killed", s.opts.InterruptGrace)
		headline = value
	} else if causes := p.tail.causes(); len(causes) > 0 {
		value += ": " + causes[0]
		headline = causes[0]
		tb = append(tb, "The evaluator process died ("+p.exitDescription()+"); what the cell printed before is above.")
		for _, c := range causes[1:] {
			tb = append(tb, "    "+c)
		}
	}
	if h := deathHint(value); h != "" {
		tb = append(tb, h)
	}
	tb = append([]string{red + name + reset + ": " + headline}, tb...)
	info := &ErrorInfo{Name: name, Value: value}
	p.report = info
	if closed || !isCurrent {
		info.Traceback = tb
		return info, true
	}

	np, err := s.startProcess()
	switch {
	case err != nil:
		tb = append(tb, "A new evaluator could not be started: "+err.Error())
		value += "; a new evaluator could not be started"
		s.mu.Lock()
		s.proc = nil
		s.mu.Unlock()
	default:
		s.mu.Lock()
		s.proc = np
		s.mu.Unlock()
		if crashLoop {
			tb = append(tb, fmt.Sprintf("The evaluator died %d times in a row with no cell running, so the session's declarations were not replayed (one of them may be what kills it): the session starts empty.", maxIdleDeaths))
			value += "; a new evaluator was started with an empty session (the declarations kept killing it)"
			break
		}
		if len(decls) == 0 {
			tb = append(tb, "A new evaluator was started.")
			value += "; a new evaluator was started"
			break
		}
		var dropped droppedDecls
		if rerr := s.replay(np, decls); errors.As(rerr, &dropped) {
			tb = append(tb, "A new evaluator was started and the session's declarations (imports, types, funcs, vars) were replayed, except those that no longer compile:")
			tb = append(tb, strings.Split(string(dropped), "\n")...)
			value += "; a new evaluator was started and the declarations replayed, except those that no longer compile"
		} else if rerr != nil {
			tb = append(tb, "A new evaluator was started, but replaying the session's declarations failed: "+rerr.Error())
			value += "; a new evaluator was started but the declarations could not all be replayed"
		} else {
			tb = append(tb, "A new evaluator was started and the session's declarations (imports, types, funcs, vars) were replayed.")
			value += "; a new evaluator was started and the declarations replayed"
		}
	}
	if len(lost) > 0 {
		tb = append(tb, "Values lost (rerun the cells that set them): "+strings.Join(lost, ", "))
		value += "; values lost: " + strings.Join(lost, ", ")
	}
	info.Value = value
	info.Traceback = tb
	return info, true
}

// deathHints explain to a learner the deaths a course on concurrency
// meets, keyed by a part of the runtime's words.
var deathHints = []struct{ cause, hint string }{
	{"concurrent map", "Goroutines used one map at the same time while one of them wrote to it. Go stops the whole program when it sees that: guard the map with a lock (sync.Mutex, threads.Lock) or use sync.Map."},
	{"stack overflow", "A function called itself too deeply: check that the recursion ends."},
	{"all goroutines are asleep", "Every goroutine was waiting (a deadlock): look for a lock never released or a channel nobody sends on."},
	{"out of memory", "The cell used more memory than the machine has."},
}

func deathHint(cause string) string {
	for _, h := range deathHints {
		if strings.Contains(cause, h.cause) {
			return h.hint
		}
	}
	return ""
}

// maxIdleDeaths is how many deaths in a row with no cell running make the
// supervisor stop replaying the declarations.
const maxIdleDeaths = 3

// replayTimeout bounds a replay (a var initializer could block forever).
const replayTimeout = 30 * time.Second

// droppedDecls is a replay that kept all but the declarations that no
// longer compile: one warning a line, naming each.
type droppedDecls string

func (d droppedDecls) Error() string { return string(d) }

// replay runs decls in the fresh evaluator p. If that kills or blocks it,
// the session starts empty instead. Called with lifeMu held.
func (s *Supervisor) replay(p *process, decls []string) error {
	ctx, cancel := context.WithTimeout(context.Background(), replayTimeout)
	defer cancel()
	ev, err := p.call(ctx, request{Kind: reqReplay, Decls: decls})
	if err == nil {
		s.noteSession(ev)
		if ev.Err != nil && ev.Err.Name == eval.DroppedName {
			return droppedDecls(ev.Err.Value)
		}
		if ev.Err != nil {
			return fmt.Errorf("%s: %s", ev.Err.Name, ev.Err.Value)
		}
		return nil
	}
	// The replay itself crashed or hung: give up the declarations.
	p.report = &ErrorInfo{Name: "EvaluatorDied", Value: "replay failed"}
	p.kill2(killDeliberate, 0)
	<-p.exited
	s.mu.Lock()
	s.proc, s.decls, s.globals = nil, nil, nil
	s.mu.Unlock()
	np, serr := s.startProcess()
	if serr != nil {
		return fmt.Errorf("%v; a new evaluator could not be started either: %v", err, serr)
	}
	s.mu.Lock()
	s.proc = np
	s.mu.Unlock()
	return fmt.Errorf("%v (%s); the session starts empty", err, p.exitDescription())
}
