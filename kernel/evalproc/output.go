package evalproc

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// streamChunk is the most text one stream event carries: printing 100,000
// lines gives a few dozen events, not 100,000.
const streamChunk = 64 << 10

// flushDelay is how long the first unflushed byte of a stream may wait, so
// that a line printed before a long sleep shows up at once.
const flushDelay = 20 * time.Millisecond

// An unfinished last line of stdout (`fmt.Print("name? ")`) may be the
// prompt of a read that follows: it waits up to promptDelay (if it is at
// most maxPrompt bytes), so that an input request can take it as its
// prompt instead of it being shown once in the stream and again beside
// the input box, as Python's input("name? ") shows it.
const (
	promptDelay = 100 * time.Millisecond
	maxPrompt   = 1024
)

// outputReader is the kernel's side of the capture (see capture.go): it
// reads both output pipes of one evaluator, cuts out the frames and
// coalesces the text into stream events.
//
// Sync markers order the pipes with the event channel both ways: an event
// that carries marker N is handled once the readers passed N (output
// before it comes first), and a reader goes past N only once that event
// was handled (output after it comes after).
type outputReader struct {
	f              frames
	stdout, stderr *stream
	done           chan struct{} // closed when both pipes reached their end
	handled        progress      // markers whose event was handled
}

// startOutputReader reads outR and errR until every writer closed them;
// text goes to send, as text of the cell that cellOf names unless a frame
// names another.
func startOutputReader(f frames, outR, errR *os.File, send func(event) error, cellOf func() string) *outputReader {
	o := newOutputReader(f, send, cellOf)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); o.stdout.readLoop(outR, o) }()
	go func() { defer wg.Done(); o.stderr.readLoop(errR, o) }()
	go func() { wg.Wait(); close(o.done) }()
	return o
}

func newOutputReader(f frames, send func(event) error, cellOf func() string) *outputReader {
	o := &outputReader{f: f, stdout: newStream("stdout", send, cellOf), stderr: newStream("stderr", send, cellOf), done: make(chan struct{})}
	o.stdout.other, o.stderr.other = o.stderr, o.stdout
	return o
}

// stream is the stream called name ("stdout" or "stderr").
func (o *outputReader) stream(name string) *stream {
	if name == "stderr" {
		return o.stderr
	}
	return o.stdout
}

// flush sends what the readers hold.
func (o *outputReader) flush() {
	o.stdout.flush(true)
	o.stderr.flush(true)
}

// waitSynced returns once the readers have passed the markers of an event
// (or the pipes ended), so that the output before it has been sent.
func (o *outputReader) waitSynced(ev event) {
	o.stdout.seen.wait(ev.SyncOut)
	o.stderr.seen.wait(ev.SyncErr)
}

// eventHandled lets the readers go past the markers of ev.
func (o *outputReader) eventHandled(ev event) {
	o.handled.advance(max(ev.SyncOut, ev.SyncErr))
}

// eventsEnded lets the readers go on to the end: no event will come.
func (o *outputReader) eventsEnded() { o.handled.end() }

// progress is a number that only grows, and that goroutines wait on; once
// ended, nobody waits any more.
type progress struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     uint64
	ended bool
}

func (p *progress) init() {
	if p.cond == nil {
		p.cond = sync.NewCond(&p.mu)
	}
}

func (p *progress) advance(n uint64) {
	p.mu.Lock()
	p.init()
	p.n = max(p.n, n)
	p.cond.Broadcast()
	p.mu.Unlock()
}

func (p *progress) end() {
	p.mu.Lock()
	p.init()
	p.ended = true
	p.cond.Broadcast()
	p.mu.Unlock()
}

// wait returns once the number reached n or the progress ended.
func (p *progress) wait(n uint64) {
	p.mu.Lock()
	p.init()
	for p.n < n && !p.ended {
		p.cond.Wait()
	}
	p.mu.Unlock()
}

func (p *progress) value() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

// stream coalesces the text of one stream name (stdout or stderr) into
// events: a flush happens flushDelay after the first unflushed byte, when
// streamChunk bytes are pending, when the cell changes, and on sync.
type stream struct {
	name string

	send   func(event) error
	cellOf func() string

	mu      sync.Mutex // guards buf, cell, timerOn, hold, tailSince, lineOpen
	buf     []byte
	cell    string
	timer   *time.Timer
	timerOn bool
	// hold keeps an unfinished last line (stdout) in buf from a sync
	// marker until its event was handled: an input request takes it as
	// its prompt (takePrompt), any other event lets it go (release).
	hold      bool
	tailSince time.Time // when buf's unfinished last line began
	lineOpen  bool      // the text sent last did not end a line
	openLine  []byte    // that unfinished line as sent (at most maxPrompt bytes)

	flushMu sync.Mutex // serializes flushes so chunks keep their order

	seen progress // sync markers the reader passed

	other *stream // the other stream of the same evaluator
}

func newStream(name string, send func(event) error, cellOf func() string) *stream {
	s := &stream{name: name, send: send, cellOf: cellOf}
	s.timer = time.AfterFunc(time.Hour, func() { s.flush(false) })
	s.timer.Stop()
	return s
}

// add appends text of cell to the stream. It blocks while a full chunk is
// being sent, which pushes back on whoever produces the output.
func (s *stream) add(cell string, p []byte) {
	if len(p) == 0 {
		return
	}
	// Text of the other stream that came first goes out first, so that
	// stdout and stderr interleave in the cell as they were written.
	if s.other != nil && s.other.pending() {
		s.other.flush(true)
	}
	s.mu.Lock()
	if len(s.buf) > 0 && s.cell != cell {
		s.mu.Unlock()
		s.flush(true)
		s.mu.Lock()
	}
	s.cell = cell
	if len(s.buf) == 0 || s.buf[len(s.buf)-1] == '\n' || bytes.IndexByte(p, '\n') >= 0 {
		s.tailSince = time.Now()
	}
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

func (s *stream) pending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.buf) > 0
}

// flush sends the pending text in chunks of at most streamChunk bytes.
// Unless all is set, an incomplete UTF-8 sequence at the end is kept for
// the next flush so that a character split between reads is not mangled,
// and so is a possible prompt (see promptDelay, hold).
func (s *stream) flush(all bool) {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	for {
		s.mu.Lock()
		s.timerOn = false
		n := len(s.buf)
		if !all {
			n -= incompleteRuneTail(s.buf)
			if tail := s.promptTail(); tail > 0 {
				n = min(n, len(s.buf)-tail)
				if !s.hold { // look again once it is old enough
					s.timerOn = true
					s.timer.Reset(max(time.Millisecond, promptDelay-time.Since(s.tailSince)))
				}
			}
		}
		n = min(n, streamChunk)
		if n <= 0 {
			s.mu.Unlock()
			return
		}
		text := string(s.buf[:n])
		cell := s.cell
		s.noteSent(text)
		rest := copy(s.buf, s.buf[n:])
		s.buf = s.buf[:rest]
		if cap(s.buf) > 4*streamChunk {
			s.buf = append([]byte(nil), s.buf...) // give back a grown buffer
		}
		s.mu.Unlock()
		s.send(event{Kind: "stream", Cell: cell, Name: s.name, Text: text})
	}
}

// noteSent remembers the unfinished line that text leaves on screen.
// s.mu is held.
func (s *stream) noteSent(text string) {
	i := strings.LastIndexByte(text, '\n')
	if i >= 0 {
		s.openLine = s.openLine[:0]
	}
	s.openLine = append(s.openLine, text[i+1:]...)
	if len(s.openLine) > maxPrompt {
		s.openLine = append(s.openLine[:0], s.openLine[len(s.openLine)-maxPrompt:]...)
	}
	s.lineOpen = len(s.openLine) > 0
}

// promptTail is the length of the unfinished last line of stdout that
// flush(false) keeps back: while held, or while younger than promptDelay.
// s.mu is held.
func (s *stream) promptTail() int {
	if s.name != "stdout" || (!s.hold && time.Since(s.tailSince) >= promptDelay) {
		return 0
	}
	tail := len(s.buf) - (bytes.LastIndexByte(s.buf, '\n') + 1)
	if tail > maxPrompt {
		return 0
	}
	return tail
}

// holdPrompt flushes all but an unfinished last line, which stays until
// release or takePrompt (a sync marker: its event may be an input request).
func (s *stream) holdPrompt() {
	s.mu.Lock()
	s.hold = true
	s.mu.Unlock()
	s.flush(false)
}

// release lets a held line go out.
func (s *stream) release() {
	s.mu.Lock()
	held := s.hold
	s.hold = false
	s.mu.Unlock()
	if held {
		s.flush(true)
	}
}

// takePrompt decides the prompt of an input request of cell that came
// with prompt want ("" for a plain read of stdin) and lets the rest of
// the output go. The unfinished last line the cell printed before the
// read, still held, becomes the prompt and leaves the stream, so that it
// is shown once, beside the box (and in the client's echo of the answer).
// A line whose start was already shown stays in the stream, and the
// prompt is then empty: the client shows the box after that text.
func (s *stream) takePrompt(cell, want string) string {
	s.mu.Lock()
	tail := ""
	if s.hold && s.cell == cell {
		tail = string(s.buf[bytes.LastIndexByte(s.buf, '\n')+1:])
	}
	shown := ""
	if s.lineOpen && len(tail) == len(s.buf) {
		shown = string(s.openLine)
	}
	take := tail != "" && shown == "" && (want == "" || want == tail) && utf8.ValidString(tail)
	if take {
		s.buf = s.buf[:len(s.buf)-len(tail)]
		want = tail
	} else if want != "" && strings.HasSuffix(shown+tail, want) {
		want = "" // on screen already, or about to be
	}
	s.mu.Unlock()
	s.release()
	return want
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

// readLoop reads the pipe, cuts out the frames (also when one is split
// across reads) and passes the rest on as text of the running cell.
func (s *stream) readLoop(r *os.File, o *outputReader) {
	defer r.Close()
	buf := make([]byte, 32<<10)
	var data []byte
	for {
		n, err := r.Read(buf)
		if n > 0 {
			data = append(data, buf[:n]...)
			data = s.scan(data, o)
		}
		if err != nil {
			s.add(s.cellOf(), data)
			s.flush(true)
			s.seen.end()
			return
		}
	}
}

// scan handles the frames in data and returns the bytes it must keep
// because they might be the start of a frame.
func (s *stream) scan(data []byte, o *outputReader) []byte {
	f := o.f
	for {
		i := bytes.Index(data, f.prefix)
		if i < 0 {
			break
		}
		s.add(s.cellOf(), data[:i])
		data = data[i:]
		n, seq, cell, text := f.parse(data)
		switch {
		case n == 0: // the rest of the frame is still to come
			return append([]byte(nil), data...)
		case n < 0: // not a frame after all: plain text
			s.add(s.cellOf(), data[:len(f.prefix)])
			data = data[len(f.prefix):]
		case seq > 0:
			// Everything before the marker goes out now (but a
			// possible prompt, which the event's handler takes or
			// releases); what comes after it waits until the kernel
			// handled the event that carries it (a reply, a display).
			if s.name == "stdout" {
				s.holdPrompt()
			} else {
				s.flush(true)
			}
			s.seen.advance(seq)
			o.handled.wait(seq)
			s.release()
			data = data[n:]
		default:
			s.add(cell, text)
			data = data[n:]
		}
	}
	keep := partialPrefixSuffix(data, f.prefix)
	s.add(s.cellOf(), data[:len(data)-keep])
	return append([]byte(nil), data[len(data)-keep:]...)
}

// parse reads the frame at the start of data: its length (0 when data
// holds only its beginning, -1 when it is no frame) and either a sync
// marker's number or a text frame's cell and text.
func (f frames) parse(data []byte) (n int, seq uint64, cell string, text []byte) {
	p := len(f.prefix)
	if len(data) <= p {
		return 0, 0, "", nil
	}
	hex := func(b []byte) (uint64, bool) {
		v, err := strconv.ParseUint(string(b), 16, 64)
		return v, err == nil
	}
	switch data[p] {
	case 's':
		if len(data) < f.syncLen() {
			return 0, 0, "", nil
		}
		v, ok := hex(data[p+1 : f.syncLen()])
		if !ok || v == 0 {
			return -1, 0, "", nil
		}
		return f.syncLen(), v, "", nil
	case 'o':
		h := f.textHeaderLen()
		if len(data) < h {
			return 0, 0, "", nil
		}
		cl, ok1 := hex(data[p+1 : p+5])
		tl, ok2 := hex(data[p+5 : h])
		if !ok1 || !ok2 || cl+tl > pipeBuf {
			return -1, 0, "", nil
		}
		end := h + int(cl) + int(tl)
		if len(data) < end {
			return 0, 0, "", nil
		}
		return end, 0, string(data[h : h+int(cl)]), data[h+int(cl) : end]
	}
	return -1, 0, "", nil
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
