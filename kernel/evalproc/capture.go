package evalproc

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

// streamChunk is the most text one stream event carries: printing 100,000
// lines gives a few dozen events, not 100,000.
const streamChunk = 64 << 10

// flushDelay is how long the first unflushed byte of a stream may wait, so
// that a line printed before a long sleep shows up at once.
const flushDelay = 20 * time.Millisecond

// capture owns the evaluator's standard output and error: fd 1 is a pipe
// read here (so fmt, os.Stdout.Write, compiled code and child processes
// inheriting fd 1 all end up as stream events), and os.Stderr is another.
// File descriptor 2 itself stays the kernel's log: the Go runtime writes
// its crash reports ("fatal error: concurrent map writes") there with the
// rest of the process frozen, so only the kernel can still read them.
type capture struct {
	stdout, stderr *stream
	buffered       *stdoutBuffer // fmt output of cells, in front of fd 1
	prefix         []byte        // sync marker prefix; random per process
	mu             sync.Mutex
	seq            uint64
}

// markerLen is the length of a sync marker: prefix + 16 hex digits.
func (c *capture) markerLen() int { return len(c.prefix) + 16 }

func (c *capture) marker(seq uint64) []byte {
	return fmt.Appendf(append([]byte(nil), c.prefix...), "%016x", seq)
}

// startCapture replaces file descriptors 1 and 2 with pipes and starts
// their readers. send delivers finished stream events; cellOf names the
// cell output is tagged with when it is read.
func startCapture(send func(event) error, cellOf func() string) (*capture, error) {
	token := make([]byte, 8)
	if _, err := rand.Read(token); err != nil {
		return nil, err
	}
	c := &capture{prefix: []byte("\x00gokernel-sync-" + hex.EncodeToString(token) + "-")}
	var err error
	// stdout: Dup3 without O_CLOEXEC, so child processes inherit the
	// pipe as their fd 1.
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	if err := syscall.Dup3(int(w.Fd()), 1, 0); err != nil {
		return nil, fmt.Errorf("capture stdout: %w", err)
	}
	w.Close()
	c.stdout = newStream("stdout", send, cellOf)
	c.stdout.setFD(1)
	go c.stdout.readLoop(r, c)
	c.buffered = newStdoutBuffer(os.Stdout)

	// stderr: os.Stderr (what fmt, log and exec.Cmd{Stderr: os.Stderr}
	// use) becomes the pipe; fd 2 is left to the runtime.
	r, w, err = os.Pipe()
	if err != nil {
		return nil, err
	}
	os.Stderr = w
	log.SetOutput(w)
	c.stderr = newStream("stderr", send, cellOf)
	c.stderr.setFD(int(w.Fd()))
	go c.stderr.readLoop(r, c)
	return c, nil
}

// stdoutBuffer is what fmt.Print* of cells writes to: a buffer in front
// of fd 1. A print loop then costs one write(2) per few KiB instead of one
// per line, five times faster than writing each line to the pipe. It is
// written out stdoutDelay after its first byte, on every sync (cell end,
// displays, input requests), and whenever a cell uses os.Stdout (see
// eval.Options.Stdout), so output keeps its order.
type stdoutBuffer struct {
	mu    sync.Mutex
	w     *bufio.Writer
	timer *time.Timer
	armed bool
}

const stdoutDelay = 2 * time.Millisecond

func newStdoutBuffer(f *os.File) *stdoutBuffer {
	b := &stdoutBuffer{w: bufio.NewWriterSize(f, 32<<10)}
	b.timer = time.AfterFunc(time.Hour, func() { b.Flush() })
	b.timer.Stop()
	return b
}

func (b *stdoutBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n, err := b.w.Write(p)
	if !b.armed && b.w.Buffered() > 0 {
		b.armed = true
		b.timer.Reset(stdoutDelay)
	}
	return n, err
}

// Flush writes out what the buffer holds.
func (b *stdoutBuffer) Flush() error {
	if b == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.armed = false
	return b.w.Flush()
}

// sync returns once everything written to fd 1 and 2 (and emitted as
// stream text) before the call has been sent as events. It writes a
// numbered marker into each pipe and waits until the reader has seen it
// (or a later one).
func (c *capture) sync() {
	c.buffered.Flush()
	c.mu.Lock()
	c.seq++
	seq := c.seq
	c.mu.Unlock()
	m := c.marker(seq)
	var wait []*stream
	for _, s := range []*stream{c.stdout, c.stderr} {
		// A marker is shorter than PIPE_BUF, so the write is atomic:
		// other writers' bytes never land inside it.
		if !s.fdIsPipe() {
			s.flush(true) // the cell closed it
			continue
		}
		if _, err := syscall.Write(s.fd, m); err == nil {
			wait = append(wait, s)
		} else {
			s.flush(true) // fd closed by the cell: flush what was emitted
		}
	}
	for _, s := range wait {
		s.waitSeen(seq)
	}
}

// stream coalesces the text of one stream name (stdout or stderr) into
// events: a flush happens flushDelay after the first unflushed byte, when
// streamChunk bytes are pending, when the cell changes, and on sync.
type stream struct {
	name string
	fd   int    // where sync markers are written
	ino  uint64 // of the pipe behind fd

	send   func(event) error
	cellOf func() string

	mu      sync.Mutex // guards buf, cell, timerOn
	buf     []byte
	cell    string
	timer   *time.Timer
	timerOn bool

	flushMu sync.Mutex // serializes flushes so chunks keep their order

	seenMu   sync.Mutex
	seenCond *sync.Cond
	seen     uint64
	closed   bool
}

func newStream(name string, send func(event) error, cellOf func() string) *stream {
	s := &stream{name: name, send: send, cellOf: cellOf, fd: -1}
	s.seenCond = sync.NewCond(&s.seenMu)
	s.timer = time.AfterFunc(time.Hour, func() { s.flush(false) })
	s.timer.Stop()
	return s
}

func (s *stream) setFD(fd int) {
	var st syscall.Stat_t
	syscall.Fstat(fd, &st)
	s.fd, s.ino = fd, st.Ino
}

// fdIsPipe reports whether fd is still the capture pipe: if a cell closed
// it, the number may now belong to a file of the cell, which must not get
// sync markers.
func (s *stream) fdIsPipe() bool {
	var st syscall.Stat_t
	return syscall.Fstat(s.fd, &st) == nil && st.Ino == s.ino
}

// add appends text of cell to the stream. It blocks while a full chunk is
// being sent, which pushes back on whoever produces the output.
func (s *stream) add(cell string, p []byte) {
	if len(p) == 0 {
		return
	}
	s.mu.Lock()
	if len(s.buf) > 0 && s.cell != cell {
		s.mu.Unlock()
		s.flush(true)
		s.mu.Lock()
	}
	s.cell = cell
	s.buf = append(s.buf, p...)
	full := len(s.buf) >= streamChunk
	if !full && !s.timerOn {
		s.timerOn = true
		s.timer.Reset(flushDelay)
	}
	s.mu.Unlock()
	if full {
		s.flush(false)
	}
}

// flush sends the pending text in chunks of at most streamChunk bytes.
// Unless all is set, an incomplete UTF-8 sequence at the end is kept for
// the next flush so that a character split between reads is not mangled.
func (s *stream) flush(all bool) {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	for {
		s.mu.Lock()
		s.timerOn = false
		n := len(s.buf)
		if !all {
			n -= incompleteRuneTail(s.buf)
		}
		n = min(n, streamChunk)
		if n <= 0 {
			s.mu.Unlock()
			return
		}
		text := string(s.buf[:n])
		cell := s.cell
		rest := copy(s.buf, s.buf[n:])
		s.buf = s.buf[:rest]
		if cap(s.buf) > 4*streamChunk {
			s.buf = append([]byte(nil), s.buf...) // give back a grown buffer
		}
		s.mu.Unlock()
		s.send(event{Kind: "stream", Cell: cell, Name: s.name, Text: text})
	}
}

// incompleteRuneTail is the length of a trailing UTF-8 sequence that has
// not all its bytes yet (0 if the text ends on a character boundary).
func incompleteRuneTail(b []byte) int {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(b); i++ {
		c := b[len(b)-i]
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return i
			}
			return 0
		}
	}
	return 0
}

func (s *stream) markSeen(seq uint64) {
	s.seenMu.Lock()
	if seq > s.seen {
		s.seen = seq
	}
	s.seenCond.Broadcast()
	s.seenMu.Unlock()
}

func (s *stream) waitSeen(seq uint64) {
	s.seenMu.Lock()
	for s.seen < seq && !s.closed {
		s.seenCond.Wait()
	}
	s.seenMu.Unlock()
}

// readLoop reads the pipe, cuts out sync markers (also when a marker is
// split across reads) and passes the rest on as text.
func (s *stream) readLoop(r *os.File, c *capture) {
	buf := make([]byte, 32<<10)
	var data []byte
	for {
		n, err := r.Read(buf)
		if n > 0 {
			data = append(data, buf[:n]...)
			data = s.scan(data, c)
		}
		if err != nil {
			s.add(s.cellOf(), data)
			s.flush(true)
			s.seenMu.Lock()
			s.closed = true
			s.seenCond.Broadcast()
			s.seenMu.Unlock()
			return
		}
	}
}

// scan handles the markers in data and returns the bytes it must keep
// because they might be the start of a marker.
func (s *stream) scan(data []byte, c *capture) []byte {
	mlen := c.markerLen()
	for {
		i := bytes.Index(data, c.prefix)
		if i < 0 {
			break
		}
		if len(data)-i < mlen {
			s.add(s.cellOf(), data[:i])
			return append(data[:0], data[i:]...)
		}
		seq, err := strconv.ParseUint(string(data[i+len(c.prefix):i+mlen]), 16, 64)
		if err != nil { // not ours after all: plain text
			s.add(s.cellOf(), data[:i+len(c.prefix)])
			data = data[i+len(c.prefix):]
			continue
		}
		s.add(s.cellOf(), data[:i])
		s.flush(true)
		s.markSeen(seq)
		data = data[i+mlen:]
	}
	keep := partialPrefixSuffix(data, c.prefix)
	s.add(s.cellOf(), data[:len(data)-keep])
	return append(data[:0], data[len(data)-keep:]...)
}

// partialPrefixSuffix is the length of the longest end of data that is a
// proper beginning of prefix.
func partialPrefixSuffix(data, prefix []byte) int {
	from := max(0, len(data)-len(prefix)+1)
	for j := from; j < len(data); j++ {
		if data[j] == prefix[0] && bytes.HasPrefix(prefix, data[j:]) {
			return len(data) - j
		}
	}
	return 0
}
