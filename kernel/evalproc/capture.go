package evalproc

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"
	"unsafe"

	"gokernel/runtime/session"
)

// Output capture is split between the two processes. In the evaluator,
// fd 1 and os.Stderr are the write ends of two pipes that the kernel
// created and reads (output.go), so fmt, os.Stdout.Write, compiled code
// and child processes inheriting fd 1 all end up as stream events. Nothing
// a cell printed waits in the evaluator's memory except the short
// stdoutBuffer, which is written out before a cell starts a goroutine:
// when the evaluator dies, even of a fatal error, what it printed is
// still in the pipes and reaches the cell before the error.
//
// File descriptor 2 itself stays the kernel's log: the Go runtime writes
// its crash reports ("fatal error: concurrent map writes") there.
//
// The pipes also carry frames that the kernel cuts out of the text, each
// written with one write(2) of at most PIPE_BUF bytes, so that no other
// writer's bytes land inside it:
//
//	prefix "s" seq(16 hex)                        sync marker
//	prefix "o" len(cell, 4 hex) len(text, 8 hex) cell text
//	                                              text of another cell
//
// The prefix is "\x00gokernel-" and a token random per process, so text a
// cell prints cannot look like a frame by chance.

// File descriptors of the output pipes' write ends as the kernel passes
// them to the evaluator (after the command channel on 3 and 4).
const (
	stdoutFD = 5
	stderrFD = 6
)

// syncTokenEnv passes the random part of the frame prefix to the evaluator.
const syncTokenEnv = "GOKERNEL_SYNC_TOKEN"

// pipeBuf is PIPE_BUF on Linux: writes up to this size are atomic.
const pipeBuf = 4096

// frames builds and recognises the frames of one evaluator process.
type frames struct{ prefix []byte }

// newSyncToken is the random part of a new evaluator's frame prefix.
func newSyncToken() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func newFrames(token string) frames {
	return frames{prefix: []byte("\x00gokernel-" + token + "-")}
}

// syncLen is the length of a sync marker.
func (f frames) syncLen() int { return len(f.prefix) + 17 }

func (f frames) marker(seq uint64) []byte {
	return fmt.Appendf(append([]byte(nil), f.prefix...), "s%016x", seq)
}

// textHeaderLen is the length of a text frame before its cell id.
func (f frames) textHeaderLen() int { return len(f.prefix) + 13 }

// text frames text of cell in pieces that each fit in one atomic write,
// cut on character boundaries.
func (f frames) text(cell string, text []byte) [][]byte {
	room := pipeBuf - f.textHeaderLen() - len(cell)
	var out [][]byte
	for len(text) > 0 {
		n := min(len(text), room)
		if n < len(text) {
			for k := n; k > n-utf8.UTFMax && k > 0; k-- {
				if utf8.RuneStart(text[k]) {
					n = k
					break
				}
			}
		}
		fr := fmt.Appendf(append([]byte(nil), f.prefix...), "o%04x%08x", len(cell), n)
		fr = append(append(fr, cell...), text[:n]...)
		out = append(out, fr)
		text = text[n:]
	}
	return out
}

// capture is the evaluator's side: it owns the write ends, numbers the
// sync markers and frames the text of child processes.
type capture struct {
	f        frames
	buffered *stdoutBuffer // fmt output of cells, in front of fd 1
	out, err pipeEnd
	mu       sync.Mutex // orders markers and the events that carry them
	seq      uint64
	late     lateStderr // stderr files of cells whose goroutines outlive them
}

// pipeEnd is a descriptor the evaluator writes frames into, and the pipe
// it was (a cell may close the number and open a file under it).
type pipeEnd struct {
	fd  int
	ino uint64
}

func newPipeEnd(fd int) pipeEnd {
	var st syscall.Stat_t
	syscall.Fstat(fd, &st)
	return pipeEnd{fd: fd, ino: st.Ino}
}

// isPipe reports whether fd is still the capture pipe.
func (p pipeEnd) isPipe() bool {
	var st syscall.Stat_t
	return syscall.Fstat(p.fd, &st) == nil && st.Ino == p.ino
}

// startCapture makes the kernel's pipes (fds 5 and 6) the evaluator's
// fd 1 and os.Stderr.
func startCapture(token string) (*capture, error) {
	if !isPipe(stdoutFD) || !isPipe(stderrFD) || token == "" {
		return nil, fmt.Errorf("no output pipes on fd %d and %d", stdoutFD, stderrFD)
	}
	c := &capture{f: newFrames(token)}
	// stdout: Dup3 without O_CLOEXEC, so child processes inherit the
	// pipe as their fd 1.
	if err := syscall.Dup3(stdoutFD, 1, 0); err != nil {
		return nil, fmt.Errorf("capture stdout: %w", err)
	}
	syscall.Close(stdoutFD)
	c.out = newPipeEnd(1)
	c.buffered = newStdoutBuffer(1, mapStdoutBuffer())

	// stderr: os.Stderr (what fmt, log and exec.Cmd{Stderr: os.Stderr}
	// use) becomes the pipe; fd 2 is left to the runtime.
	syscall.CloseOnExec(stderrFD)
	w := os.NewFile(stderrFD, "stderr")
	os.Stderr = w
	log.SetOutput(logWriter{c})
	c.err = newPipeEnd(stderrFD)
	c.buffered.after = stderrFD
	// fmt output of a goroutine that a cell started goes to that cell,
	// also after it ended (session.BeginWork).
	session.TrackWork()
	c.buffered.workCell = session.WorkCell
	c.buffered.late = func(cell string, text []byte) error {
		if !c.writeFrames(c.out, cell, text) {
			return &os.PathError{Op: "write", Path: "stdout", Err: syscall.EPIPE}
		}
		return nil
	}
	return c, nil
}

// sync writes a numbered marker into each pipe, after everything written
// before the call, and passes the numbers to send, which sends the event
// that carries them. The kernel handles that event once its readers have
// passed the markers, and reads on only after it did, so output keeps its
// place around replies, displays and input requests. A number is 0 when
// the cell closed that pipe.
func (c *capture) sync(send func(out, err uint64) error) error {
	c.buffered.Flush()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	m := c.f.marker(c.seq)
	write := func(p pipeEnd) uint64 {
		if p.isPipe() {
			if _, err := syscall.Write(p.fd, m); err == nil {
				return c.seq
			}
		}
		return 0
	}
	return send(write(c.out), write(c.err))
}

// writeText puts text of cell (a child process's output) into the pipe
// of stream name, in its place among what the cell prints. It reports
// false when the cell closed that pipe.
func (c *capture) writeText(cell, name string, text []byte) bool {
	p := c.err
	if name == "stdout" {
		p = c.out
		// Nothing fmt buffered may overtake it.
		c.buffered.mu.Lock()
		defer c.buffered.mu.Unlock()
		c.buffered.flushLocked()
	}
	return c.writeFrames(p, cell, text)
}

// writeFrames writes text of cell into p as text frames (for stdout,
// with the buffer's lock held).
func (c *capture) writeFrames(p pipeEnd, cell string, text []byte) bool {
	if !p.isPipe() {
		return false
	}
	for _, fr := range c.f.text(cell, text) {
		for len(fr) > 0 {
			n, err := syscall.Write(p.fd, fr)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return false
			}
			fr = fr[n:]
		}
	}
	return true
}

// stdoutBuffer is what fmt.Print* of cells writes to: a buffer in front
// of fd 1. A print loop then costs one write(2) per few KiB instead of one
// per line, five times faster than writing each line to the pipe. It is
// written out stdoutDelay after its first byte, on every sync (cell end,
// displays, input requests), whenever a cell uses os.Stdout (see
// eval.Options.Stdout), so output keeps its order, and before a cell
// starts a goroutine (eval's BeforeGo, session.Flush).
//
// The buffer lives in memory shared with the kernel (fd 7): if the
// evaluator dies with text in it, the kernel still finds the text there
// (see bufferedText).
type stdoutBuffer struct {
	mu    sync.Mutex
	fd    int
	after int            // the stderr pipe: drained (briefly) before a flush, for order
	count *atomic.Uint64 // bytes buffered; the kernel reads it after a death
	data  []byte
	timer *time.Timer
	armed bool

	// Output of goroutines that cells started: workCell names the cell
	// the writing goroutine works for (session.WorkCell); when that is
	// not the running cell (running), late writes the text as frames
	// naming its cell, after what the buffer holds.
	workCell func() string
	late     func(cell string, text []byte) error
	running  string
	// muted drops what the running cell prints (not goroutines of other
	// cells): the session replaying a program's declarations.
	muted bool
}

// setMuted starts or ends dropping what the running cell prints.
func (b *stdoutBuffer) setMuted(m bool) {
	b.mu.Lock()
	b.muted = m
	b.mu.Unlock()
}

// setRunning records the cell that runs now ("" between cells). From
// then on, fmt output of goroutines other cells started is framed with
// their cell: text the kernel reads plain goes to the running cell.
func (b *stdoutBuffer) setRunning(cell string) {
	b.mu.Lock()
	b.running = cell
	b.mu.Unlock()
}

const (
	stdoutDelay = 2 * time.Millisecond
	// stdoutBufferSize is the size of the shared buffer: a count, then
	// the text.
	stdoutBufferSize = 8 + 32<<10
	// stdoutBufferFD is where the kernel passes the shared buffer.
	stdoutBufferFD = 7
)

// newStdoutBuffer buffers writes to fd in mem (stdoutBufferSize bytes).
func newStdoutBuffer(fd int, mem []byte) *stdoutBuffer {
	b := &stdoutBuffer{fd: fd, count: (*atomic.Uint64)(unsafe.Pointer(&mem[0])), data: mem[8:]}
	b.timer = time.AfterFunc(time.Hour, func() { b.Flush() })
	b.timer.Stop()
	return b
}

// mapStdoutBuffer maps the kernel's shared buffer, or makes a private one
// when there is none.
func mapStdoutBuffer() []byte {
	var st syscall.Stat_t
	if syscall.Fstat(stdoutBufferFD, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG && st.Size == stdoutBufferSize {
		syscall.CloseOnExec(stdoutBufferFD)
		mem, err := syscall.Mmap(stdoutBufferFD, 0, stdoutBufferSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
		syscall.Close(stdoutBufferFD)
		if err == nil {
			return mem
		}
	}
	return make([]byte, stdoutBufferSize)
}

func (b *stdoutBuffer) Write(p []byte) (int, error) {
	var cell string
	if b.workCell != nil {
		cell = b.workCell()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	total := len(p)
	if b.muted && (cell == "" || cell == b.running) {
		return total, nil
	}
	if cell != "" && cell != b.running && b.late != nil {
		if err := b.flushLocked(); err != nil {
			return 0, err
		}
		if err := b.late(cell, p); err != nil {
			return 0, err
		}
		return total, nil
	}
	for len(p) > 0 {
		n := int(b.count.Load())
		if n == len(b.data) {
			if err := b.flushLocked(); err != nil {
				return total - len(p), err
			}
			n = 0
		}
		if n == 0 && len(p) >= len(b.data) {
			if err := writeAll(b.fd, p); err != nil {
				return total - len(p), err
			}
			break
		}
		k := copy(b.data[n:], p)
		b.count.Store(uint64(n + k))
		p = p[k:]
	}
	if !b.armed && b.count.Load() > 0 {
		b.armed = true
		b.timer.Reset(stdoutDelay)
	}
	return total, nil
}

// Flush writes out what the buffer holds.
func (b *stdoutBuffer) Flush() error {
	if b == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.flushLocked()
}

func (b *stdoutBuffer) flushLocked() error {
	b.armed = false
	n := b.count.Load()
	if n == 0 {
		return nil
	}
	if b.after > 0 {
		waitRead(b.after) // stderr written before this text comes first
	}
	err := writeAll(b.fd, b.data[:n])
	b.count.Store(0)
	return err
}

// drainWait bounds Drain: a kernel reader held up (say by a stalled
// client) must not stall the cell.
const drainWait = 10 * time.Millisecond

// Drain writes out the buffer and waits, at most drainWait, until the
// kernel has read what the pipe holds, so that what the cell writes to
// os.Stderr next reaches the kernel after it (the two pipes have no
// common order otherwise).
func (b *stdoutBuffer) Drain() {
	b.Flush()
	waitRead(b.fd)
}

// waitRead waits, at most drainWait, until the kernel has read what the
// pipe behind fd holds.
func waitRead(fd int) {
	deadline := time.Now().Add(drainWait)
	for unread(fd) > 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Microsecond)
	}
}

// unread is how many bytes the pipe behind fd holds (FIONREAD).
func unread(fd int) int {
	var n int32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCINQ, uintptr(unsafe.Pointer(&n))); errno != 0 {
		return 0
	}
	return int(n)
}

func writeAll(fd int, p []byte) error {
	for len(p) > 0 {
		n, err := syscall.Write(fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return &os.PathError{Op: "write", Path: "stdout", Err: err}
		}
		p = p[n:]
	}
	return nil
}

// bufferedText is the text left in a dead evaluator's shared buffer.
func bufferedText(mem []byte) []byte {
	n := (*atomic.Uint64)(unsafe.Pointer(&mem[0])).Load()
	if n == 0 || n > uint64(len(mem)-8) {
		return nil
	}
	return mem[8 : 8+n]
}
