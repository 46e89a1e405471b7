package processes

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"unicode/utf8"

	"gokernel/runtime/session"
)

var (
	exeMu   sync.Mutex
	exePath string
	exeArgs []string
)

// SetExecutable sets the program started as a child process: path, then
// args, then ChildCommand. By default it is this program itself
// (os.Executable()), which is right for the kernel; programs that embed
// the runtime (and tests) set it when they handle ChildCommand elsewhere.
//
//	processes.SetExecutable("/usr/local/bin/gokernel")
func SetExecutable(path string, args ...string) {
	exeMu.Lock()
	exePath, exeArgs = path, append([]string(nil), args...)
	exeMu.Unlock()
}

func childCommand() (string, []string, error) {
	exeMu.Lock()
	path, args := exePath, exeArgs
	exeMu.Unlock()
	if path == "" {
		// /proc/self/exe is this very binary even if a reinstall has
		// replaced the file since it started; os.Executable would name
		// the new one.
		path = "/proc/self/exe"
		if _, err := os.Stat(path); err != nil {
			p, err := os.Executable()
			if err != nil {
				return "", nil, fmt.Errorf("cannot find this program to start a child process: %v", err)
			}
			path = p
		}
	}
	return path, append(append([]string(nil), args...), ChildCommand), nil
}

// proc is the parent's handle on one child process.
type proc struct {
	cmd     *exec.Cmd
	conn    net.Conn
	w       *bufio.Writer
	replies chan reply    // closed when the child's end of the socket closes
	exited  chan struct{} // closed when the child has been reaped
	state   *os.ProcessState
	stdout  *stream
	stderr  *stream

	cellMu sync.Mutex
	cell   string
	decls  []string // declarations the child was last given (native: built from)

	// A native child is a compiled program for the declarations in decls
	// (see SetNativeChildren), started for target. Until it acknowledges
	// its first task (acked), its output is held back: if it turns out
	// broken, the task goes to an interpreted child and the learner sees
	// nothing of it. Only the proc's owner goroutine uses acked.
	native bool
	path   string // the program and its arguments
	target string
	acked  bool
}

// startProc starts an interpreted child whose output goes to cell.
func startProc(cell string) (*proc, error) {
	path, args, err := childCommand()
	if err != nil {
		return nil, err
	}
	return startProcAt(cell, path, args, false)
}

// startProcAt starts path with args (the last being ChildCommand); held
// holds its output back until release.
func startProcAt(cell, path string, args []string, held bool) (*proc, error) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot start a child process: %v", err)
	}
	mine := os.NewFile(uintptr(fds[0]), "control")
	theirs := os.NewFile(uintptr(fds[1]), "control")
	defer theirs.Close()
	conn, err := net.FileConn(mine)
	mine.Close()
	if err != nil {
		return nil, fmt.Errorf("cannot start a child process: %v", err)
	}
	p := &proc{conn: conn, cell: cell, replies: make(chan reply, 1), exited: make(chan struct{})}
	outR, outW, err := os.Pipe()
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("cannot start a child process: %v", err)
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		conn.Close()
		outR.Close()
		outW.Close()
		return nil, fmt.Errorf("cannot start a child process: %v", err)
	}
	cmd := exec.Command(path, args...)
	cmd.Env = append(os.Environ(), "GOKERNEL_SHM_PREFIX="+session.ShmPrefix())
	cmd.Stdout, cmd.Stderr = outW, errW
	cmd.ExtraFiles = []*os.File{theirs}
	// Killed with us; same process group, so the kernel's group kill
	// reaches it too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	err = cmd.Start()
	outW.Close()
	errW.Close()
	if err != nil {
		conn.Close()
		outR.Close()
		errR.Close()
		return nil, fmt.Errorf("cannot start a child process: %v", err)
	}
	p.cmd = cmd
	p.w = bufio.NewWriterSize(conn, 64<<10)
	p.stdout = newStream(outR, "stdout", p.currentCell, held)
	p.stderr = newStream(errR, "stderr", p.currentCell, held)
	go p.readReplies()
	go func() {
		cmd.Wait()
		p.state = cmd.ProcessState
		close(p.exited)
	}()
	return p, nil
}

func (p *proc) pid() int { return p.cmd.Process.Pid }

func (p *proc) currentCell() string {
	p.cellMu.Lock()
	defer p.cellMu.Unlock()
	return p.cell
}

func (p *proc) setCell(c string) {
	p.cellMu.Lock()
	p.cell = c
	p.cellMu.Unlock()
}

func (p *proc) readReplies() {
	rd := bufio.NewReaderSize(p.conn, 64<<10)
	for {
		var r reply
		payload, err := readFrame(rd, &r)
		if err != nil {
			close(p.replies)
			return
		}
		r.Out = payload
		p.replies <- r
	}
}

func (p *proc) send(req request) error {
	return writeFrame(p.w, req, req.Items)
}

// signal sends sig unless the child is already reaped.
func (p *proc) signal(sig syscall.Signal) error {
	select {
	case <-p.exited:
		return nil
	default:
	}
	err := p.cmd.Process.Signal(sig)
	if err == os.ErrProcessDone {
		return nil
	}
	return err
}

// finish waits for the child to exit (after closing its control socket,
// which tells a worker to stop), forwards the rest of its output and
// releases everything.
func (p *proc) finish() {
	p.conn.Close()
	<-p.exited
	p.stdout.close()
	p.stderr.close()
}

// exitCode is Python's exitcode: the exit status, or -signal if killed.
func exitCode(st *os.ProcessState) int {
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return st.ExitCode()
}

// deathError says how a child ended before answering.
func deathError(what string, pid int, st *os.ProcessState) error {
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return fmt.Errorf("%s: process %d was killed by signal %d (%v) before returning", what, pid, int(ws.Signal()), ws.Signal())
	}
	return fmt.Errorf("%s: process %d exited with code %d before returning", what, pid, st.ExitCode())
}

// started records that a native child acknowledged a task: what it
// printed so far (package initialisation) goes to the cell after all.
func (p *proc) started() {
	if p.acked {
		return
	}
	p.acked = true
	p.stdout.release(true)
	p.stderr.release(true)
}

// stream forwards one output pipe of a child to the cell, chunk by chunk
// as it is written. Reading and emitting happen under mu so that drain can
// guarantee that everything written before some event has been emitted.
type stream struct {
	f       *os.File
	name    string
	cell    func() string
	mu      sync.Mutex
	buf     []byte
	part    []byte // an incomplete UTF-8 sequence held for the next chunk
	holding bool   // output is kept in held, not emitted
	held    []byte
	done    chan struct{}
}

func newStream(f *os.File, name string, cell func() string, holding bool) *stream {
	s := &stream{f: f, name: name, cell: cell, buf: make([]byte, 32<<10), holding: holding, done: make(chan struct{})}
	go s.run()
	return s
}

// release stops holding output back: what was held is emitted (keep) or
// goes to the log, fd 2 (a native child that failed: not the learner's).
func (s *stream) release(keep bool) {
	s.drain()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.holding {
		return
	}
	s.holding = false
	held := s.held
	s.held = nil
	if keep {
		s.emit(held)
	} else if len(held) > 0 {
		fmt.Fprintf(nativeLog, "gokernel: output of a failed native child (%s):\n%s\n", s.name, held)
	}
}

func (s *stream) run() {
	defer close(s.done)
	rc, err := s.f.SyscallConn()
	if err != nil {
		return
	}
	for {
		eof := false
		err := rc.Read(func(fd uintptr) bool {
			s.mu.Lock()
			defer s.mu.Unlock()
			n, err := syscall.Read(int(fd), s.buf)
			if err == syscall.EAGAIN {
				return false
			}
			if n > 0 {
				s.emit(s.buf[:n])
				return true
			}
			if err == syscall.EINTR {
				return true
			}
			eof = true
			return true
		})
		if err != nil || eof {
			s.mu.Lock()
			s.flushPart()
			s.mu.Unlock()
			return
		}
	}
}

// drain emits everything already in the pipe.
func (s *stream) drain() {
	rc, err := s.f.SyscallConn()
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rc.Control(func(fd uintptr) {
		for {
			n, err := syscall.Read(int(fd), s.buf)
			if n > 0 {
				s.emit(s.buf[:n])
				continue
			}
			if err == syscall.EINTR {
				continue
			}
			return
		}
	})
}

// close drains the pipe and stops forwarding (output of grandchildren
// written later is dropped). Output still held back is not the learner's.
func (s *stream) close() {
	s.drain()
	s.f.Close()
	<-s.done
	s.release(false)
}

func (s *stream) emit(b []byte) {
	if s.holding {
		s.held = append(s.held, b...)
		return
	}
	if len(s.part) > 0 {
		b = append(s.part, b...)
		s.part = nil
	}
	// Keep a rune cut at the end of the chunk for the next one.
	cut := len(b)
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				cut = i
			}
			break
		}
	}
	if cut < len(b) {
		s.part = append([]byte(nil), b[cut:]...)
		b = b[:cut]
	}
	if len(b) > 0 {
		session.Emit(session.Output{Cell: s.cell(), Kind: "stream", Name: s.name, Text: string(b)})
	}
}

func (s *stream) flushPart() {
	if s.holding {
		s.held = append(s.held, s.part...)
		s.part = nil
		return
	}
	if len(s.part) > 0 {
		session.Emit(session.Output{Cell: s.cell(), Kind: "stream", Name: s.name, Text: string(s.part)})
		s.part = nil
	}
}
