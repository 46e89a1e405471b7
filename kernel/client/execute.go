package client

import (
	"context"
	"encoding/json"
	"strings"

	"gokernel/kernel/wire"
)

// ExecOptions are the optional fields of an execute_request. The zero value
// is what a notebook sends for a normal cell.
type ExecOptions struct {
	// Silent runs the cell without publishing its input or results.
	Silent bool
	// NoHistory sends store_history=false (no execution_count increment).
	NoHistory bool
	// ContinueOnError sends stop_on_error=false: queued requests still run
	// after this one fails.
	ContinueOnError bool
	// UserExpressions are evaluated after the cell; results are in the reply.
	UserExpressions map[string]string
	// Input answers input requests; nil sends allow_stdin=false.
	Input InputFunc
	// OnIOPub sees each IOPub message of the cell as it arrives.
	OnIOPub func(*wire.Message)
}

// ErrorContent is the ename/evalue/traceback of a failed cell.
type ErrorContent struct {
	Ename     string   `json:"ename"`
	Evalue    string   `json:"evalue"`
	Traceback []string `json:"traceback"`
}

// ExecResult is everything a cell produced.
type ExecResult struct {
	// Reply is the execute_reply; ReplyContent its decoded content.
	Reply        *wire.Message
	ReplyContent map[string]any
	// Status is "ok", "error" or "aborted".
	Status         string
	ExecutionCount int
	// Stdout and Stderr are the concatenated stream output.
	Stdout, Stderr string
	// Result is the data of the execute_result (nil when none).
	Result map[string]any
	// Displays are the data of display_data messages, in order.
	Displays []map[string]any
	// Error is set when Status is "error" (from the reply).
	Error *ErrorContent
	// IOPub holds every IOPub message of the request, in order.
	IOPub []*wire.Message
}

// Text returns the text/plain form of the result ("" when none).
func (r *ExecResult) Text() string {
	s, _ := r.Result["text/plain"].(string)
	return s
}

// Execute sends code in an execute_request and waits for both the
// execute_reply and the IOPub status idle of the request.
func (c *Client) Execute(ctx context.Context, code string, opts ExecOptions) (*ExecResult, error) {
	call, err := c.SendExecute(code, opts)
	if err != nil {
		return nil, err
	}
	defer call.Close()
	reply, pub, err := call.Wait(ctx, opts.OnIOPub, opts.Input)
	res := Summarize(reply, pub)
	return res, err
}

// ExecuteContent is the content of an execute_request for code and opts.
func ExecuteContent(code string, opts ExecOptions) map[string]any {
	ue := opts.UserExpressions
	if ue == nil {
		ue = map[string]string{}
	}
	return map[string]any{
		"code":             code,
		"silent":           opts.Silent,
		"store_history":    !opts.NoHistory,
		"user_expressions": ue,
		"allow_stdin":      opts.Input != nil,
		"stop_on_error":    !opts.ContinueOnError,
	}
}

// SendExecute sends an execute_request without waiting (to queue several);
// finish it with Call.Wait and Summarize.
func (c *Client) SendExecute(code string, opts ExecOptions) (*Call, error) {
	return c.Send(Shell, "execute_request", ExecuteContent(code, opts))
}

// Summarize sorts a cell's reply and IOPub messages into an ExecResult.
// reply may be nil (when waiting failed).
func Summarize(reply *wire.Message, pub []*wire.Message) *ExecResult {
	r := &ExecResult{Reply: reply, IOPub: pub}
	var out, errs strings.Builder
	for _, m := range pub {
		var v struct {
			Name string         `json:"name"`
			Text string         `json:"text"`
			Data map[string]any `json:"data"`
		}
		switch m.Header.MsgType {
		case "stream", "execute_result", "display_data":
			if json.Unmarshal(m.Content, &v) != nil {
				continue
			}
		}
		switch m.Header.MsgType {
		case "stream":
			if v.Name == "stderr" {
				errs.WriteString(v.Text)
			} else {
				out.WriteString(v.Text)
			}
		case "execute_result":
			r.Result = v.Data
		case "display_data":
			r.Displays = append(r.Displays, v.Data)
		}
	}
	r.Stdout, r.Stderr = out.String(), errs.String()
	if reply == nil {
		return r
	}
	var rc struct {
		Status         string `json:"status"`
		ExecutionCount int    `json:"execution_count"`
		ErrorContent
	}
	if json.Unmarshal(reply.Content, &rc) == nil {
		r.Status, r.ExecutionCount = rc.Status, rc.ExecutionCount
		if rc.Status == "error" {
			e := rc.ErrorContent
			r.Error = &e
		}
	}
	r.ReplyContent, _ = Content(reply)
	return r
}
