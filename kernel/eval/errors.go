package eval

import (
	"errors"
	"fmt"
	"go/scanner"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/traefik/yaegi/interp"
)

// Error is what Execute returns when a cell does not compile, panics or is
// interrupted. Name is one of "SyntaxError", "CompileError", "panic",
// "Interrupted", "UnsupportedSyntax" or "InternalError"; Traceback holds
// the lines Jupyter shows (with ANSI colors).
//
//	_, err := s.Execute(ctx, "x := 1 +")
//	err.(*eval.Error).Name // "SyntaxError"
type Error struct {
	Name, Value string
	Traceback   []string
	// Line and Col locate the error in the cell (1-based; 0 if unknown).
	Line, Col int
	// BeforeRun reports that the interpreter refused the cell before any
	// of it ran (it could not parse or compile it): running it another
	// way repeats nothing.
	BeforeRun bool
	// Dropped are the declarations a replay dropped (Name DroppedName).
	Dropped []Dropped
}

// Error formats the error as "Name: Value" with its cell position.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: %s (line %d, column %d)", e.Name, e.Value, e.Line, e.Col)
	}
	return e.Name + ": " + e.Value
}

const (
	red   = "\x1b[0;31m"
	green = "\x1b[0;32m"
	reset = "\x1b[0m"
)

// newError builds an Error; with a position it quotes the cell line with a
// caret under the column.
func newError(name, msg, code string, line, col int) *Error {
	e := &Error{Name: name, Value: msg}
	lines := strings.Count(code, "\n") + 1
	if line > lines { // the statement wrapper's closing brace
		line = lines
		col = len(cellLine(code, line)) + 1
	}
	tb := []string{red + name + reset + ": " + msg}
	if line > 0 {
		e.Line, e.Col = line, col
		src := cellLine(code, line)
		tb = append(tb, fmt.Sprintf("%sline %d, column %d:%s", green, line, col, reset))
		tb = append(tb, "    "+src)
		caret := []rune(src)
		if col-1 < len(src) {
			caret = []rune(src[:max(col-1, 0)])
		}
		pad := make([]rune, len(caret))
		for i, r := range caret {
			pad[i] = ' '
			if r == '\t' {
				pad[i] = '\t'
			}
		}
		tb = append(tb, "    "+string(pad)+red+"^"+reset)
		if h := pythonHint(name, msg, src); h != "" { // pyhints.go
			tb = append(tb, green+"hint"+reset+": "+h)
		}
	}
	e.Traceback = tb
	return e
}

// incompleteType is how yaegi panics on some undefined names.
var incompleteType = regexp.MustCompile(`(\d+):(\d+): incomplete type ([\pL_][\pL\pN_]*)`)

var posMsg = regexp.MustCompile(`^(?:[^:\s]*\.go:)?(\d+):(\d+): (.*)$`)

// compileError turns what yaegi's Compile returned into an *Error located
// in the cell.
func compileError(err error, code string) *Error {
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		p := list[0].Pos
		return newError("SyntaxError", wrapperBrace(list[0].Msg, code, p.Line, p.Column), code, p.Line, p.Column)
	}
	var ie internalError
	if errors.As(err, &ie) {
		if m := incompleteType.FindStringSubmatch(ie.msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			col, _ := strconv.Atoi(m[2])
			return newError("CompileError", "undefined: "+m[3], code, line, col)
		}
		return newError("UnsupportedSyntax", "the interpreter cannot compile this cell ("+ie.msg+
			"); Go features it lacks include range over functions (iterators), generic type aliases and method expressions", code, 0, 0)
	}
	msg := err.Error()
	// Nested errors repeat positions ("1:2: 1:5: msg"): keep the innermost.
	line, col := 0, 0
	for {
		m := posMsg.FindStringSubmatch(msg)
		if m == nil {
			break
		}
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = m[3]
	}
	if m := unknownImport.FindStringSubmatch(msg); m != nil && isStdPath(m[1]) {
		msg = fmt.Sprintf("cannot import %q: the interpreter has no symbols for this standard library package; run the cell compiled with %%%%run (first line %%%%run)", m[1])
	} else if m != nil {
		msg = fmt.Sprintf("cannot import %q: cells can import the standard library and gokernel's runtime packages (threads, processes, shared, queues, display), not other modules", m[1])
	}
	return newError("CompileError", msg, code, line, col)
}

// isStdPath reports an import path of the standard library's form: no
// dot in its first element.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") && first != "gokernel"
}

// unknownImport is yaegi's error for a package it has no symbols for,
// which talks of GOPATH: a cell cannot fetch modules.
var unknownImport = regexp.MustCompile(`^import "([^"]+)" error: unable to find source`)

// internalError is a panic of yaegi while compiling (it log.Panics on
// some syntax it does not support, e.g. range over a function).
type internalError struct{ msg string }

func (e internalError) Error() string { return "interpreter: " + e.msg }

// runError turns an error of a running cell into an *Error.
// frames are the "L:C: panic: func(...)" lines yaegi printed while the
// panic unwound, innermost first: the first locates the error.
func runError(err error, code string, frames []string) *Error {
	var p interp.Panic
	var pp *interp.Panic
	var v any
	switch {
	case errors.As(err, &p):
		v = p.Value
	case errors.As(err, &pp):
		v = pp.Value
	default:
		return compileError(err, code) // run-time errors of yaegi carry positions too
	}
	{
		line, col := 0, 0
		if len(frames) > 0 {
			if m := posMsg.FindStringSubmatch(frames[0]); m != nil {
				line, _ = strconv.Atoi(m[1])
				col, _ = strconv.Atoi(m[2])
			}
		}
		e := newError("panic", fmt.Sprint(v), code, line, col)
		if len(frames) > 1 { // one frame only repeats the position above
			for _, f := range frames {
				e.Traceback = append(e.Traceback, describeFrame(f))
			}
		}
		return e
	}
}

// frameLine is one frame yaegi prints: "3:9: panic: main.fails(...)".
var frameLine = regexp.MustCompile(`^(\d+):(\d+): panic: (.*?)(?:\(\.\.\.\))?$`)

// describeFrame turns a frame into a line a learner reads as a call stack:
// "    in fails, line 3, column 9".
func describeFrame(f string) string {
	m := frameLine.FindStringSubmatch(f)
	if m == nil {
		return "    " + f
	}
	name := strings.TrimPrefix(m[3], "main.")
	switch {
	case m[3] == "main" || name == "":
		name = "the cell"
	case name == "func" || strings.HasPrefix(name, "func."):
		name = "a function literal"
	}
	return fmt.Sprintf("    in %s, line %s, column %s", name, m[1], m[2])
}

// panicLine is how yaegi reports a frame of a panic on its Stderr.
var panicLine = regexp.MustCompile(`^\d+:\d+: panic: `)

// stderrTee is the interpreter's Stderr: it passes everything to
// os.Stderr except the frames yaegi prints while a panic unwinds
// ("3:9: panic: main.fails(...)"). Those go into the report of that panic
// (the cell's error, or the report of a `go` goroutine), as a readable
// call stack; frames nobody takes within frameGrace (a panic in a runtime
// thread) are printed in that form.
type stderrTee struct {
	// out is where the rest goes (the session's stderrFile): log output
	// of a goroutine lands where its os.Stderr would.
	out       func() *os.File
	mu        sync.Mutex
	frames    []string
	timer     *time.Timer
	immediate bool // print frames at once (a child process, which exits on a panic)
}

const frameGrace = 100 * time.Millisecond

func (t *stderrTee) Write(p []byte) (int, error) {
	if !panicLine.Match(p) {
		if t.out != nil {
			return t.out().Write(p)
		}
		return os.Stderr.Write(p)
	}
	if t.immediate {
		os.Stderr.WriteString(describeFrame(strings.TrimSpace(string(p))) + "\n")
		return len(p), nil
	}
	t.mu.Lock()
	if len(t.frames) < 100 {
		t.frames = append(t.frames, strings.TrimSpace(string(p)))
	}
	if t.timer == nil {
		t.timer = time.AfterFunc(frameGrace, t.printUntaken)
	} else {
		t.timer.Reset(frameGrace)
	}
	t.mu.Unlock()
	return len(p), nil
}

func (t *stderrTee) printUntaken() {
	var b strings.Builder
	for _, f := range t.take() {
		b.WriteString(describeFrame(f) + "\n")
	}
	os.Stderr.WriteString(b.String())
}

// take returns and forgets the frames seen so far.
func (t *stderrTee) take() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.frames
	t.frames = nil
	return f
}
