package processes

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"

	"gokernel/runtime/session"
)

// Session variables that hold runtime objects living across processes
// (a shared.Lock, a shared.Int, a queue...) are the same objects in every
// child: the parent sends their JSON references with each task
// (request.Globals, from session.RefGlobals at the time the target is
// resolved) and the child sets its own variables of those names before it
// calls the target. An interpreted child reaches a variable through its
// resolver's lookup of "&name"; a native (compiled) child registers its
// variables with RegisterVar.

var (
	varsMu sync.Mutex
	vars   = map[string]reflect.Value{}
)

// RegisterVar makes the package-level variable ptr points to settable by
// name in a child process, so that a parent's shared objects replace the
// child's own (compiled child programs call it from an init func).
//
//	processes.RegisterVar("lock", &lock)
func RegisterVar(name string, ptr any) {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		panic(fmt.Sprintf("processes.RegisterVar(%q): got %T, want a non-nil pointer", name, ptr))
	}
	varsMu.Lock()
	vars[name] = v
	varsMu.Unlock()
}

// refGlobals are the parent's references to send with a task.
func refGlobals() map[string]json.RawMessage { return session.RefGlobals() }

// setGlobals sets the child's variables to the parent's objects. A name
// the child does not declare (its target does not need it) is skipped.
func (c *child) setGlobals(globals map[string]json.RawMessage) {
	for name, raw := range globals {
		varsMu.Lock()
		p, ok := vars[name]
		varsMu.Unlock()
		if !ok && c.lookup != nil {
			// The resolver's setter for the variable, if it has one.
			if v, err := c.lookup("&" + name); err == nil && v.IsValid() && v.CanInterface() {
				if set, isSetter := v.Interface().(func(json.RawMessage) error); isSetter {
					set(raw)
				}
			}
			continue
		}
		if !ok || !p.CanInterface() {
			continue
		}
		// Into a fresh value: a failed decode leaves the variable as is.
		nv := reflect.New(p.Type().Elem())
		if json.Unmarshal(raw, nv.Interface()) == nil {
			p.Elem().Set(nv.Elem())
		}
	}
}
