// Package session connects the runtime helpers to the notebook session they
// run in: which cell is running, where rich output goes, the session's
// declarations (for child processes) and the work a cell started (so that an
// interrupt can stop it). The kernel's evaluator sets it up; cells rarely
// need it directly.
package session

import (
	"os"
	"sync"
)

// Output is one piece of cell output that is not plain process output:
// stream text from a child process, rich display data, or a clear.
type Output struct {
	// Cell is the id of the cell the output belongs to (the msg_id of its
	// execute_request); empty means CurrentCell().
	Cell string
	// Kind is "stream", "display", "update_display" or "clear_output".
	Kind string
	// Name is "stdout" or "stderr" for a stream.
	Name string
	// Text is the stream text.
	Text string
	// Data maps MIME types to content, for displays.
	Data map[string]any
	// Metadata is the display metadata.
	Metadata map[string]any
	// DisplayID names a display that can later be updated.
	DisplayID string
	// Wait, for clear_output, defers the clear until new output arrives.
	Wait bool
}

var (
	mu       sync.Mutex
	emitter  func(Output)
	cell     string
	decls    func() []string
	tracked  = map[string]map[int]func(){}
	flusher  func()
	nextTrak int
)

// SetFlusher installs the function that writes out output the evaluator
// buffers (see Flush).
func SetFlusher(f func()) {
	mu.Lock()
	flusher = f
	mu.Unlock()
}

// Flush writes out the output cells have buffered. Helpers call it before
// they start a goroutine: if that goroutine kills the process (a fatal
// error such as concurrent map writes), what was printed before is not
// lost with it.
func Flush() {
	mu.Lock()
	f := flusher
	mu.Unlock()
	if f != nil {
		f()
	}
}

// SetEmitter installs the function that delivers Output to the kernel.
func SetEmitter(f func(Output)) {
	mu.Lock()
	emitter = f
	mu.Unlock()
}

// Emit delivers o. Without a kernel (plain Go programs, child processes)
// streams go to the process's own stdout and stderr and displays print
// their text/plain form; a program the kernel compiled (%%run) sends
// displays to the kernel (see emitfd.go).
func Emit(o Output) {
	if o.Cell == "" {
		o.Cell = WorkCell()
	}
	mu.Lock()
	f := emitter
	if o.Cell == "" {
		o.Cell = cell
	}
	mu.Unlock()
	if f != nil {
		f(o)
		return
	}
	printOutput(o)
}

// printOutput is Emit without a kernel.
func printOutput(o Output) {
	switch o.Kind {
	case "stream":
		if o.Name == "stderr" {
			os.Stderr.WriteString(o.Text)
		} else {
			os.Stdout.WriteString(o.Text)
		}
	case "display", "update_display":
		if t, ok := o.Data["text/plain"].(string); ok {
			os.Stdout.WriteString(t + "\n")
		}
	}
}

// SetCurrentCell records the id of the cell that runs now.
func SetCurrentCell(id string) {
	mu.Lock()
	cell = id
	runningCell, cellsTracked = id, true
	mu.Unlock()
}

// CurrentCell is the id of the cell that runs now (or ran last); in a
// goroutine a cell started, the id of that cell (see BeginWork).
func CurrentCell() string {
	if c := WorkCell(); c != "" {
		return c
	}
	mu.Lock()
	defer mu.Unlock()
	return cell
}

// SetDeclarations installs the source of the session's declarations.
func SetDeclarations(f func() []string) {
	mu.Lock()
	decls = f
	mu.Unlock()
}

// Declarations returns the source chunks of every declaration (imports,
// types, funcs, vars, consts) the session has run, in order, so that a
// child process can rebuild the session's definitions without rerunning
// its statements.
func Declarations() []string {
	mu.Lock()
	f := decls
	mu.Unlock()
	if f == nil {
		return nil
	}
	return f()
}

// Track registers stop, to be called if cell is interrupted or the session
// ends. The returned function unregisters it (call it when the work ends).
func Track(cellID string, stop func()) (untrack func()) {
	mu.Lock()
	defer mu.Unlock()
	nextTrak++
	id := nextTrak
	if tracked[cellID] == nil {
		tracked[cellID] = map[int]func(){}
	}
	tracked[cellID][id] = stop
	return func() {
		mu.Lock()
		delete(tracked[cellID], id)
		if len(tracked[cellID]) == 0 {
			delete(tracked, cellID)
		}
		mu.Unlock()
	}
}

// StopCell calls the stop functions of everything cell started.
func StopCell(cellID string) {
	mu.Lock()
	fs := tracked[cellID]
	delete(tracked, cellID)
	mu.Unlock()
	for _, f := range fs {
		f()
	}
}

// StopAll calls every registered stop function (session end).
func StopAll() {
	mu.Lock()
	all := tracked
	tracked = map[string]map[int]func(){}
	mu.Unlock()
	for _, fs := range all {
		for _, f := range fs {
			f()
		}
	}
}

// ShmPrefix is the prefix of the names of shared-memory segments (files in
// /dev/shm) that this session creates; the kernel removes every segment
// with it when the session ends. It is set from GOKERNEL_SHM_PREFIX, which
// the kernel gives its evaluator and the evaluator its children.
func ShmPrefix() string {
	if p := os.Getenv("GOKERNEL_SHM_PREFIX"); p != "" {
		return p
	}
	return "gokernel-" + itoa(os.Getpid()) + "-"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
