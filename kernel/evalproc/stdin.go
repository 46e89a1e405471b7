package evalproc

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

// errNoStdin is what reading stdin gives when the frontend cannot answer.
var errNoStdin = errors.New("stdin is not available: this frontend does not accept input (allow_stdin is false)")

var errStdinNoCell = errors.New("stdin is only available while a cell runs")

// stdinReader is the session's standard input: a read asks the kernel for
// a line (input_request) and blocks until the input_reply or an interrupt.
type stdinReader struct {
	e       *evaluator
	mu      sync.Mutex // one reader at a time; guards pending
	pending []byte
	replies chan request
	nextID  atomic.Int64
	waiting atomic.Int64 // id of the request being waited for
}

func (r *stdinReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.pending) > 0 {
		n := copy(p, r.pending)
		r.pending = r.pending[n:]
		return n, nil
	}
	return r.ask("", p)
}

// Line asks for one line with prompt shown beside the input box (a
// program or magic reading stdin: magic.Env.Input).
func (r *stdinReader) Line(prompt string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	buf := make([]byte, 64<<10)
	n, err := r.ask(prompt, buf)
	if err != nil {
		return "", err
	}
	line := string(buf[:n]) + string(r.pending)
	r.pending = nil
	return strings.TrimSuffix(line, "\n"), nil
}

// ask sends an input request and reads the answer into p (the rest waits
// in pending). r.mu is held.
func (r *stdinReader) ask(prompt string, p []byte) (int, error) {
	r.e.mu.Lock()
	ctx, cell, allow, execID := r.e.ctx, r.e.cell, r.e.allowStdin, r.e.execID
	r.e.mu.Unlock()
	if ctx == nil {
		return 0, errStdinNoCell
	}
	if !allow {
		fmt.Fprintln(os.Stderr, errNoStdin)
		return 0, errNoStdin
	}
	// The prompt the cell printed must be on screen before the input box.
	id := r.nextID.Add(1)
	r.waiting.Store(id)
	defer r.waiting.Store(0)
	r.e.sendSynced(event{Kind: evInputRequest, ID: execID, InputID: id, Cell: cell, Prompt: prompt})
	return r.await(ctx, id, p)
}

func (r *stdinReader) await(ctx context.Context, id int64, p []byte) (int, error) {
	for {
		select {
		case rep := <-r.replies:
			if rep.InputID != id {
				continue // answer to an earlier, interrupted read
			}
			if rep.InputErr != "" {
				return 0, errors.New("stdin: " + rep.InputErr)
			}
			r.pending = append([]byte(rep.Value), '\n')
			n := copy(p, r.pending)
			r.pending = r.pending[n:]
			return n, nil
		case <-ctx.Done():
			return 0, errors.New("stdin: interrupted")
		}
	}
}

// deliver hands an input_reply to the waiting read; replies nobody waits
// for any more are dropped.
func (r *stdinReader) deliver(rep request) {
	if rep.InputID != r.waiting.Load() {
		return
	}
	select {
	case r.replies <- rep:
	default:
	}
}
