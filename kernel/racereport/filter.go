package racereport

import (
	"bytes"
	"io"
	"strings"
	"sync"
)

// ExitStatus is the exit status of a race-enabled program that found a
// race (GORACE exitcode): after reports, it is no failure of its own.
const ExitStatus = 66

// maxBlock bounds a block held back: a "block" longer than this is not a
// race report, and goes out as plain text.
const maxBlock = 1 << 20

// Filter is an io.Writer for a race-enabled program's stderr. Text outside
// race blocks goes to the underlying writer as it comes (a line as soon as
// it is known not to start a block, so output stays live); each complete
// race block is parsed and handed to the callback instead. The race
// detector's closing "Found N data race(s)" line and the testing package's
// "race detected during execution of test" line are dropped: the reports
// say it. Lines of the program that land inside a block (another goroutine
// printing meanwhile) pass through too.
//
// Write and Close are safe for concurrent use; the callback runs with the
// Filter locked, so it must not write to the Filter.
type Filter struct {
	// Globals, when set before the first Write, names raced globals
	// (Report.Resolve) before the callback sees a report.
	Globals *Globals
	// KeepRepeats hands over every report. By default a report with the
	// Key of an earlier one is dropped (its race was reported already).
	KeepRepeats bool

	mu       sync.Mutex
	w        io.Writer
	onReport func(Report)
	partial  []byte // the start of a line not yet complete
	midLine  bool   // part of the current line already went out
	block    []string
	size     int
	count    int
	seen     map[string]bool
	err      error
}

// NewFilter returns a Filter writing plain text to w and race reports to
// onReport.
func NewFilter(w io.Writer, onReport func(Report)) *Filter {
	return &Filter{w: w, onReport: onReport}
}

// Reports returns how many race reports the Filter handed over so far
// (repeats it dropped not counted).
func (f *Filter) Reports() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.count
}

// Write takes the program's stderr. It returns an error only when the
// underlying writer failed.
func (f *Filter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			f.partial = append(f.partial, p...)
			break
		}
		line := string(f.partial) + string(p[:i+1])
		f.partial, p = f.partial[:0], p[i+1:]
		f.line(line)
	}
	// A partial line that cannot start a block's line goes out now: a
	// prompt without a newline must show.
	if len(f.partial) > 0 && f.block == nil && (f.midLine || !special(string(f.partial))) {
		f.out(string(f.partial))
		f.partial = f.partial[:0]
		f.midLine = true
	}
	if f.err != nil {
		return n, f.err
	}
	return n, nil
}

// line handles one complete line (with its "\n").
func (f *Filter) line(line string) {
	if f.midLine { // the end of a line whose start went out already
		f.midLine = false
		f.out(line)
		return
	}
	text := trimEOL(line)
	switch {
	case f.block == nil:
		switch {
		case text == separator:
			f.hold(line)
		case foundRe.MatchString(text) || testRe.MatchString(text):
		default:
			f.out(line)
		}
	case len(f.block) == 1: // after a separator: a report, or just a line of '='
		if text == warning {
			f.hold(line)
			return
		}
		f.release()
		f.line(line)
	case text == separator:
		f.hold(line)
		raw := strings.Join(f.block, "")
		f.block, f.size = nil, 0
		r := parseBlock(raw)
		r.Resolve(f.Globals)
		if !f.KeepRepeats {
			if f.seen[r.Key()] {
				return
			}
			if f.seen == nil {
				f.seen = map[string]bool{}
			}
			f.seen[r.Key()] = true
		}
		f.count++
		if f.onReport != nil {
			f.onReport(r)
		}
	case !isBlockLine(line):
		f.out(line)
	default:
		f.hold(line)
		if f.size > maxBlock {
			f.release()
		}
	}
}

func (f *Filter) hold(line string) {
	f.block = append(f.block, line)
	f.size += len(line)
}

// release writes a held block out as plain text.
func (f *Filter) release() {
	block := f.block
	f.block, f.size = nil, 0
	for _, l := range block {
		f.out(l)
	}
}

func (f *Filter) out(s string) {
	if f.err == nil {
		_, f.err = io.WriteString(f.w, s)
	}
}

// special reports whether a partial line may become a line the Filter
// holds or drops (a separator, "Found N data race(s)", the testing
// package's race line), so it must wait for its end.
func special(partial string) bool {
	p := strings.TrimRight(partial, "\r")
	t := strings.TrimLeft(p, " \t")
	return strings.HasPrefix(separator, p) ||
		strings.HasPrefix("Found ", p) || (strings.HasPrefix(p, "Found ") && len(p) < 40) ||
		strings.HasPrefix("testing.go:", t) || (strings.HasPrefix(t, "testing.go:") && len(p) < 120)
}

// isBlockLine: the lines a race report is made of (blank, headers, and
// frames: "  pkg.fn()" and "      file:line +0xpc").
func isBlockLine(line string) bool {
	text := strings.TrimSpace(line)
	switch {
	case text == "":
		return true
	case accessRe.MatchString(text), createdRe.MatchString(text), globalRe.MatchString(text), heapRe.MatchString(text):
		return true
	case strings.HasPrefix(line, "      "):
		return fileRe.MatchString(text)
	case strings.HasPrefix(line, "  "):
		return strings.HasSuffix(text, ")")
	}
	return false
}

// Close writes out what is held back (an unfinished block, a partial line)
// as plain text. It does not close the underlying writer.
func (f *Filter) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.release()
	if len(f.partial) > 0 {
		f.out(string(f.partial))
		f.partial = f.partial[:0]
	}
	f.midLine = false
	return f.err
}
