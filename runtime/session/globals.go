package session

import (
	"encoding/json"
	"sync"
)

var (
	refMu   sync.Mutex
	refHook func() map[string]json.RawMessage
)

// SetRefGlobals installs the function that lists the session's variables
// whose values cross to a child process by reference (shared values and
// arrays, cross-process locks, queues, managers), each as its JSON
// reference.
func SetRefGlobals(f func() map[string]json.RawMessage) {
	refMu.Lock()
	refHook = f
	refMu.Unlock()
}

// RefGlobals returns the session's variables that hold runtime objects
// living across processes, as JSON references by name, so that a child
// process sets its own variables of those names to the same objects (as
// a forked Python child sees its parent's lock). Nil outside a session.
func RefGlobals() map[string]json.RawMessage {
	refMu.Lock()
	f := refHook
	refMu.Unlock()
	if f == nil {
		return nil
	}
	return f()
}
