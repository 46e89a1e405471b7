// Package hybrid keeps the declarations that Go accepts but the
// interpreter cannot take (a generic type yaegi fails on, a func that
// uses package iter, a method whose output yaegi would get wrong), so
// that a session is not stuck with them: they live beside the
// interpreter's declarations, and a cell that needs one of them, directly
// or through other declarations, runs compiled (kernel/compiled) with
// all the session's declarations. The interpreter never sees them.
//
// The evaluator owns one Decls per session. A later cell that the
// interpreter runs and that redeclares a name takes it back (Forget), and
// the declarations travel to a new evaluator after a crash with a Mark in
// front (Marked, Split), so the replay leaves them out of the interpreter.
package hybrid

import (
	"slices"
	"strings"
	"sync"

	"gokernel/kernel/program"
)

// Mark starts a compiled-only declaration in the list the kernel keeps
// for a replay.
const Mark = "/*gokernel:compiled*/"

// Decls are a session's compiled-only declarations, each in the form
// kernel/eval's Session.Declarations returns them. The zero value is
// empty and ready; it is safe for concurrent use.
type Decls struct {
	mu   sync.Mutex
	list []string
}

// keysOf are the names a declaration declares (nil for an import).
func keysOf(decl string) []string {
	c, err := program.Describe(decl)
	if err != nil {
		return nil
	}
	return c.Declared
}

// Add keeps decls (imports included), replacing older compiled-only
// declarations of the same names.
func (d *Decls) Add(decls []string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var names []string
	for _, s := range decls {
		names = append(names, keysOf(s)...)
	}
	d.forgetLocked(names)
	d.list = append(d.list, decls...)
}

// Forget drops the compiled-only declarations of names (a cell the
// interpreter ran declared them again).
func (d *Decls) Forget(names []string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.forgetLocked(names)
}

func (d *Decls) forgetLocked(names []string) {
	if len(names) == 0 {
		return
	}
	d.list = slices.DeleteFunc(d.list, func(s string) bool {
		for _, k := range keysOf(s) {
			if slices.Contains(names, k) {
				return true
			}
		}
		return false
	})
}

// Reset drops them all (%reset).
func (d *Decls) Reset() {
	d.mu.Lock()
	d.list = nil
	d.mu.Unlock()
}

// List returns the compiled-only declarations.
func (d *Decls) List() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.list)
}

// Names returns the names the compiled-only declarations declare.
func (d *Decls) Names() []string {
	var out []string
	for _, s := range d.List() {
		out = append(out, keysOf(s)...)
	}
	return out
}

// Merge returns the session's declarations as Go sees them: those of
// the interpreter that no compiled-only one replaces, then the
// compiled-only ones. Type checks and compiled runs use this list.
func (d *Decls) Merge(session []string) []string {
	list := d.List()
	if len(list) == 0 {
		return session
	}
	replaced := map[string]bool{}
	for _, s := range list {
		for _, k := range keysOf(s) {
			replaced[k] = true
		}
	}
	out := make([]string, 0, len(session)+len(list))
	for _, s := range session {
		keep := true
		for _, k := range keysOf(s) {
			keep = keep && !replaced[k]
		}
		if keep {
			out = append(out, s)
		}
	}
	return append(out, list...)
}

// Needed returns the names of compiled-only declarations that cell needs,
// directly or through the session's other declarations (nil: the
// interpreter can run it). It over-approximates: a local variable named
// like a compiled-only func counts as a use.
func (d *Decls) Needed(session []string, cell string) []string {
	list := d.List()
	if len(list) == 0 {
		return nil
	}
	c, err := program.Describe(cell)
	if err != nil {
		return nil // the interpreter reports the syntax error
	}
	// The cell's own declarations replace compiled-only ones of the same
	// names: those are not needed, but what the cell's declarations use is.
	roots := slices.Clone(c.Uses)
	for _, s := range c.Decls {
		if dc, err := program.Describe(s); err == nil {
			roots = append(roots, dc.Uses...)
		}
	}
	roots = slices.DeleteFunc(roots, func(n string) bool { return slices.Contains(c.Declared, n) })
	var out []string
	for _, s := range program.Needed(d.Merge(session), roots) {
		if slices.Contains(list, s) {
			out = append(out, keysOf(s)...)
		}
	}
	return out
}

// Marked returns the session's declarations for a replay: the
// interpreter's, then the compiled-only ones with Mark in front.
func (d *Decls) Marked(session []string) []string {
	out := slices.Clone(session)
	for _, s := range d.List() {
		out = append(out, Mark+s)
	}
	return out
}

// Split separates a replay's declarations (Marked) into the
// interpreter's and the compiled-only ones.
func Split(decls []string) (session, compiled []string) {
	for _, s := range decls {
		if rest, ok := strings.CutPrefix(s, Mark); ok {
			compiled = append(compiled, rest)
		} else {
			session = append(session, s)
		}
	}
	return session, compiled
}
