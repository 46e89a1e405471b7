package server

import (
	"encoding/json"
	"regexp"
	"strings"
	"sync"

	"gokernel/kernel/evalproc"
	"gokernel/kernel/wire"
)

// history is the kernel's input (and text output) history, kept in memory
// for the kernel's lifetime. One kernel process is one history session.
type history struct {
	mu      sync.Mutex
	session int
	entries []historyEntry
}

type historyEntry struct {
	line          int
	input, output string
}

func newHistory() *history { return &history{session: 1} }

func (h *history) add(line int, input, output string) {
	h.mu.Lock()
	h.entries = append(h.entries, historyEntry{line, input, output})
	h.mu.Unlock()
}

// forCell is the history a cell gets for %history (the magic runs in the
// evaluator, which keeps none): the cells so far and the cell itself, as
// IPython stores a cell before it runs. Only a cell that mentions
// %history gets it, so other cells do not carry a long session's history.
func (h *history) forCell(code string, store bool, count int) []evalproc.HistoryEntry {
	if !strings.Contains(code, "%history") {
		return nil
	}
	h.mu.Lock()
	out := make([]evalproc.HistoryEntry, 0, len(h.entries)+1)
	for _, e := range h.entries {
		out = append(out, evalproc.HistoryEntry{Count: e.line, Input: e.input, Output: e.output})
	}
	h.mu.Unlock()
	if store {
		out = append(out, evalproc.HistoryEntry{Count: count, Input: code})
	}
	return out
}

type historyRequest struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              int    `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// query selects entries as IPython's history manager does: tail = the last
// n; range = lines start <= line < stop of a session (0 or negative = this
// one; stop <= 0 = to the end); search = inputs matching a glob pattern
// (* and ?), the last n of them, optionally without repeats.
func (h *history) query(r historyRequest) ([]any, error) {
	h.mu.Lock()
	entries := append([]historyEntry(nil), h.entries...)
	h.mu.Unlock()
	var sel []historyEntry
	switch r.HistAccessType {
	case "tail":
		sel = last(entries, r.N)
	case "range":
		if r.Session > 0 && r.Session != h.session {
			break // only this session exists
		}
		for _, e := range entries {
			if e.line >= r.Start && (r.Stop <= 0 || e.line < r.Stop) {
				sel = append(sel, e)
			}
		}
	case "search":
		match := glob(r.Pattern)
		seen := map[string]bool{}
		for i := len(entries) - 1; i >= 0; i-- { // newest first, for unique
			e := entries[i]
			if !match.MatchString(e.input) || (r.Unique && seen[e.input]) {
				continue
			}
			seen[e.input] = true
			sel = append(sel, e)
		}
		for i, j := 0, len(sel)-1; i < j; i, j = i+1, j-1 {
			sel[i], sel[j] = sel[j], sel[i]
		}
		sel = last(sel, r.N)
	default:
		return nil, errUnknownAccess(r.HistAccessType)
	}
	out := make([]any, 0, len(sel))
	for _, e := range sel {
		if r.Output {
			var o any
			if e.output != "" {
				o = e.output
			}
			out = append(out, []any{h.session, e.line, []any{e.input, o}})
		} else {
			out = append(out, []any{h.session, e.line, e.input})
		}
	}
	return out, nil
}

func last(es []historyEntry, n int) []historyEntry {
	if n > 0 && len(es) > n {
		return es[len(es)-n:]
	}
	return es
}

type errUnknownAccess string

func (e errUnknownAccess) Error() string {
	return "unknown hist_access_type " + `"` + string(e) + `"` + " (want tail, range or search)"
}

func (k *Kernel) historyRequest(m *wire.Message) {
	var r historyRequest
	if err := json.Unmarshal(m.Content, &r); err != nil {
		k.replyError(m, "history_reply", err)
		return
	}
	hist, err := k.history.query(r)
	if err != nil {
		k.replyError(m, "history_reply", err)
		return
	}
	k.reply(k.shell, &k.shellMu, m, "history_reply", map[string]any{"status": "ok", "history": hist})
}

// glob compiles a history search pattern as SQLite's GLOB reads it (what
// IPython uses): * is any text (newlines too), ? one character; the whole
// input must match. An empty pattern matches everything.
func glob(pattern string) *regexp.Regexp {
	if pattern == "" {
		pattern = "*"
	}
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for _, r := range pattern {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String())
}
