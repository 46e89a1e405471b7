// Package deadlock finds the deadlock of an interpreted cell: every
// goroutine that runs the session's code waits on a channel, a lock, a
// WaitGroup or a Cond, and nothing else in the process can wake it.
//
// Go's runtime reports "fatal error: all goroutines are asleep -
// deadlock!" only when every goroutine of the process waits. In the
// evaluator the kernel's own goroutines (reading requests, output pipes)
// never all wait, so a deadlocked cell would hang until interrupted. A
// Watch samples the goroutines (runtime.Stack) while a cell runs and
// reports when the session's goroutines have all been waiting, the same
// ones in three looks over 1.3 s, with no timer the session started that
// could still wake them (Timers).
//
// The check is conservative, since a false report would stop a correct
// cell: a goroutine in any state other than a plain wait (running,
// sleeping, in a system call, waiting on I/O), or waiting inside the
// kernel (the learner's input) or inside gokernel's runtime helpers other
// than the threads package's waits without a timeout (Lock.Acquire,
// Thread.Join, ...), counts as alive, and so does the whole session while
// a timer it started may fire.
package deadlock

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// Goroutine is one goroutine of a runtime.Stack dump.
type Goroutine struct {
	ID int
	// State is the goroutine's state without how long it has waited:
	// "chan receive", "running", "sync.Mutex.Lock".
	State string
	// Funcs are the functions of its stack, innermost first, without
	// their arguments.
	Funcs []string
	// CreatedBy is the function whose go statement started it ("" for
	// the main goroutine).
	CreatedBy string
}

// Parse reads the goroutines of a runtime.Stack(buf, true) dump. Text
// that is not a goroutine's is skipped.
func Parse(dump []byte) []Goroutine {
	var gs []Goroutine
	var cur *Goroutine
	for line := range bytes.Lines(dump) {
		l := strings.TrimRight(string(line), "\r\n")
		switch {
		case l == "":
			cur = nil
		case strings.HasPrefix(l, "goroutine "):
			g, ok := parseHeader(l)
			if !ok {
				cur = nil
				continue
			}
			gs = append(gs, g)
			cur = &gs[len(gs)-1]
		case cur == nil || strings.HasPrefix(l, "\t"):
			// a frame's file and line, or text between goroutines
		case strings.HasPrefix(l, "created by "):
			fn := strings.TrimPrefix(l, "created by ")
			if i := strings.Index(fn, " in goroutine "); i >= 0 {
				fn = fn[:i]
			}
			cur.CreatedBy = fn
		default:
			cur.Funcs = append(cur.Funcs, funcName(l))
		}
	}
	return gs
}

// parseHeader reads "goroutine 7 [chan receive, 2 minutes]:".
func parseHeader(l string) (Goroutine, bool) {
	rest := strings.TrimPrefix(l, "goroutine ")
	num, rest, ok := strings.Cut(rest, " [")
	if !ok {
		return Goroutine{}, false
	}
	id, err := strconv.Atoi(num)
	if err != nil {
		return Goroutine{}, false
	}
	state, _, ok := strings.Cut(rest, "]")
	if !ok {
		return Goroutine{}, false
	}
	// "chan receive, 2 minutes", "select, locked to thread"
	state, _, _ = strings.Cut(state, ",")
	return Goroutine{ID: id, State: state}, true
}

// funcName is a frame line's function: "pkg.(*T).m(0x1, ...)" gives
// "pkg.(*T).m"; "pkg.f(...)" gives "pkg.f".
func funcName(l string) string {
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndex(l, "("); i > 0 {
			return l[:i]
		}
	}
	return l
}

// waitStates are the states of a goroutine that only another goroutine
// can end (the runtime's wait reasons for channels and package sync).
var waitStates = map[string]bool{
	"chan receive":            true,
	"chan send":               true,
	"chan receive (nil chan)": true,
	"chan send (nil chan)":    true,
	"select":                  true,
	"select (no cases)":       true,
	"sync.Mutex.Lock":         true,
	"sync.RWMutex.Lock":       true,
	"sync.RWMutex.RLock":      true,
	"sync.WaitGroup.Wait":     true,
	"sync.Cond.Wait":          true,
	"semacquire":              true,
}

const (
	interpreterFrame  = "github.com/traefik/yaegi/interp.runCfg"
	interpreterPrefix = "github.com/traefik/yaegi/interp."
	kernelPrefix      = "gokernel/kernel/"
	helpersPrefix     = "gokernel/runtime/"
)

// foreverWaits are the waits of gokernel's runtime helpers that only
// another goroutine ends (no timeout; the Timeout forms have a timer).
var foreverWaits = map[string]bool{
	"gokernel/runtime/threads.(*Lock).Acquire":             true,
	"gokernel/runtime/threads.(*RLock).Acquire":            true,
	"gokernel/runtime/threads.(*Semaphore).Acquire":        true,
	"gokernel/runtime/threads.(*BoundedSemaphore).Acquire": true,
	"gokernel/runtime/threads.(*Event).Wait":               true,
	"gokernel/runtime/threads.(*Condition).Wait":           true,
	"gokernel/runtime/threads.(*Condition).WaitFor":        true,
	"gokernel/runtime/threads.(*Barrier).Wait":             true,
	"gokernel/runtime/threads.(*Thread).Join":              true,
}

// Wait is a waiting goroutine of the session.
type Wait struct {
	ID    int
	State string
	// In is the runtime helper's wait it is in ("threads.(*Lock).Acquire"),
	// if any.
	In string
}

// helperCall is the wait of gokernel's runtime helpers that g is in,
// without the module path: "threads.(*Lock).Acquire"; "" for none.
func helperCall(g Goroutine) string {
	for _, f := range g.Funcs {
		if foreverWaits[f] {
			return strings.TrimPrefix(f, helpersPrefix)
		}
	}
	return ""
}

// Report says which of the session's goroutines wait, and on what.
type Report struct {
	Waits []Wait
}

// States counts the waits by state (or the helper's wait), in the order
// first seen: "2 × chan send, 1 × sync.WaitGroup.Wait".
func (r Report) States() string {
	var order []string
	n := map[string]int{}
	for _, w := range r.Waits {
		s := w.State
		if w.In != "" {
			s = w.In
		}
		if n[s] == 0 {
			order = append(order, s)
		}
		n[s]++
	}
	parts := make([]string, len(order))
	for i, s := range order {
		parts[i] = strconv.Itoa(n[s]) + " × " + s
	}
	return strings.Join(parts, ", ")
}

// Check reports whether gs, the goroutines of the evaluator's process,
// are deadlocked: at least one runs interpreted code, and every goroutine
// that is not the kernel's own waits on a channel or a sync primitive.
func Check(gs []Goroutine) (Report, bool) {
	var r Report
	interpreted := false
	for _, g := range gs {
		waits, counts, interp := waiting(g)
		if !counts {
			continue // the kernel's own: requests, output, the cell's wrapper
		}
		if !waits {
			return Report{}, false
		}
		interpreted = interpreted || interp
		r.Waits = append(r.Waits, Wait{ID: g.ID, State: g.State, In: helperCall(g)})
	}
	return r, interpreted
}

// waiting says whether g waits for good (as far as the session's
// goroutines go), whether it counts at all (the kernel's own goroutines
// do not), and whether it runs interpreted code.
func waiting(g Goroutine) (waits, counts, interp bool) {
	// What the interpreted code called: the frames above the innermost
	// frame of the interpreter (the goroutine's own function may be the
	// kernel's or a helper's, like a threads.Thread's).
	first := -1
	for i, f := range g.Funcs {
		if strings.HasPrefix(f, interpreterPrefix) {
			first = i
			break
		}
	}
	if first < 0 {
		for _, f := range g.Funcs {
			switch {
			case strings.HasPrefix(f, kernelPrefix) || f == "main.main":
				return false, false, false
			case strings.HasPrefix(f, helpersPrefix):
				return false, true, false // a helper's own goroutine
			}
		}
		return waitStates[g.State], true, false
	}
	interp = slices.Contains(g.Funcs[first:], interpreterFrame)
	api := ""
	for _, f := range g.Funcs[:first] {
		switch {
		case strings.HasPrefix(f, kernelPrefix):
			return false, true, interp // the learner's input, a display
		case strings.HasPrefix(f, helpersPrefix):
			api = f // the outermost is what the cell called
		}
	}
	if api != "" {
		return foreverWaits[api] && waitStates[g.State], true, interp
	}
	return waitStates[g.State], true, interp
}
