package evalproc

import (
	"context"
	"reflect"

	"gokernel/kernel/magic"
)

// HistoryEntry is one cell of the kernel's history, passed to the
// evaluator for %history (the kernel keeps the history; the evaluator
// may be restarted).
type HistoryEntry = magic.HistoryEntry

// lookupSession is what %whos needs of a session besides evalSession.
type lookupSession interface {
	Lookup(name string) (reflect.Value, error)
	TypeName(t reflect.Type) string
}

// vars describes the session's variables for %whos: type and value as a
// cell would show it.
func (e *evaluator) vars(ctx context.Context) []magic.Var {
	sess := e.session()
	var out []magic.Var
	for _, name := range sess.Globals() {
		v := magic.Var{Name: name, Type: "?"}
		if ls, ok := sess.(lookupSession); ok {
			if rv, err := ls.Lookup(name); err == nil && rv.IsValid() {
				v.Type = ls.TypeName(rv.Type())
			}
		}
		if data, err := sess.EvalExpr(ctx, name); err == nil {
			v.Value, _ = data["text/plain"].(string)
		}
		out = append(out, v)
	}
	return out
}

// resetSession replaces the session with a fresh one (%reset): the
// simplest way to forget every definition, with no change to kernel/eval.
// The kernel learns that the declarations are gone from the cell's reply,
// so an evaluator restarted later does not bring them back.
func (e *evaluator) resetSession() error {
	s, err := newSession(e.stdin, e.capture.buffered, e.capture.stderrFor)
	if err != nil {
		return err
	}
	e.mu.Lock()
	e.sess = s
	e.mu.Unlock()
	compiledOnly.Reset()
	clear(pristine)
	return nil
}

// session is the current session. Cells and requests run under e.work,
// which a reset also holds; e.mu covers the runtime's calls from other
// goroutines (declarations for child processes).
func (e *evaluator) session() evalSession {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sess
}

// historyFor is the history the kernel passed with the running cell.
func (e *evaluator) historyFor() []magic.HistoryEntry {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.history
}
