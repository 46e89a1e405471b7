package eval

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Declarations returns the declarations of every cell run so far (imports,
// types, funcs, methods, vars, consts; `var x T` for a top-level `x := ...`
// whose type can be written), in order, a redefinition in the place of
// what it replaced. Replay rebuilds them in another session.
//
//	decls := s.Declarations() // e.g. ["import \"fmt\"", "func greet(n string) { ... }"]
//
// It does not wait for a running cell (which may be the caller, through
// runtime/session.Declarations): it returns the declarations as of the
// last cell that compiled, including those of a running cell.
func (s *Session) Declarations() []string {
	p := s.published.Load()
	if p == nil {
		return nil
	}
	return append([]string(nil), (*p)...)
}

// publish makes the current declarations what Declarations returns.
func (s *Session) publish() {
	out := make([]string, 0, len(s.decls))
	for _, d := range s.decls {
		out = append(out, d.pos+d.text)
	}
	s.published.Store(&out)
}

// Globals returns the sorted names of the session's package-level
// variables (the values a crash of the evaluator loses).
//
//	s.Globals() // ["counter", "names"]
func (s *Session) Globals() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	consts := map[string]bool{}
	for _, d := range s.decls {
		if d.kind == "const" {
			for _, k := range d.keys {
				consts[k] = true
			}
		}
	}
	var out []string
	for name := range globalsOf(s.in) {
		if !consts[name] && !strings.HasPrefix(name, "__gk") {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// Lookup returns the value of a top-level name of the session; a func
// comes back callable with reflect.Value.Call.
//
//	f, _ := s.Lookup("square")
//	f.Call([]reflect.Value{reflect.ValueOf(4)})[0].Int() // 16
func (s *Session) Lookup(name string) (reflect.Value, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !isIdent(name) {
		return reflect.Value{}, fmt.Errorf("eval: lookup %q: not a name", name)
	}
	v, err := evalQuiet(s.in, name)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("eval: lookup %q: %v", name, err)
	}
	if !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("eval: lookup %q: no value", name)
	}
	return v, nil
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// ChildResolver builds a fresh preloaded session with decls replayed and
// returns its Lookup: how a child process (runtime/processes) finds the
// function it runs.
//
//	lookup, err := eval.ChildResolver(decls)
//	greet, err := lookup("greet")
func ChildResolver(decls []string) (lookup func(name string) (reflect.Value, error), err error) {
	s, err := ChildSession(decls)
	if err != nil {
		return nil, err
	}
	return s.Lookup, nil
}

// ChildSession is the session ChildResolver looks functions up in.
//
//	s, err := eval.ChildSession(decls)
func ChildSession(decls []string) (*Session, error) {
	s, err := New(Options{Preload: true})
	if err != nil {
		return nil, err
	}
	if err := s.Replay(decls); err != nil {
		return nil, err
	}
	// A child ends right after a panic: print its frames as they come.
	s.stderr.immediate = true
	return s, nil
}
