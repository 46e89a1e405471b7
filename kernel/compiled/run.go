package compiled

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"gokernel/kernel/magic"
	"gokernel/kernel/racereport"
	"gokernel/runtime/session"
)

// RunOptions say where a program's output goes and what it may ask for.
type RunOptions struct {
	// Args are the program's arguments (os.Args[1:]).
	Args []string
	// Dir is its working directory ("" = the kernel's).
	Dir string
	// Env is added to the kernel's environment.
	Env []string
	// Stdout and Stderr receive the program's output as it comes (the
	// cell's StdoutFile/StderrFile); nil means os.Stdout/os.Stderr.
	Stdout, Stderr io.Writer
	// Input, when set, gives the program a stdin: each time it waits to
	// read it, Input is asked for a line (the prompt is the unfinished
	// last line it printed). Nil: stdin is empty (/dev/null).
	Input func(prompt string) (string, error)
	// Display, when set, receives what the program shows with
	// runtime/display (display, update_display, clear_output). Nil: the
	// program prints their text/plain form.
	Display func(session.Output)
	// Race: the program was built with -race; its race reports become
	// the error (DataRace).
	Race bool
	// Source tells positions in tracebacks the way Build does.
	Source Source

	// onStdoutLine sees each complete line of stdout (%test finds its
	// failures with it).
	onStdoutLine func(string)
}

// emitFD is the file descriptor number of the display channel in the
// program (its first ExtraFiles entry); runtime/session reads
// GOKERNEL_EMIT_FD.
const emitFD = 3

// Run runs the executable exe (from Build) in its own process group and
// waits for it. Its stdout and stderr stream to opts.Stdout/Stderr as it
// prints. Cancelling ctx kills the whole group at once; processes the
// program leaves behind are killed when it exits. A failure is a
// *magic.Error: "panic"/"fatal error" with a traceback at cell lines,
// "DataRace" with the race reports, "ExitStatus" for another non-zero
// exit, "Interrupted" after ctx was cancelled.
func Run(ctx context.Context, exe string, opts RunOptions) error {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	var parentEnds, childEnds []*os.File
	defer func() {
		for _, f := range append(parentEnds, childEnds...) {
			f.Close()
		}
	}()
	outR, outW, err := os.Pipe()
	if err != nil {
		return err
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		outR.Close()
		outW.Close()
		return err
	}
	parentEnds = append(parentEnds, outR, errR)
	childEnds = append(childEnds, outW, errW)

	cmd := exec.Command(exe, opts.Args...)
	cmd.Dir = opts.Dir
	cmd.Env = append(os.Environ(), opts.Env...)
	// Its own group, so an interrupt reaches what it started; Pdeathsig,
	// so it does not outlive an evaluator that dies.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Stdout, cmd.Stderr = outW, errW

	var stdin *stdinPipe
	if opts.Input != nil {
		if stdin, err = newStdinPipe(); err != nil {
			return err
		}
		defer stdin.close()
		cmd.Stdin = stdin.child
	} else {
		null, err := os.Open(os.DevNull)
		if err != nil {
			return err
		}
		childEnds = append(childEnds, null)
		cmd.Stdin = null
	}

	var emitParent *os.File
	if opts.Display != nil {
		p, c, err := socketPair()
		if err != nil {
			return err
		}
		emitParent = p
		parentEnds = append(parentEnds, p)
		childEnds = append(childEnds, c)
		cmd.ExtraFiles = []*os.File{c}
		cmd.Env = append(cmd.Env, fmt.Sprintf("GOKERNEL_EMIT_FD=%d", emitFD))
	}

	// Race reports leave stderr for the error; the rest passes through.
	var stderrDst io.Writer = opts.Stderr
	var filter *racereport.Filter
	var races []racereport.Report
	if opts.Race {
		filter = racereport.NewFilter(opts.Stderr, func(r racereport.Report) {
			shiftCellLines(&r, opts.Source.Offset)
			races = append(races, r)
		})
		if g, err := racereport.ReadGlobals(exe); err == nil {
			filter.Globals = g
		}
		stderrDst = filter
	}
	stdout := newStream(outR, opts.Stdout, opts.onStdoutLine)
	stderr := newStream(errR, stderrDst, nil)

	if err := cmd.Start(); err != nil {
		return &magic.Error{Name: "RunError", Value: "cannot start the program: " + err.Error()}
	}
	pgid := cmd.Process.Pid
	for _, f := range childEnds {
		f.Close()
	}
	childEnds = nil
	if stdin != nil {
		stdin.closeChildEnd()
	}

	go stdout.run()
	go stderr.run()
	var emitDone chan struct{}
	if emitParent != nil {
		emitDone = make(chan struct{})
		go func() {
			defer close(emitDone)
			serveDisplays(emitParent, stdout, opts.Display)
		}()
	}
	exited := make(chan struct{})
	if stdin != nil {
		go stdin.watch(pgid, exited, stdout, opts.Input, opts.Stderr)
	}

	waitErr := make(chan error, 1)
	go func() { waitErr <- cmd.Wait() }()
	var werr error
	cancelled := false
	select {
	case werr = <-waitErr:
	case <-ctx.Done():
		cancelled = true
		syscall.Kill(-pgid, syscall.SIGKILL)
		werr = <-waitErr
	}
	close(exited)
	// What the program left running (its children, in its group) ends
	// with it: it would hold the output pipes open and print into later
	// cells.
	syscall.Kill(-pgid, syscall.SIGKILL)
	stdout.finish()
	stderr.finish()
	if emitDone != nil {
		select {
		case <-emitDone:
		case <-time.After(time.Second):
			emitParent.Close()
			<-emitDone
		}
	}
	if filter != nil {
		filter.Close()
	}

	if cancelled {
		return interrupted("the program was stopped")
	}
	if werr == nil {
		if len(races) > 0 { // a race build exits 66 only at the end; be safe
			return raceError(races, nil)
		}
		return nil
	}
	var ee *exec.ExitError
	if !errors.As(werr, &ee) {
		return &magic.Error{Name: "RunError", Value: werr.Error()}
	}
	ws, _ := ee.Sys().(syscall.WaitStatus)
	var crashErr *magic.Error
	if c := ParseCrash(stderr.tailText()); c != nil && (ws.ExitStatus() == 2 || ws.Signaled()) {
		crashErr = c.Error(opts.Source)
	}
	switch {
	case len(races) > 0:
		return raceError(races, crashErr)
	case crashErr != nil:
		return crashErr
	case ws.Signaled():
		return &magic.Error{Name: "Killed", Value: fmt.Sprintf("the program was killed by signal %d (%v)", ws.Signal(), ws.Signal())}
	}
	return &magic.Error{Name: "ExitStatus", Value: fmt.Sprintf("the program exited with status %d", ws.ExitStatus())}
}

// raceError makes the race reports (and a crash that followed them) the
// cell's error.
func raceError(races []racereport.Report, crash *magic.Error) *magic.Error {
	n := fmt.Sprintf("%d data races", len(races))
	if len(races) == 1 {
		n = "a data race"
	}
	e := &magic.Error{Name: "DataRace", Value: "the race detector found " + n}
	e.Traceback = []string{red + "DataRace" + reset + ": " + e.Value}
	for _, r := range races {
		e.Traceback = append(e.Traceback, "", strings.TrimRight(r.Format(), "\n"))
	}
	if crash != nil {
		e.Value += "; then the program crashed: " + crash.Name + ": " + crash.Value
		e.Traceback = append(append(e.Traceback, ""), crash.Traceback...)
	}
	return e
}

// shiftCellLines makes a report's cell lines count from the top of the
// notebook cell (a %%run body starts below its magic line).
func shiftCellLines(r *racereport.Report, off int) {
	if off == 0 {
		return
	}
	shift := func(fs []racereport.Frame) {
		for i := range fs {
			if fs[i].File == "cell" {
				fs[i].Line += off
			}
		}
	}
	for _, a := range []*racereport.Access{&r.Current, &r.Previous} {
		shift(a.Stack)
		shift(a.Full)
	}
	for _, fs := range r.Started {
		shift(fs)
	}
}

// socketPair makes the display channel: the parent's end (in the
// poller, so Close stops a read) and the child's (blocking).
func socketPair() (parent, child *os.File, err error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	syscall.SetNonblock(fds[0], true)
	return os.NewFile(uintptr(fds[0]), "display"), os.NewFile(uintptr(fds[1]), "display"), nil
}

// serveDisplays reads the program's displays (one JSON session.Output a
// line) and answers each with a byte once shown: the program waits for
// it, so what it printed before a display is shown before it, and what
// it prints after, after.
func serveDisplays(f *os.File, stdout *stream, show func(session.Output)) {
	br := bufio.NewReader(f)
	for {
		line, err := br.ReadBytes('\n')
		if err != nil {
			return
		}
		var o session.Output
		if json.Unmarshal(line, &o) == nil {
			stdout.sync()
			show(o)
		}
		if _, err := f.Write([]byte{'\n'}); err != nil {
			return
		}
	}
}

// stream passes a program's output pipe on to a writer as it comes,
// keeping the end of it (crash reports, prompts). mu is held across each
// read and its write, so sync can tell when everything the program wrote
// so far was passed on.
type stream struct {
	r      *os.File
	w      io.Writer
	onLine func(string)

	mu      sync.Mutex
	tail    []byte // the last tailMax bytes
	partial []byte // the unfinished last line (for onLine)
	prompt  []byte // the same since the last line or answer
	done    chan struct{}
}

const tailMax = 64 << 10

func newStream(r *os.File, w io.Writer, onLine func(string)) *stream {
	return &stream{r: r, w: w, onLine: onLine, done: make(chan struct{})}
}

func (s *stream) run() {
	defer close(s.done)
	rc, err := s.r.SyscallConn()
	if err != nil {
		return
	}
	buf := make([]byte, 32<<10)
	for {
		var n int
		var rerr error
		err := rc.Read(func(fd uintptr) bool {
			s.mu.Lock()
			defer s.mu.Unlock()
			for {
				n, rerr = syscall.Read(int(fd), buf)
				if rerr != syscall.EINTR {
					break
				}
			}
			if rerr == syscall.EAGAIN {
				return false
			}
			if n > 0 {
				s.w.Write(buf[:n])
				s.record(buf[:n])
			}
			return true
		})
		if err != nil || rerr != nil || n <= 0 {
			return
		}
	}
}

func (s *stream) record(p []byte) {
	s.tail = append(s.tail, p...)
	if len(s.tail) > tailMax {
		s.tail = append(s.tail[:0], s.tail[len(s.tail)-tailMax:]...)
	}
	s.partial = append(s.partial, p...)
	for {
		i := strings.IndexByte(string(s.partial), '\n')
		if i < 0 {
			break
		}
		if s.onLine != nil {
			s.onLine(string(s.partial[:i]))
		}
		s.partial = s.partial[i+1:]
	}
	if len(s.partial) > 4096 {
		s.partial = s.partial[len(s.partial)-4096:]
	}
	if i := strings.LastIndexByte(string(p), '\n'); i >= 0 {
		s.prompt = append(s.prompt[:0], p[i+1:]...)
	} else if len(s.prompt) < 4096 {
		s.prompt = append(s.prompt, p...)
	}
}

// sync waits (at most 100 ms) until all the program wrote so far went out.
func (s *stream) sync() {
	for range 100 {
		s.mu.Lock()
		n := pending(s.r)
		s.mu.Unlock()
		if n == 0 {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// takePrompt is the unfinished last line written (a prompt); the next
// one starts after it, as the answer's newline would on a terminal.
func (s *stream) takePrompt() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := string(s.prompt)
	s.prompt = s.prompt[:0]
	return p
}

func (s *stream) tailText() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.tail)
}

// finish waits for the end of the output once the program is gone; a
// descendant that escaped the group could hold the pipe open, so the
// wait is bounded.
func (s *stream) finish() {
	select {
	case <-s.done:
	case <-time.After(2 * time.Second):
		s.r.Close()
		<-s.done
	}
}

// pending is how many bytes wait in pipe f (FIONREAD); 0 on error.
func pending(f *os.File) int {
	rc, err := f.SyscallConn()
	if err != nil {
		return 0
	}
	n := 0
	rc.Control(func(fd uintptr) {
		var v int32
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCINQ, uintptr(unsafe.Pointer(&v))); e == 0 {
			n = int(v)
		}
	})
	return n
}
