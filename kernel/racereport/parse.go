// Package racereport turns the race detector's reports (the "WARNING: DATA
// RACE" blocks a program built with `go build -race` prints on stderr) into
// readable error blocks for a notebook cell.
//
// Programs compiled from cells carry //line directives, so their frames name
// the file "cell" (the running cell's own lines) or "session" (declarations
// from earlier cells). Frames of the standard library, the runtime and
// gokernel's runtime packages are hidden: a learner's stack shows only the
// program's own functions (package main), but never nothing.
//
// Use a Filter as the program's stderr: other text passes through at once,
// each race block goes to a callback as a Report. Report.Format renders it.
//
//	f := racereport.NewFilter(cellStderr, func(r racereport.Report) { showError(r.Format()) })
//	f.Globals, _ = racereport.ReadGlobals(binary) // names raced globals
//	cmd.Stderr = f
//	err := cmd.Run()
//	f.Close()
//	// exit status racereport.ExitStatus (66) with f.Reports() > 0: the races were the failure
//
// The race detector does not name global variables in Go programs (its
// "Location is global" line is a C/C++ feature); ReadGlobals finds the name
// from the binary's symbol table instead.
package racereport

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Frame is one call in a stack.
type Frame struct {
	// Func is the function as a learner reads it: "addOne", "main",
	// "a func literal in main", "(*Counter).Add", or the full name
	// ("sync.(*Mutex).Lock") for functions outside package main.
	Func string
	// Symbol is the function's name as the race detector printed it
	// ("main.main.func1").
	Symbol string
	// File is the file as printed: "cell", "session" or a path.
	File string
	// Line is the line in File; Col is 0 unless the report had one.
	Line, Col int
}

// Access is one of the two memory accesses of a race.
type Access struct {
	Write bool
	Addr  string // as printed, e.g. "0x00000065b558"
	// Goroutine is the race detector's number for the goroutine (the one
	// its "Goroutine N created at" sections use); 0 is the main goroutine.
	Goroutine int
	// Stack is the learner's part of the stack, innermost first: noise
	// (runtime, standard library, gokernel runtime, compiler wrappers) is
	// left out, but at least the innermost frame stays.
	Stack []Frame
	// Full is the whole stack as printed, innermost first.
	Full     []Frame
	Previous bool // the earlier of the two accesses
}

// Report is one parsed "WARNING: DATA RACE" block.
type Report struct {
	Current, Previous Access
	// Variable names the raced global of the program ("counter"; a global
	// of another package keeps its package: "pkg.name"), else "". Parse
	// sets it from a "Location is global" or "Global var" line; Resolve
	// from the binary's symbols.
	Variable string
	// Map is true when an access was inside the runtime's map code: two
	// goroutines used one map.
	Map bool
	// Started maps a goroutine number to the learner's part of the stack
	// that created it ("Goroutine N (running) created at:" sections).
	Started map[int][]Frame
	// Threads marks the goroutines that gokernel's threads package
	// started (threads.Start, Thread.Start).
	Threads map[int]bool
	// Raw is the original block, separators included.
	Raw string
}

const (
	separator = "=================="
	warning   = "WARNING: DATA RACE"
)

var (
	accessRe  = regexp.MustCompile(`^(Previous )?(read|write|Read|Write|Atomic read|Atomic write)(?: of size \d+)? at (0x[0-9a-fA-F]+) by (?:main goroutine|goroutine (\d+)|thread T(\d+)):$`)
	createdRe = regexp.MustCompile(`^Goroutine (\d+) \(([^)]*)\) created at:$`)
	globalRe  = regexp.MustCompile(`^(?:Location is global '([^']+)'|Global var (\S+)) of size \d+`)
	heapRe    = regexp.MustCompile(`^(?:Heap block|Location is heap block) `)
	fileRe    = regexp.MustCompile(`^(.*?):(\d+)(?::(\d+))?(?: \+0x[0-9a-fA-F]+)?(?: \(.*\))?$`)
	foundRe   = regexp.MustCompile(`^Found \d+ data race\(s\)$`)
	testRe    = regexp.MustCompile(`^\s*testing\.go:\d+: race detected during execution of test$`)
)

// Parse finds the race blocks in text (a program's stderr, whole) and
// parses each. Text outside the blocks is ignored.
func Parse(text string) []Report {
	var reports []Report
	lines := strings.SplitAfter(text, "\n")
	for i := 0; i < len(lines); i++ {
		if trimEOL(lines[i]) != separator || i+1 >= len(lines) || trimEOL(lines[i+1]) != warning {
			continue
		}
		end := -1
		for j := i + 2; j < len(lines); j++ {
			if trimEOL(lines[j]) == separator {
				end = j
				break
			}
		}
		if end < 0 {
			break // an unfinished block: not a report (yet)
		}
		reports = append(reports, parseBlock(strings.Join(lines[i:end+1], "")))
		i = end
	}
	return reports
}

func trimEOL(s string) string { return strings.TrimRight(s, "\r\n") }

// parseBlock parses one block, separators included.
func parseBlock(raw string) Report {
	r := Report{Started: map[int][]Frame{}, Threads: map[int]bool{}, Raw: raw}
	var (
		stack   *[]Frame // where frames go now; nil in a section we skip
		pending string   // a function line waiting for its file line
		created = -1
		sawCur  bool
		sawPrev bool
		discard []Frame
	)
	closeSection := func() {
		if created >= 0 {
			r.Started[created] = learnerStack(*stack)
			for _, f := range *stack {
				if strings.HasPrefix(f.Symbol, "gokernel/runtime/threads.") {
					r.Threads[created] = true
				}
			}
			created = -1
		}
		stack, pending = nil, ""
	}
	for _, line := range strings.Split(raw, "\n") {
		line = strings.TrimRight(line, "\r")
		text := strings.TrimSpace(line)
		switch {
		case text == "" || text == separator || text == warning:
			closeSection()
		case accessRe.MatchString(text):
			closeSection()
			m := accessRe.FindStringSubmatch(text)
			a := Access{Previous: m[1] != "", Write: strings.HasSuffix(strings.ToLower(m[2]), "write"), Addr: m[3]}
			a.Goroutine = atoi(m[4])
			if m[5] != "" {
				a.Goroutine = atoi(m[5])
			}
			switch {
			case a.Previous && !sawPrev:
				sawPrev, r.Previous = true, a
				stack = &r.Previous.Full
			case !a.Previous && !sawCur:
				sawCur, r.Current = true, a
				stack = &r.Current.Full
			default: // more accesses than two: keep the first of each
				discard = nil
				stack = &discard
			}
		case createdRe.MatchString(text):
			closeSection()
			created = atoi(createdRe.FindStringSubmatch(text)[1])
			discard = nil
			stack = &discard
		case globalRe.MatchString(text):
			closeSection()
			m := globalRe.FindStringSubmatch(text)
			r.Variable = variableName(m[1] + m[2])
		case heapRe.MatchString(text):
			closeSection()
			discard = nil
			stack = &discard // the allocation's stack: not needed
		case stack == nil:
		case pending == "" && strings.HasSuffix(text, ")") && strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "    "):
			pending = strings.TrimSuffix(text, "()")
		case pending != "" && fileRe.MatchString(text):
			m := fileRe.FindStringSubmatch(text)
			*stack = append(*stack, Frame{Func: learnerFunc(pending), Symbol: pending, File: m[1], Line: atoi(m[2]), Col: atoi(m[3])})
			pending = ""
		}
	}
	closeSection()
	for _, a := range []*Access{&r.Current, &r.Previous} {
		a.Stack = learnerStack(a.Full)
		if len(a.Full) > 0 && isMapFunc(a.Full[0].Symbol) {
			r.Map = true
		}
	}
	return r
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// variableName turns a global's symbol into the name a learner wrote:
// "main.counter" is "counter"; other packages keep their last path element.
func variableName(sym string) string {
	if v, ok := strings.CutPrefix(sym, "main."); ok {
		return v
	}
	if i := strings.LastIndex(sym, "/"); i >= 0 {
		return sym[i+1:]
	}
	return sym
}

// isMapFunc reports whether a function is the runtime's map code, which
// the race detector names as the accessor of a map race.
func isMapFunc(sym string) bool {
	return strings.HasPrefix(sym, "runtime.map") || strings.HasPrefix(sym, "internal/runtime/maps.") ||
		strings.HasPrefix(sym, "runtime.evacuate") || strings.HasPrefix(sym, "runtime.growWork")
}

// learnerStack keeps the frames of the program's own code; if there are
// none, the innermost frame, so that a stack never becomes empty.
func learnerStack(full []Frame) []Frame {
	var out []Frame
	for _, f := range full {
		if isLearner(f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 && len(full) > 0 {
		out = append(out, full[0])
	}
	return out
}

// isLearner: the program's own functions are in package main; the go and
// defer statement wrappers the compiler adds are not the learner's.
func isLearner(f Frame) bool {
	if !strings.HasPrefix(f.Symbol, "main.") {
		return f.File == "cell" || f.File == "session"
	}
	for _, part := range strings.Split(f.Symbol, ".") {
		if isWrapper(part) {
			return false
		}
	}
	return true
}

// learnerFunc renders a function symbol as a learner reads it.
func learnerFunc(sym string) string {
	rest, ok := strings.CutPrefix(sym, "main.")
	if !ok {
		return sym
	}
	// Type parameters ("F[go.shape.int]") are noise here.
	rest = stripBrackets(rest)
	parts := splitSymbol(rest)
	// parts: [Func] or [(*T), M] or [T, M], then closure parts func1, 1, 2, gowrap1...
	name, closures := cutRange(parts[0])
	i := 1
	switch {
	case name == "init" && len(parts) > 1 && isDigits(parts[1]):
		i = 2 // "init.0": the first func init, not a closure
	case len(parts) > 1 && !isClosurePart(parts[1]) && !isWrapper(parts[1]):
		m, n := cutRange(parts[1])
		name, closures, i = name+"."+m, closures+n, 2
	}
	for _, p := range parts[i:] {
		_, n := cutRange(p)
		if isClosurePart(p) {
			n++
		}
		closures += n
	}
	if closures == 0 {
		return name
	}
	return strings.Repeat("a func literal in ", closures) + name
}

// cutRange cuts the "-range1" suffixes of a range-over-func loop body
// ("f-range1" is a func literal in f): it returns the name and how many.
func cutRange(p string) (string, int) {
	n := 0
	for {
		i := strings.LastIndex(p, "-range")
		if i < 0 || !isDigits(p[i+len("-range"):]) {
			return p, n
		}
		p, n = p[:i], n+1
	}
}

func isWrapper(p string) bool {
	return strings.HasPrefix(p, "gowrap") || strings.HasPrefix(p, "deferwrap")
}

// splitSymbol splits at dots outside parentheses: "(*T).M.func1" is
// ["(*T)", "M", "func1"].
func splitSymbol(s string) []string {
	var parts []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		case '.':
			if depth == 0 {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, c := range s {
		switch {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case depth == 0:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// isClosurePart: "func1" or a bare number ("1" for a closure in a closure).
func isClosurePart(p string) bool {
	if n, ok := strings.CutPrefix(p, "func"); ok && n != "" && isDigits(n) {
		return true
	}
	return isDigits(p)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Key identifies the race a report is about: the variable (or the map, or
// the address) and the learner's places of the two accesses. `counter++`
// both reads and writes, so the race detector often reports one race
// twice; reports with equal keys say the same thing to a learner.
func (r Report) Key() string {
	var places []string
	for _, a := range []Access{r.Current, r.Previous} {
		if len(a.Stack) > 0 {
			places = append(places, a.Stack[0].File+":"+strconv.Itoa(a.Stack[0].Line))
		}
	}
	sort.Strings(places)
	what := r.Variable
	switch {
	case what != "":
	case r.Map:
		what = "map"
	default:
		what = r.Current.Addr
	}
	return what + " " + strings.Join(places, " ")
}
