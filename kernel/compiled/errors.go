package compiled

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gokernel/kernel/magic"
)

const (
	red   = "\x1b[0;31m"
	green = "\x1b[0;32m"
	reset = "\x1b[0m"
)

// where tells a position of a program the way a learner knows it: "line
// 3 of this cell", with the source line when it is known. fn is the
// function at that position, if known (a frame's).
func (s Source) where(file string, line int, fn string) (string, string) {
	file = strings.TrimPrefix(strings.TrimPrefix(file, "./"), "gokernel.cell/") // -trimpath's name
	switch file {
	case "cell":
		return fmt.Sprintf("line %d of this cell", line+s.Offset), nthLine(s.Cell, line)
	case "session":
		name, quote := s.declAt(line, fn)
		if name == "" {
			return fmt.Sprintf("line %d of an earlier cell", line), quote
		}
		return fmt.Sprintf("line %d of the cell that declared %s", line, name), quote
	}
	if n, ok := s.Files[file]; ok {
		file = n
	}
	return fmt.Sprintf("%s:%d", file, line), ""
}

// declLine is the position prefix of a session declaration.
var declLine = regexp.MustCompile(`^/\*line [^:]*:(\d+)(?::\d+)?\*/`)

// declName finds the name a declaration declares: func f, func (r T) M
// (as M), type T, var x, const c.
var declName = regexp.MustCompile(`^\s*(?:func\s*(?:\([^)]*\)\s*)?|type\s+|var\s+|const\s+)([\pL_][\pL\pN_]*)`)

// declAt finds the session declaration that holds line (of the cell
// that declared it; fn, when known, picks among several) and returns its
// name and that line.
func (s Source) declAt(line int, fn string) (name, quote string) {
	short := fn
	if i := strings.LastIndex(short, "."); i >= 0 {
		short = short[i+1:]
	}
	if i := strings.Index(fn, ".func"); i >= 0 { // a literal inside f
		short = strings.TrimPrefix(fn[:i], "main.")
	}
	found := 0
	for _, d := range s.Decls {
		m := declLine.FindStringSubmatch(d)
		if m == nil {
			continue
		}
		first, _ := strconv.Atoi(m[1])
		body := d[len(m[0]):]
		n := strings.Count(body, "\n") + 1
		if line < first || line >= first+n {
			continue
		}
		dn := ""
		if dm := declName.FindStringSubmatch(body); dm != nil {
			dn = dm[1]
		}
		if found == 0 || (dn != "" && dn == short) {
			name, quote = dn, nthLine(body, line-first+1)
		}
		found++
	}
	return name, quote
}

func nthLine(text string, n int) string {
	if n < 1 || text == "" {
		return ""
	}
	lines := strings.Split(text, "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// goErrLine is one error of `go build`/`go vet`: "cell:3:5: undefined: x"
// or "./main.go:3: msg".
var goErrLine = regexp.MustCompile(`^(\S+?):(\d+)(?::(\d+))?: (.*)$`)

// compileError turns the output of a failed `go build` into the cell's
// error, each error at the cell line it is about.
func compileError(out []byte, src Source) *magic.Error {
	var msgs, tb []string
	for _, l := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		if strings.HasPrefix(l, "# ") || l == "" {
			continue // "# gokernel.cell": the package being compiled
		}
		m := goErrLine.FindStringSubmatch(l)
		if m == nil {
			if len(msgs) == 0 {
				msgs = append(msgs, l)
			}
			tb = append(tb, "    "+strings.TrimLeft(l, "\t"))
			continue
		}
		line, _ := strconv.Atoi(m[2])
		w, quote := src.where(m[1], line, "")
		msgs = append(msgs, w+": "+m[4])
		tb = append(tb, green+w+":"+reset+" "+m[4])
		if quote != "" {
			tb = append(tb, "    "+quote)
			if m[3] != "" {
				col, _ := strconv.Atoi(m[3])
				tb = append(tb, "    "+caret(quote, col))
			}
		}
	}
	if len(msgs) == 0 {
		msgs = []string{"go build failed"}
	}
	return &magic.Error{Name: "CompileError", Value: msgs[0],
		Traceback: append([]string{red + "CompileError" + reset + ": " + msgs[0]}, tb...)}
}

// caret puts a ^ under column col (1-based, in bytes) of src.
func caret(src string, col int) string {
	var b strings.Builder
	for i, r := range src {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String() + red + "^" + reset
}

// Frame is one call of a Go traceback.
type Frame struct {
	// Func is the function as the runtime names it ("main.f",
	// "main.main.func1").
	Func string
	// File and Line are the position (//line directives applied).
	File string
	Line int
}

// Crash is a Go program's panic or fatal error, read from its stderr.
type Crash struct {
	// Kind is "panic" or "fatal error".
	Kind string
	// Message is what follows "panic: " (several lines for nested
	// panics and signals).
	Message string
	// Goroutine is the number of the goroutine that crashed; Frames its
	// stack, innermost first, without the runtime's own frames; Created
	// where that goroutine was started (nil for the main goroutine).
	Goroutine int
	Frames    []Frame
	Created   *Frame
}

var (
	crashStart = regexp.MustCompile(`(?m)^(panic|fatal error): `)
	goroutineH = regexp.MustCompile(`(?m)^goroutine (\d+) \[[^\]]*\]:$`)
	posLine    = regexp.MustCompile(`^\t(.+?):(\d+)(?: \+0x[0-9a-f]+)?$`)
)

// ParseCrash finds the last panic or fatal error in a Go program's
// stderr and reads its traceback; nil if there is none.
func ParseCrash(stderr string) *Crash {
	locs := crashStart.FindAllStringSubmatchIndex(stderr, -1)
	if locs == nil {
		return nil
	}
	// A panic while panicking prints "panic: a [recovered]\n\tpanic: b":
	// the first of a run of crash lines without a goroutine between is
	// the start.
	start := -1
	for i := len(locs) - 1; i >= 0; i-- {
		start = i
		if i == 0 || goroutineH.MatchString(stderr[locs[i-1][0]:locs[i][0]]) {
			break
		}
	}
	loc := locs[start]
	c := &Crash{Kind: stderr[loc[2]:loc[3]]}
	rest := stderr[loc[1]:]
	g := goroutineH.FindStringSubmatchIndex(rest)
	if g == nil {
		c.Message = strings.TrimSpace(rest)
		return c
	}
	c.Message = strings.TrimSpace(rest[:g[0]])
	c.Goroutine, _ = strconv.Atoi(rest[g[2]:g[3]])
	lines := strings.Split(rest[g[1]:], "\n")
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r")
		if l == "" && i > 0 {
			break // end of this goroutine's stack
		}
		if l == "" || strings.HasPrefix(l, "\t") {
			continue
		}
		f := Frame{Func: l}
		created := strings.HasPrefix(l, "created by ")
		if created {
			f.Func = strings.TrimPrefix(l, "created by ")
			if j := strings.Index(f.Func, " in goroutine "); j >= 0 {
				f.Func = f.Func[:j]
			}
		} else if strings.HasSuffix(l, ")") {
			if j := strings.LastIndex(l, "("); j > 0 {
				f.Func = l[:j]
			}
		}
		if i+1 < len(lines) {
			if m := posLine.FindStringSubmatch(lines[i+1]); m != nil {
				f.File = m[1]
				f.Line, _ = strconv.Atoi(m[2])
				i++
			}
		}
		switch {
		case created:
			c.Created = &f
		case f.Func == "panic" || strings.HasPrefix(f.Func, "runtime.") || strings.HasPrefix(f.Func, "goroutine "):
			// the runtime's own frames say nothing to a learner
		default:
			c.Frames = append(c.Frames, f)
		}
	}
	return c
}

// funcName names a function for a learner: "f", "(*T).M", "a function
// literal in f".
func funcName(fn string) string {
	name := strings.TrimPrefix(fn, "main.")
	if name == fn { // another package: keep its path's last element
		if j := strings.LastIndex(fn, "/"); j >= 0 {
			name = fn[j+1:]
		}
	}
	if i := strings.Index(name, ".func"); i >= 0 && !strings.HasPrefix(name, "(") {
		outer := name[:i]
		if outer == "main" {
			outer = "the cell"
		}
		return "a function literal in " + outer
	}
	if name == "main" && strings.HasPrefix(fn, "main.") {
		return "the cell"
	}
	return name
}

// Error is the crash as the cell's error: the message, then the call
// stack at cell lines.
func (c *Crash) Error(src Source) *magic.Error {
	e := &magic.Error{Name: c.Kind, Value: c.Message}
	e.Traceback = []string{red + c.Kind + reset + ": " + c.Message}
	for i, f := range c.Frames {
		e.Traceback = append(e.Traceback, src.frameLines(f, i == 0)...)
	}
	if c.Created != nil && c.Goroutine != 1 {
		w, _ := src.where(c.Created.File, c.Created.Line, c.Created.Func)
		e.Traceback = append(e.Traceback, fmt.Sprintf("    in goroutine %d, started by %s at %s", c.Goroutine, funcName(c.Created.Func), w))
	}
	return e
}

func (s Source) frameLines(f Frame, first bool) []string {
	w, quote := s.where(f.File, f.Line, f.Func)
	out := []string{fmt.Sprintf("    in %s, %s", funcName(f.Func), w)}
	if first {
		out[0] = green + out[0] + reset
	}
	if quote != "" {
		out = append(out, "        "+strings.TrimSpace(quote))
	}
	return out
}
