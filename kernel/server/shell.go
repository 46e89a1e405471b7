package server

import (
	"context"
	"encoding/json"
	"errors"
	"gokernel/kernel/gotool"
	"runtime"

	"gokernel/kernel/evalproc"
	"gokernel/kernel/wire"
)

// Version is the kernel's implementation_version.
const Version = "0.1.0"

// runShell handles shell requests one at a time, in arrival order, until
// shutdown. Requests that wait here while a cell runs are the "queue" that
// stop_on_error aborts.
func (k *Kernel) runShell() {
	for {
		var m *wire.Message
		if len(k.pending) > 0 {
			m, k.pending = k.pending[0], k.pending[1:]
		} else {
			select {
			case m = <-k.shellIn:
			case <-k.stopped:
				return
			}
		}
		if n := k.handleShell(m); n > 0 {
			k.abortQueued(n)
		}
	}
}

// handleShell serves one shell request between status busy and idle. It
// returns how many queued requests a cell that failed with stop_on_error
// aborts (see takeQueued).
func (k *Kernel) handleShell(m *wire.Message) (abort int) {
	k.busy(m)
	defer k.idle(m)
	switch m.Header.MsgType {
	case "execute_request":
		return k.execute(m)
	case "kernel_info_request":
		k.reply(k.shell, &k.shellMu, m, "kernel_info_reply", kernelInfo())
	case "is_complete_request":
		k.isComplete(m)
	case "complete_request":
		k.complete(m)
	case "inspect_request":
		k.inspect(m)
	case "history_request":
		k.historyRequest(m)
	case "comm_info_request":
		k.reply(k.shell, &k.shellMu, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "comm_open":
		// No comm targets exist: close it at once, as the spec asks.
		var c struct {
			CommID string `json:"comm_id"`
		}
		json.Unmarshal(m.Content, &c)
		k.publish(&m.Header, "comm_close", map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
	case "comm_msg", "comm_close":
		// Nothing is open; ignored, as ipykernel does for unknown comms.
	case "shutdown_request":
		k.shutdown(k.shell, &k.shellMu, m)
	default:
		// Unknown types get no reply (the spec allows it; ipykernel does
		// the same), only a log line: replying could confuse a client
		// that does not expect one.
		k.logf("shell: unknown message type %q ignored", m.Header.MsgType)
	}
	return 0
}

func kernelInfo() map[string]any {
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       wire.ProtocolVersion,
		"implementation":         "gokernel",
		"implementation_version": Version,
		"language_info": map[string]any{
			"name":               "go",
			"version":            goVersion(),
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		"banner": "gokernel " + Version + ": Go " + goVersion() + " (interpreted by yaegi), with threads, processes and shared memory helpers\n" + toolchainBanner(),
		"help_links": []map[string]string{
			{"text": "Go documentation", "url": "https://go.dev/doc/"},
			{"text": "Go standard library", "url": "https://pkg.go.dev/std"},
			{"text": "gokernel runtime helpers", "url": "https://pkg.go.dev/gokernel/runtime"},
		},
		"debugger": false,
	}
}

// toolchainBanner says which go command compiled runs use (%%run, %test,
// native processes), or that there is none.
func toolchainBanner() string {
	tc, err := gotool.Find()
	if err != nil {
		return "No Go toolchain found: cells are interpreted without Go's type check first (only the interpreter's errors); %%run, %run, %test and native processes need one (" + gotool.Hint + ")."
	}
	return "Compiled runs (%%run, %run, %test, native processes) use " + tc.Version + " (" + tc.Go + "). %lsmagic lists the magics."
}

func goVersion() string {
	v := runtime.Version()
	if len(v) > 2 && v[:2] == "go" {
		return v[2:]
	}
	return v
}

type executeRequest struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      *bool             `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

func boolOr(p *bool, def bool) bool {
	if p == nil {
		return def
	}
	return *p
}

type executeReply struct {
	Status          string         `json:"status"`
	ExecutionCount  int            `json:"execution_count"`
	UserExpressions map[string]any `json:"user_expressions,omitempty"`
	Payload         []any          `json:"payload"`
	Ename           string         `json:"ename,omitempty"`
	Evalue          string         `json:"evalue,omitempty"`
	Traceback       []string       `json:"traceback,omitempty"`
}

// execute runs a cell; when the cell failed and the request asked to stop
// on error, it returns how many queued requests to abort.
func (k *Kernel) execute(m *wire.Message) (abort int) {
	var req executeRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.logf("execute_request: %v", err)
		k.reply(k.shell, &k.shellMu, m, "execute_reply", executeReply{
			Status: "error", ExecutionCount: k.execCount, Payload: []any{},
			Ename: "BadRequest", Evalue: "execute_request content: " + err.Error(), Traceback: []string{},
		})
		return 0
	}
	// A silent cell never counts or enters history, as in IPython.
	store := boolOr(req.StoreHistory, !req.Silent) && !req.Silent
	allowStdin := boolOr(req.AllowStdin, true)
	if store {
		k.execCount++
	}
	count := k.execCount
	k.rememberCell(&m.Header)
	if !req.Silent {
		k.publish(&m.Header, "execute_input", map[string]any{"code": req.Code, "execution_count": count})
	}
	k.drainInterrupts()
	var res evalproc.ExecReply
	ev, err := k.evaluator()
	if err == nil {
		res, err = ev.Execute(context.Background(), evalproc.ExecRequest{
			Cell: m.Header.MsgID, Code: req.Code, Silent: req.Silent, StoreHistory: store,
			AllowStdin: allowStdin, UserExpressions: req.UserExpressions, Count: countIf(store, count),
			History: k.history.forCell(req.Code, store, count),
		}, k.inputFor(m, allowStdin))
	}
	if err != nil {
		res = evalproc.ExecReply{Status: "error", Error: &evalproc.ErrorInfo{
			Name: "KernelError", Value: err.Error(), Traceback: []string{"KernelError: " + err.Error()},
		}}
	}
	reply := executeReply{Status: res.Status, ExecutionCount: count, UserExpressions: res.UserExpressions, Payload: []any{}}
	if reply.UserExpressions == nil {
		reply.UserExpressions = map[string]any{}
	}
	out := ""
	if res.Result != nil && !req.Silent {
		k.publish(&m.Header, "execute_result", map[string]any{"execution_count": count, "data": res.Result, "metadata": map[string]any{}})
		out, _ = res.Result["text/plain"].(string)
	}
	failed := res.Status == "error" || res.Error != nil
	if failed {
		e := res.Error
		if e == nil {
			e = &evalproc.ErrorInfo{Name: "Error", Value: "the cell failed"}
		}
		tb := e.Traceback
		if tb == nil {
			tb = []string{}
		}
		reply.Status, reply.Ename, reply.Evalue, reply.Traceback = "error", e.Name, e.Value, tb
		k.publish(&m.Header, "error", map[string]any{"ename": e.Name, "evalue": e.Value, "traceback": tb})
	} else if reply.Status == "" {
		reply.Status = "ok"
	}
	if store {
		k.history.add(count, req.Code, out)
	}
	if failed && boolOr(req.StopOnError, true) {
		abort = k.takeQueued()
	}
	k.reply(k.shell, &k.shellMu, m, "execute_reply", reply)
	return abort
}

// takeQueued moves the requests already waiting on shell into k.pending
// and returns how many requests are queued now. execute calls it before it
// sends a failed cell's reply, so that only requests sent before the client
// could see the failure are aborted, never one sent in answer to it.
func (k *Kernel) takeQueued() int {
	for {
		select {
		case m := <-k.shellIn:
			k.pending = append(k.pending, m)
			continue
		default:
		}
		return len(k.pending)
	}
}

// abortQueued answers the first n queued execute requests, those that were
// queued behind a failed cell, with status "aborted" (the cells they hold
// were written expecting the failed one to succeed). Other requests keep
// their place.
func (k *Kernel) abortQueued(n int) {
	var keep []*wire.Message
	for i, m := range k.pending {
		if i < n && m.Header.MsgType == "execute_request" {
			k.abort(m)
		} else {
			keep = append(keep, m)
		}
	}
	k.pending = keep
}

func (k *Kernel) abort(m *wire.Message) {
	k.busy(m)
	k.reply(k.shell, &k.shellMu, m, "execute_reply", map[string]any{"status": "aborted", "execution_count": k.execCount})
	k.idle(m)
}

// inputFor returns the evaluator's input callback for the cell req: it
// sends input_request on stdin to the client that sent req (same identity
// as on shell) and waits for the input_reply.
func (k *Kernel) inputFor(req *wire.Message, allowed bool) func(prompt string, password bool) (string, error) {
	return func(prompt string, password bool) (string, error) {
		if !allowed {
			return "", errors.New("this frontend does not support input (allow_stdin is false)")
		}
		msg, err := wire.Reply(req, k.session, "input_request", map[string]any{"prompt": prompt, "password": password})
		if err != nil {
			return "", err
		}
		ch := make(chan string, 1)
		k.inputMu.Lock()
		k.inputWait[msg.Header.MsgID] = ch
		k.inputMu.Unlock()
		defer func() {
			k.inputMu.Lock()
			delete(k.inputWait, msg.Header.MsgID)
			k.inputMu.Unlock()
		}()
		k.send(k.stdin, &k.stdinMu, msg)
		select {
		case v := <-ch:
			return v, nil
		case <-k.interrupt:
			return "", errors.New("interrupted while waiting for input")
		case <-k.stopped:
			return "", errors.New("kernel shutting down")
		}
	}
}

func (k *Kernel) drainInterrupts() {
	select {
	case <-k.interrupt:
	default:
	}
}

func (k *Kernel) isComplete(m *wire.Message) {
	var c struct {
		Code string `json:"code"`
	}
	if err := json.Unmarshal(m.Content, &c); err != nil {
		k.replyError(m, "is_complete_reply", err)
		return
	}
	ev, err := k.evaluator()
	if err != nil {
		k.replyError(m, "is_complete_reply", err)
		return
	}
	status, indent, err := ev.IsComplete(context.Background(), c.Code)
	if err != nil {
		k.replyError(m, "is_complete_reply", err)
		return
	}
	r := map[string]any{"status": status}
	if status == "incomplete" {
		r["indent"] = indent
	}
	k.reply(k.shell, &k.shellMu, m, "is_complete_reply", r)
}

func (k *Kernel) complete(m *wire.Message) {
	var c struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	if err := json.Unmarshal(m.Content, &c); err != nil {
		k.replyError(m, "complete_reply", err)
		return
	}
	pos := len([]rune(c.Code))
	if c.CursorPos != nil {
		pos = *c.CursorPos
	}
	ev, err := k.evaluator()
	if err != nil {
		k.replyError(m, "complete_reply", err)
		return
	}
	var matches, types []string
	var start, end int
	if ci, ok := ev.(interface {
		CompleteItems(ctx context.Context, code string, cursorPos int) (matches, types []string, start, end int, err error)
	}); ok {
		matches, types, start, end, err = ci.CompleteItems(context.Background(), c.Code, pos)
	} else {
		matches, start, end, err = ev.Complete(context.Background(), c.Code, pos)
	}
	if err != nil {
		k.replyError(m, "complete_reply", err)
		return
	}
	if matches == nil {
		matches = []string{}
	}
	metadata := map[string]any{}
	if types != nil {
		// JupyterLab shows each item's kind as an icon (as ipykernel
		// sends it, from jedi).
		items := make([]map[string]any, len(matches))
		for i, text := range matches {
			items[i] = map[string]any{"start": start, "end": end, "text": text, "type": types[i], "signature": ""}
		}
		metadata["_jupyter_types_experimental"] = items
	}
	k.reply(k.shell, &k.shellMu, m, "complete_reply", map[string]any{
		"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end, "metadata": metadata,
	})
}

func (k *Kernel) inspect(m *wire.Message) {
	var c struct {
		Code        string `json:"code"`
		CursorPos   *int   `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if err := json.Unmarshal(m.Content, &c); err != nil {
		k.replyError(m, "inspect_reply", err)
		return
	}
	pos := len([]rune(c.Code))
	if c.CursorPos != nil {
		pos = *c.CursorPos
	}
	ev, err := k.evaluator()
	if err != nil {
		k.replyError(m, "inspect_reply", err)
		return
	}
	found, data, err := ev.Inspect(context.Background(), c.Code, pos, c.DetailLevel)
	if err != nil {
		k.replyError(m, "inspect_reply", err)
		return
	}
	k.reply(k.shell, &k.shellMu, m, "inspect_reply", map[string]any{
		"status": "ok", "found": found, "data": orEmpty(data), "metadata": map[string]any{},
	})
}

// replyError answers a request that could not be served with status error.
func (k *Kernel) replyError(m *wire.Message, msgType string, err error) {
	k.logf("%s: %v", m.Header.MsgType, err)
	k.reply(k.shell, &k.shellMu, m, msgType, map[string]any{
		"status": "error", "ename": "KernelError", "evalue": err.Error(), "traceback": []string{},
	})
}

// countIf is the execution count a cell is known by, 0 if it has none.
func countIf(store bool, count int) int {
	if store {
		return count
	}
	return 0
}
