// Package magic runs the parts of a cell that are not Go: IPython-style
// magics (`%lsmagic`, `%%writefile f.go`, `%%run`, `%time x()`) and shell
// lines (`!ls -l`). It cuts a cell into parts, runs the Go parts through
// the session (Env.Execute) and the others through a Registry of magics,
// in the cell's order. Packages that bring magics (kernel/compiled for
// `%%run`, `%test`, ...) add them to the Registry; this package knows
// nothing of them.
package magic

import (
	"context"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
)

// Env is what a magic gets from the cell that runs it.
type Env struct {
	// Ctx is the cell's context: cancelled by an interrupt.
	Ctx context.Context
	// Cell is the id of the running cell (its execute_request's msg_id).
	Cell string
	// Stdout and Stderr write text into the cell, in order with what the
	// cell's Go code prints.
	Stdout, Stderr io.Writer
	// StdoutFile and StderrFile are the same streams as files, for the
	// standard output and error of a program a magic starts. Call Flush
	// before such a program starts, so that text printed earlier comes
	// first.
	StdoutFile, StderrFile *os.File
	Flush                  func()
	// Input asks the learner for a line (an input_request), prompt shown
	// beside the box; an error when the client cannot answer.
	Input func(prompt string) (string, error)
	// Execute runs Go code in the session, as a cell part: its result
	// is the MIME bundle of the final value (nil: none).
	Execute func(ctx context.Context, code string) (map[string]any, error)
	// Run runs a whole cell text (which may itself hold magics), as
	// `%%time` does with its body.
	Run func(ctx context.Context, code string) (map[string]any, error)
	// Declarations are the session's declarations (kernel/eval's
	// Session.Declarations).
	Declarations func() []string
	// Display shows a MIME bundle in the cell (display_data).
	Display func(data map[string]any)
	// Globals names the session's variables, for %who.
	Globals func() []string
	// Vars describes the session's variables, for %whos.
	Vars func() []Var
	// Reset forgets the session's definitions (%reset): later cells start
	// from an empty session.
	Reset func() error
	// History is the kernel's input history of this session, oldest
	// first, the running cell last (%history); nil when the kernel did
	// not pass it.
	History func() []HistoryEntry
	// WorkDir is the kernel's own scratch directory (removed at
	// shutdown); relative file names of magics are relative to the
	// process's working directory, as in IPython.
	WorkDir string
}

// Magic is one magic command.
type Magic struct {
	// Name without the % signs, e.g. "run" for `%run` and `%%run`.
	Name string
	// Line and Cell say which forms exist: `%name args` runs with Body
	// "", `%%name args` with the rest of the cell as Body.
	Line, Cell bool
	// Usage is the one-line synopsis shown by %lsmagic and in errors,
	// e.g. "%%run [-race] [args...]".
	Usage string
	// Help is the longer text of `%help name` and `%name?`.
	Help string
	// Run does the work. A returned bundle is the cell's result
	// (execute_result); an error is the cell's error (use *Error to
	// choose its name and traceback).
	Run func(env *Env, call Call) (map[string]any, error)
}

// Call is one use of a magic in a cell.
type Call struct {
	Name string
	// Cell is true for the `%%` form.
	Cell bool
	// Args is the rest of the magic's line, as written; Argv is it split
	// as a shell would (quotes respected, no expansion).
	Args string
	Argv []string
	// Body is the rest of the cell after a `%%` line.
	Body string
	// Line is the 1-based line of the cell where the magic is; a Body's
	// first line is Line+1.
	Line int
}

// Error is a cell error with a chosen name and traceback.
type Error struct {
	Name, Value string
	Traceback   []string
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Value
	}
	return e.Name + ": " + e.Value
}

// Registry holds the magics a kernel offers.
type Registry struct {
	mu     sync.RWMutex
	magics map[string]*Magic
}

// NewRegistry returns a registry with the built-in magics (see builtins.go).
func NewRegistry() *Registry {
	r := &Registry{magics: map[string]*Magic{}}
	addBuiltins(r)
	return r
}

// Add registers m, replacing a magic of the same name.
func (r *Registry) Add(m Magic) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.magics[m.Name] = &m
}

// Lookup finds a magic by name.
func (r *Registry) Lookup(name string) (*Magic, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	m, ok := r.magics[name]
	return m, ok
}

// All returns the magics sorted by name.
func (r *Registry) All() []*Magic {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]*Magic, 0, len(r.magics))
	for _, m := range r.magics {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Names lists the magic forms for completion: "%name" and "%%name".
func (r *Registry) Names() []string {
	var out []string
	for _, m := range r.All() {
		if m.Line {
			out = append(out, "%"+m.Name)
		}
		if m.Cell {
			out = append(out, "%%"+m.Name)
		}
	}
	return out
}

// HasMagic reports whether code has a line that is a magic or a shell
// line: a cell without one is plain Go and goes straight to the session.
func HasMagic(code string) bool {
	if !strings.HasPrefix(code, "%") && !strings.HasPrefix(code, "!") &&
		!strings.Contains(code, "\n%") && !strings.Contains(code, "\n!") {
		return false
	}
	for _, p := range Split(code) {
		if p.Kind != GoPart {
			return true
		}
	}
	return false
}

// Execute runs a cell's parts in order: Go parts through env.Execute,
// magics through the registry, shell lines through /bin/sh. It stops at
// the first error. The result is the last part's (a Go part's final
// value, or what a magic returned).
func (r *Registry) Execute(env *Env, code string) (map[string]any, error) {
	var result map[string]any
	for _, p := range Split(code) {
		var err error
		switch p.Kind {
		case GoPart:
			result, err = env.Execute(env.Ctx, p.Code)
		case ShellPart:
			result, err = nil, runShell(env, p.Args)
		default:
			result, err = r.runMagic(env, p)
		}
		if err != nil {
			return nil, err
		}
		if env.Ctx.Err() != nil {
			return nil, env.Ctx.Err()
		}
	}
	return result, nil
}

func (r *Registry) runMagic(env *Env, p Part) (map[string]any, error) {
	sign := "%"
	if p.Kind == CellPart {
		sign = "%%"
	}
	if p.Name == "" {
		return nil, &Error{Name: "UsageError", Value: "a magic needs a name after " + sign + "; " + r.available()}
	}
	if name, ok := strings.CutSuffix(p.Name, "?"); ok {
		if _, found := r.Lookup(name); found {
			return nil, r.help(env, name)
		}
	}
	m, ok := r.Lookup(p.Name)
	if !ok {
		return nil, &Error{Name: "UsageError", Value: "there is no magic " + sign + p.Name + "; " + r.available()}
	}
	if p.Kind == CellPart && !m.Cell {
		return nil, &Error{Name: "UsageError", Value: "%" + m.Name + " is a line magic: write it with one %, as in " + m.Usage}
	}
	if p.Kind == LinePart && !m.Line {
		return nil, &Error{Name: "UsageError", Value: "%%" + m.Name + " is a cell magic: put it on the first line of the cell, as in " + m.Usage}
	}
	argv, err := SplitArgs(p.Args)
	if err != nil {
		return nil, err
	}
	return m.Run(env, Call{Name: m.Name, Cell: p.Kind == CellPart, Args: p.Args, Argv: argv, Body: p.Code, Line: p.Line})
}

// available lists the magics, for errors.
func (r *Registry) available() string {
	return "the magics are " + strings.Join(r.Names(), " ") + " (%lsmagic lists them, %help NAME explains one)"
}
