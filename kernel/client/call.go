package client

import (
	"context"
	"fmt"
	"sync"
	"time"

	"gokernel/kernel/wire"
)

// Call is one request in flight: it gathers the reply, the IOPub messages
// whose parent is the request and the kernel's input requests for it.
type Call struct {
	// ID is the request's msg_id.
	ID string
	// Request is the message that was sent.
	Request *wire.Message

	c      *Client
	mu     sync.Mutex
	reply  *wire.Message
	pub    []*wire.Message // all IOPub messages so far
	seen   int             // how many of pub were handed out by Wait
	inputs []*wire.Message // unanswered input_requests
	idle   bool
	notify chan struct{} // one pending wake-up is enough
}

func newCall(c *Client, channel string, req *wire.Message) *Call {
	return &Call{ID: req.Header.MsgID, Request: req, c: c, notify: make(chan struct{}, 1)}
}

func (call *Call) deliver(channel string, msg *wire.Message) {
	call.mu.Lock()
	switch channel {
	case IOPub:
		call.pub = append(call.pub, msg)
		if msg.Header.MsgType == "status" && isIdle(msg) {
			call.idle = true
		}
	case Stdin:
		call.inputs = append(call.inputs, msg)
	default:
		if call.reply == nil {
			call.reply = msg
		}
	}
	call.mu.Unlock()
	select {
	case call.notify <- struct{}{}:
	default:
	}
}

func isIdle(m *wire.Message) bool {
	v, err := Content(m)
	return err == nil && v["execution_state"] == "idle"
}

// Close stops routing messages to the call.
func (call *Call) Close() { call.c.forget(call) }

// Reply waits for the reply on the request's channel.
func (call *Call) Reply(ctx context.Context) (*wire.Message, error) {
	for {
		call.mu.Lock()
		r := call.reply
		call.mu.Unlock()
		if r != nil {
			return r, nil
		}
		if err := call.wake(ctx); err != nil {
			return nil, err
		}
	}
}

func (call *Call) wake(ctx context.Context) error {
	select {
	case <-call.notify:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("client: %s: %w", call.Request.Header.MsgType, ctx.Err())
	case <-call.c.done:
		return ErrClosed
	case <-call.c.exitedChan():
		// A kernel may answer and exit at once: let the last messages
		// reach the reader before reporting the exit.
		select {
		case <-call.notify:
			return nil
		case <-time.After(200 * time.Millisecond):
			return call.c.exited()
		}
	}
}

// InputFunc answers a kernel's input_request: prompt and whether it is a
// password; the returned string is sent back in input_reply.
type InputFunc func(prompt string, password bool) (string, error)

// Wait waits until both the reply and the IOPub status idle of the request
// have arrived. onPub (if not nil) sees each IOPub message as it arrives;
// input answers input requests (nil answers them with an empty line). It
// returns the reply and every IOPub message of the request, in order.
func (call *Call) Wait(ctx context.Context, onPub func(*wire.Message), input InputFunc) (*wire.Message, []*wire.Message, error) {
	for {
		call.mu.Lock()
		fresh := call.pub[call.seen:]
		call.seen = len(call.pub)
		inputs := call.inputs
		call.inputs = nil
		reply, idle, all := call.reply, call.idle, call.pub
		call.mu.Unlock()
		if onPub != nil {
			for _, m := range fresh {
				onPub(m)
			}
		}
		for _, req := range inputs {
			if err := call.answer(req, input); err != nil {
				return reply, all, err
			}
		}
		if reply != nil && idle {
			return reply, all, nil
		}
		if err := call.wake(ctx); err != nil {
			return reply, all, err
		}
	}
}

// WaitIdle waits for the IOPub status idle of the request only, for
// requests that get no reply (comm messages, unknown types). It returns
// the IOPub messages of the request.
func (call *Call) WaitIdle(ctx context.Context) ([]*wire.Message, error) {
	for {
		call.mu.Lock()
		idle, all := call.idle, call.pub
		call.mu.Unlock()
		if idle {
			return all, nil
		}
		if err := call.wake(ctx); err != nil {
			return all, err
		}
	}
}

func (call *Call) answer(req *wire.Message, input InputFunc) error {
	v, err := Content(req)
	if err != nil {
		return err
	}
	prompt, _ := v["prompt"].(string)
	password, _ := v["password"].(bool)
	value := ""
	if input != nil {
		if value, err = input(prompt, password); err != nil {
			return err
		}
	}
	msg, err := call.c.Message("input_reply", map[string]any{"value": value, "status": "ok"})
	if err != nil {
		return err
	}
	p := req.Header
	msg.Parent = &p
	frames, err := call.c.signer.Encode(msg)
	if err != nil {
		return err
	}
	return call.c.SendFrames(Stdin, frames)
}

func (c *Client) exitedChan() <-chan struct{} {
	if c.proc == nil {
		return nil
	}
	return c.proc.done
}
