package evalproc

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// The kernel and the evaluator talk over two pipes (fd 3: requests in,
// fd 4: events out, seen from the evaluator). Each message is a JSON
// object preceded by its length as 4 big-endian bytes, so a reader knows
// how much it holds before decoding and never scans for delimiters.

// maxFrame bounds one message. Stream text comes in chunks of at most
// streamChunk bytes; only display data (images) can be large.
const maxFrame = 256 << 20

// Request kinds, kernel -> evaluator.
const (
	reqExecute    = "execute"
	reqComplete   = "complete"
	reqInspect    = "inspect"
	reqIsComplete = "is_complete"
	reqReplay     = "replay"
	reqInterrupt  = "interrupt"
	reqInputReply = "input_reply"
	reqShutdown   = "shutdown"
)

// Event kinds, evaluator -> kernel (besides the Output kinds).
const (
	evReady        = "ready"
	evReply        = "reply"
	evInputRequest = "input_request"
)

// request is every request the kernel sends; fields unused by a kind stay empty.
type request struct {
	Kind string `json:"kind"`
	ID   int64  `json:"id,omitempty"`

	Cell            string            `json:"cell,omitempty"`
	Code            string            `json:"code,omitempty"`
	Silent          bool              `json:"silent,omitempty"`
	StoreHistory    bool              `json:"store_history,omitempty"`
	AllowStdin      bool              `json:"allow_stdin,omitempty"`
	UserExpressions map[string]string `json:"user_expressions,omitempty"`
	Count           int               `json:"count,omitempty"`
	// History is the kernel's history for %history (see ExecRequest).
	History []HistoryEntry `json:"history,omitempty"`

	CursorPos int `json:"cursor_pos,omitempty"`
	Detail    int `json:"detail,omitempty"`

	Decls []string `json:"decls,omitempty"`

	// input_reply
	InputID  int64  `json:"input_id,omitempty"`
	Value    string `json:"value,omitempty"`
	InputErr string `json:"input_err,omitempty"`
}

// event is every message the evaluator sends.
type event struct {
	Kind string `json:"kind"`
	ID   int64  `json:"id,omitempty"`

	// Output events.
	Cell      string         `json:"cell,omitempty"`
	Name      string         `json:"name,omitempty"`
	Text      string         `json:"text,omitempty"`
	Data      map[string]any `json:"data,omitempty"`
	Metadata  map[string]any `json:"metadata,omitempty"`
	Transient map[string]any `json:"transient,omitempty"`
	Wait      bool           `json:"wait,omitempty"`

	// Sync marker numbers this event must follow in the output pipes
	// (see capture.sync).
	SyncOut uint64 `json:"sync_out,omitempty"`
	SyncErr uint64 `json:"sync_err,omitempty"`

	// input_request (ID is the execute request's; InputID numbers the read)
	InputID  int64  `json:"input_id,omitempty"`
	Prompt   string `json:"prompt,omitempty"`
	Password bool   `json:"password,omitempty"`

	// Replies.
	Err             *ErrorInfo     `json:"err,omitempty"`
	Result          map[string]any `json:"result,omitempty"`
	UserExpressions map[string]any `json:"user_expressions,omitempty"`
	Decls           []string       `json:"decls,omitempty"`
	DeclsChanged    bool           `json:"decls_changed,omitempty"`
	Globals         []string       `json:"globals,omitempty"`
	Matches         []string       `json:"matches,omitempty"`
	Types           []string       `json:"types,omitempty"` // kinds of Matches
	Start           int            `json:"start,omitempty"`
	End             int            `json:"end,omitempty"`
	Found           bool           `json:"found,omitempty"`
	Status          string         `json:"status,omitempty"`
	Indent          string         `json:"indent,omitempty"`
}

// frameWriter writes whole frames; safe for concurrent use.
type frameWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (fw *frameWriter) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if len(body) > maxFrame {
		return fmt.Errorf("evalproc: message of %d bytes exceeds the %d byte limit", len(body), maxFrame)
	}
	buf := make([]byte, 4+len(body))
	binary.BigEndian.PutUint32(buf, uint32(len(body)))
	copy(buf[4:], body)
	fw.mu.Lock()
	defer fw.mu.Unlock()
	_, err = fw.w.Write(buf)
	return err
}

// readFrame reads one frame into v. It returns io.EOF only at a clean
// frame boundary.
func readFrame(r io.Reader, v any) (size int, err error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n > maxFrame {
		return 0, fmt.Errorf("evalproc: frame of %d bytes exceeds the %d byte limit", n, maxFrame)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return 0, err
	}
	return int(n), json.Unmarshal(body, v)
}
