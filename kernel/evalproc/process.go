package evalproc

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Why an evaluator was killed.
const (
	killInterrupt  = "interrupt"  // cell did not stop within the grace period
	killDeliberate = "deliberate" // Restart, Close, failed replay
)

// process is one evaluator process as the kernel sees it.
type process struct {
	s    *Supervisor
	cmd  *exec.Cmd
	pid  int // also its process group id
	req  *frameWriter
	tail *stderrTail

	mu         sync.Mutex // guards waiters, nextID, killReason, cell
	waiters    map[int64]chan event
	nextID     int64
	killReason string
	cell       string // the cell that runs (or ran last): fd output is its

	output    *outputReader // the evaluator's fd 1 and os.Stderr
	stdoutMem []byte        // the evaluator's stdout buffer, shared

	stderrDone chan struct{}
	exited     chan struct{} // closed once the process is reaped
	state      *os.ProcessState
	waitErr    error

	report *ErrorInfo // what happened to it; guarded by Supervisor.lifeMu
}

// startupTimeout bounds the evaluator's start (building a yaegi session).
const startupTimeout = 60 * time.Second

// startProcess starts an evaluator and waits until it is ready.
func (s *Supervisor) startProcess() (*process, error) {
	var files []*os.File
	closeAll := func() {
		for _, f := range files {
			f.Close()
		}
	}
	pipe := func() (r, w *os.File, err error) {
		r, w, err = os.Pipe()
		if err == nil {
			files = append(files, r, w)
		}
		return r, w, err
	}
	reqR, reqW, err1 := pipe()
	evR, evW, err2 := pipe()
	errR, errW, err3 := pipe()
	// The cells' output pipes: the kernel reads them, so what the
	// evaluator wrote survives its death.
	outR, outW, err4 := pipe()
	cellErrR, cellErrW, err5 := pipe()
	token, err6 := newSyncToken()
	if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
		closeAll()
		return nil, fmt.Errorf("evalproc: %w", err)
	}
	cmd := exec.Command(s.argv[0], s.argv[1:]...)
	cmd.Env = append(os.Environ(), "GOKERNEL_SHM_PREFIX="+s.shmPrefix, syncTokenEnv+"="+token)
	if s.tmpDir != "" {
		// Compiled runs and shell lines leave their files here; Close
		// removes it.
		cmd.Env = append(cmd.Env, "TMPDIR="+s.tmpDir)
	}
	cmd.Stdout, cmd.Stderr = errW, errW
	cmd.ExtraFiles = []*os.File{reqR, evW, outW, cellErrW} // fd 3, 4, stdoutFD, stderrFD
	shared, mem := newSharedStdoutBuffer()
	if shared != nil {
		cmd.ExtraFiles = append(cmd.ExtraFiles, shared) // stdoutBufferFD
		defer shared.Close()
	}
	// Its own process group, so that one kill reaches its children too;
	// Pdeathsig, so that it dies with the kernel even if the kernel is
	// killed.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		closeAll()
		if mem != nil {
			syscall.Munmap(mem)
		}
		return nil, fmt.Errorf("evalproc: starting the evaluator %v: %w", s.argv, err)
	}
	reqR.Close()
	evW.Close()
	errW.Close()
	outW.Close()
	cellErrW.Close()
	p := &process{
		s: s, cmd: cmd, pid: cmd.Process.Pid, stdoutMem: mem,
		req:        &frameWriter{w: reqW},
		tail:       &stderrTail{},
		waiters:    map[int64]chan event{},
		stderrDone: make(chan struct{}),
		exited:     make(chan struct{}),
	}
	p.output = startOutputReader(newFrames(token), outR, cellErrR, func(ev event) error {
		s.deliver(Output{Cell: ev.Cell, Kind: "stream", Name: ev.Name, Text: ev.Text})
		return nil
	}, p.currentCell)
	go p.readStderr(errR)
	ready := make(chan event, 1)
	go p.readEvents(evR, reqW, ready)
	t := time.NewTimer(startupTimeout)
	defer t.Stop()
	select {
	case ev := <-ready:
		if ev.Err != nil {
			p.kill2(killDeliberate, 0)
			<-p.exited
			return nil, fmt.Errorf("evalproc: the evaluator failed to start: %s: %s", ev.Err.Name, ev.Err.Value)
		}
		return p, nil
	case <-p.exited:
		msg := p.exitDescription()
		if c := p.tail.causes(); len(c) > 0 {
			msg += ": " + strings.Join(c, "; ")
		} else if l := p.tail.last(3); len(l) > 0 {
			msg += ": " + strings.Join(l, "; ")
		}
		return nil, fmt.Errorf("evalproc: the evaluator exited at start (%s)", msg)
	case <-t.C:
		p.kill2(killDeliberate, 0)
		<-p.exited
		return nil, fmt.Errorf("evalproc: the evaluator did not start within %v", startupTimeout)
	}
}

// readEvents delivers the evaluator's events until it closes fd 4 (it
// exited or died), then reaps it and its process group.
func (p *process) readEvents(evR, reqW *os.File, ready chan<- event) {
	for {
		var ev event
		n, err := readFrame(evR, &ev)
		if err != nil {
			break
		}
		for peak := p.s.peakBuffered.Load(); int64(n) > peak && !p.s.peakBuffered.CompareAndSwap(peak, int64(n)); {
			peak = p.s.peakBuffered.Load()
		}
		// Output the evaluator printed before the event comes first, and
		// what it printed after waits until the event was handled.
		p.output.waitSynced(ev)
		if ev.SyncOut > 0 {
			// The unfinished line the cell printed before it reads is
			// the input box's prompt (held at the marker, see
			// holdPrompt); before any other event it goes out as text.
			if ev.Kind == evInputRequest {
				ev.Prompt = p.output.stdout.takePrompt(ev.Cell, ev.Prompt)
			} else {
				p.output.stdout.release()
			}
		}
		switch ev.Kind {
		case evReady:
			ready <- ev
		case "stream": // runtime output (child processes), coalesced here
			p.output.stream(ev.Name).add(ev.Cell, []byte(ev.Text))
		case "display", "update_display", "clear_output":
			p.s.deliver(Output{Cell: ev.Cell, Kind: ev.Kind, Data: ev.Data, Metadata: ev.Metadata, Transient: ev.Transient, Wait: ev.Wait})
		case evReply, evInputRequest:
			p.route(ev)
		default:
			p.s.opts.Logf("evalproc: unknown event %q", ev.Kind)
		}
		p.output.eventHandled(ev)
	}
	p.output.eventsEnded()
	evR.Close()
	// Kill the group while the leader is not yet reaped, so that its pid
	// (the group id) cannot have been reused.
	syscall.Kill(-p.pid, syscall.SIGKILL)
	p.waitErr = p.cmd.Wait()
	p.state = p.cmd.ProcessState
	reqW.Close()
	// What the evaluator printed before it ended is sent before its end
	// is reported.
	stray := time.After(2 * time.Second) // a stray holder of a pipe
	select {
	case <-p.stderrDone:
	case <-stray:
	}
	select {
	case <-p.output.done:
	case <-stray:
		p.output.flush()
	}
	// Text still in the stdout buffer came after what was in the pipe.
	if p.stdoutMem != nil {
		if text := bufferedText(p.stdoutMem); len(text) > 0 {
			p.output.stdout.add(p.currentCell(), text)
			p.output.stdout.flush(true)
		}
		syscall.Munmap(p.stdoutMem)
		p.stdoutMem = nil
	}
	p.mu.Lock()
	deliberate := p.killReason == killDeliberate
	p.mu.Unlock()
	if !deliberate { // the kernel's stderr is the user's terminal in jupyter console: only news
		p.s.opts.Logf("evalproc: evaluator %d ended (%s)", p.pid, p.exitDescription())
	}
	close(p.exited)
	go p.s.handleExit(p)
}

// newSharedStdoutBuffer makes the memory the evaluator buffers fmt output
// in (see stdoutBuffer), mapped here too so that the text in it survives
// the evaluator. On failure the evaluator buffers privately.
func newSharedStdoutBuffer() (*os.File, []byte) {
	f, err := os.CreateTemp("/dev/shm", "gokernel-stdout-")
	if err != nil {
		return nil, nil
	}
	os.Remove(f.Name()) // only the two processes' descriptors keep it
	if err := f.Truncate(stdoutBufferSize); err != nil {
		f.Close()
		return nil, nil
	}
	mem, err := syscall.Mmap(int(f.Fd()), 0, stdoutBufferSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		f.Close()
		return nil, nil
	}
	return f, mem
}

// setCell records the cell that runs now; fd output is tagged with it.
func (p *process) setCell(cell string) {
	p.mu.Lock()
	p.cell = cell
	p.mu.Unlock()
}

func (p *process) currentCell() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cell
}

func (p *process) hasExited() bool {
	select {
	case <-p.exited:
		return true
	default:
		return false
	}
}

func (p *process) reason() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.killReason
}

// kill kills the process group at once, remembering why (the first
// reason wins).
func (p *process) kill(reason string) {
	p.mu.Lock()
	if p.killReason == "" {
		p.killReason = reason
	}
	p.mu.Unlock()
	syscall.Kill(-p.pid, syscall.SIGKILL)
}

// kill2 asks the evaluator to shut down (stopping the work of its cells
// cleanly) and kills its group if it has not exited within grace.
func (p *process) kill2(reason string, grace time.Duration) {
	p.mu.Lock()
	if p.killReason == "" {
		p.killReason = reason
	}
	p.mu.Unlock()
	if grace > 0 && p.send(request{Kind: reqShutdown}) == nil {
		t := time.NewTimer(grace)
		defer t.Stop()
		select {
		case <-p.exited:
			return
		case <-t.C:
		}
	}
	syscall.Kill(-p.pid, syscall.SIGKILL)
}

func (p *process) send(r request) error { return p.req.write(r) }

func (p *process) register() (chan event, int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.nextID++
	ch := make(chan event, 4)
	p.waiters[p.nextID] = ch
	return ch, p.nextID
}

func (p *process) unregister(id int64) {
	p.mu.Lock()
	delete(p.waiters, id)
	p.mu.Unlock()
}

func (p *process) route(ev event) {
	p.mu.Lock()
	ch := p.waiters[ev.ID]
	p.mu.Unlock()
	if ch == nil {
		return // its caller gave up
	}
	select {
	case ch <- ev:
	default:
		p.s.opts.Logf("evalproc: dropped %s event %d: receiver is not reading", ev.Kind, ev.ID)
	}
}

// call sends r and waits for its reply.
func (p *process) call(ctx context.Context, r request) (event, error) {
	ch, id := p.register()
	defer p.unregister(id)
	r.ID = id
	if err := p.send(r); err != nil {
		p.kill("")
	}
	for {
		select {
		case ev := <-ch:
			if ev.Kind == evReply {
				return ev, nil
			}
		case <-p.exited:
			if len(ch) > 0 {
				continue
			}
			return event{}, fmt.Errorf("the evaluator process ended (%s)", p.exitDescription())
		case <-ctx.Done():
			return event{}, ctx.Err()
		}
	}
}

// exitDescription says how the process ended ("exit status 3", "killed by
// signal 9 (killed)"). Valid once exited is closed.
func (p *process) exitDescription() string {
	st := p.state
	if st == nil {
		if p.waitErr != nil {
			return p.waitErr.Error()
		}
		return "unknown exit"
	}
	ws, ok := st.Sys().(syscall.WaitStatus)
	switch {
	case ok && ws.Signaled():
		d := fmt.Sprintf("killed by signal %d (%s)", int(ws.Signal()), ws.Signal())
		if ws.Signal() == syscall.SIGKILL && p.reason() == "" {
			d += " by another process, or by the system when memory ran out"
		}
		return d
	case ok && ws.Exited():
		return fmt.Sprintf("exit status %d", ws.ExitStatus())
	}
	return st.String()
}

// readStderr copies the evaluator's own stderr (its log and crash
// reports) to the kernel log and keeps what is needed to explain a death.
func (p *process) readStderr(r *os.File) {
	defer close(p.stderrDone)
	defer r.Close()
	br := bufio.NewReaderSize(r, 4096)
	for {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 {
			l := strings.TrimRight(string(line), "\r\n")
			p.tail.add(l)
			p.s.opts.Logf("evaluator %d: %s", p.pid, l)
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return
		}
	}
}

// stderrTail keeps the evaluator's last stderr lines and the lines that
// name a crash's cause ("panic: ...", "fatal error: ...").
type stderrTail struct {
	mu    sync.Mutex
	lines []string
	cause []string
}

const tailLines = 20

var causePrefixes = []string{"panic: ", "fatal error: ", "runtime: ", "[signal ", "SIGSEGV", "SIGBUS"}

func (t *stderrTail) add(l string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.lines) == tailLines {
		t.lines = t.lines[1:]
	}
	t.lines = append(t.lines, l)
	for _, p := range causePrefixes {
		if strings.HasPrefix(l, p) {
			if len(t.cause) == 8 {
				t.cause = t.cause[1:]
			}
			t.cause = append(t.cause, l)
			break
		}
	}
}

// causes returns the cause lines, the most telling ("panic:", "fatal
// error:") first.
func (t *stderrTail) causes() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var first, rest []string
	for _, l := range t.cause {
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			first = append(first, l)
		} else {
			rest = append(rest, l)
		}
	}
	return append(first, rest...)
}

func (t *stderrTail) last(n int) []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.lines[max(0, len(t.lines)-n):]...)
}
