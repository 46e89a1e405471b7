package eval

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// RefGlobals returns the session's variables whose values are runtime
// objects that live across processes (shared values and arrays,
// cross-process locks and semaphores, queues, managers: pointers to
// gokernel/runtime types that marshal to a reference), each marshalled.
// A child process sets its variables of those names to them, so that
// `var lock = shared.NewLock()` is one lock for the notebook and all its
// processes. It is called by the running cell (processes.Start), so it
// does not wait for the session.
//
//	session.SetRefGlobals(s.RefGlobals)
func (s *Session) RefGlobals() map[string]json.RawMessage {
	var out map[string]json.RawMessage
	for name, v := range globalsOf(s.in) {
		if !crossesByRef(v) {
			continue
		}
		b, err := json.Marshal(v.Interface())
		if err != nil {
			continue // a threads.Lock: only one process can use it
		}
		if out == nil {
			out = map[string]json.RawMessage{}
		}
		out[name] = b
	}
	return out
}

func crossesByRef(v reflect.Value) bool {
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() || !v.CanInterface() {
		return false
	}
	if !strings.HasPrefix(v.Type().Elem().PkgPath(), "gokernel/runtime/") {
		return false
	}
	_, ok := v.Interface().(json.Marshaler)
	return ok
}

// Addr returns a pointer to the session's variable name (a child process
// sets it to its parent's shared object through it).
//
//	p, _ := s.Addr("lock") // *(*shared.Lock)
func (s *Session) Addr(name string) (reflect.Value, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !isIdent(name) {
		return reflect.Value{}, fmt.Errorf("eval: addr %q: not a name", name)
	}
	v, ok := globalsOf(s.in)[name]
	if !ok || !v.IsValid() || !v.CanAddr() {
		return reflect.Value{}, fmt.Errorf("eval: addr %q: no such variable", name)
	}
	return v.Addr(), nil
}
