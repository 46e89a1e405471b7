// Package client is a small Jupyter client over ZeroMQ (zmq4). It launches
// or connects to any Jupyter kernel (gokernel, ipykernel, ...), sends signed
// requests and gathers the replies and IOPub output that belong to them.
// It serves the integration tests, `gokernel run` and the benchmarks.
package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"gokernel/kernel/wire"
)

// Channel names, as Jupyter calls them.
const (
	Shell   = "shell"
	Control = "control"
	Stdin   = "stdin"
	IOPub   = "iopub"
)

// ErrClosed is returned by calls on a closed client.
var ErrClosed = errors.New("client: closed")

// Client is a connection to one kernel. Its methods may be called from
// several goroutines.
type Client struct {
	// Session is the client session id sent in every header.
	Session string
	// Username is sent in every header.
	Username string

	ci     wire.ConnectionInfo
	signer *wire.Signer

	shell, control, stdin, iopub, hb zmq4.Socket
	sendMu                           sync.Mutex // zmq4 sockets are not safe for concurrent Send
	hbMu                             sync.Mutex

	mu      sync.Mutex
	calls   map[string]*Call // by msg_id of the request
	taps    []*Tap
	closed  bool
	iopubOK chan struct{} // closed on the first IOPub message
	seenPub bool
	done    chan struct{}

	proc *launched // nil when connected with Connect

	// endSockets cancels the sockets' context: it stops the other dials
	// when one fails, and is called when the sockets close.
	endSockets context.CancelFunc
}

// Connect dials the five channels described by ci. The sockets connect in
// the background; use WaitReady before trusting IOPub.
func Connect(ci wire.ConnectionInfo) (*Client, error) {
	c := &Client{
		Session:  uuid.NewString(),
		Username: "gokernel-client",
		ci:       ci,
		signer:   wire.NewSigner(ci.Key),
		calls:    map[string]*Call{},
		iopubOK:  make(chan struct{}),
		done:     make(chan struct{}),
	}
	quiet := zmq4.WithLogger(log.New(io.Discard, "", 0))
	// A kernel that is still starting refuses connections for a while:
	// retry often (a slow retry would show up in start-up benchmarks).
	retry := []zmq4.Option{quiet, zmq4.WithDialerRetry(10 * time.Millisecond), zmq4.WithDialerMaxRetries(1500)}
	// Shell and stdin share one identity, as in jupyter_client: kernels
	// address input_request to the shell identity of the requester.
	id := zmq4.SocketIdentity(uuid.NewString())
	// A dial that fails ends the others' retries: a port that answered
	// with the wrong socket will not become right.
	ctx, cancel := context.WithCancel(context.Background())
	c.endSockets = cancel
	c.shell = zmq4.NewDealer(ctx, append(retry, zmq4.WithID(id))...)
	c.stdin = zmq4.NewDealer(ctx, append(retry, zmq4.WithID(id))...)
	c.control = zmq4.NewDealer(ctx, retry...)
	c.iopub = zmq4.NewSub(ctx, retry...)
	c.hb = zmq4.NewReq(ctx, retry...)
	type dial struct {
		s    zmq4.Socket
		port int
	}
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i, d := range []dial{{c.shell, ci.ShellPort}, {c.stdin, ci.StdinPort}, {c.control, ci.ControlPort}, {c.iopub, ci.IOPubPort}, {c.hb, ci.HBPort}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if errs[i] = d.s.Dial(ci.Addr(d.port)); errs[i] != nil {
				cancel()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		c.closeSockets()
		return nil, err
	}
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		c.closeSockets()
		return nil, err
	}
	for name, s := range map[string]zmq4.Socket{Shell: c.shell, Control: c.control, Stdin: c.stdin, IOPub: c.iopub} {
		go c.read(name, s)
	}
	return c, nil
}

// ConnectionInfo returns what the client connected to.
func (c *Client) ConnectionInfo() wire.ConnectionInfo { return c.ci }

// Signer returns the signer of the connection key (to forge messages in tests).
func (c *Client) Signer() *wire.Signer { return c.signer }

func (c *Client) socket(channel string) (zmq4.Socket, error) {
	switch channel {
	case Shell:
		return c.shell, nil
	case Control:
		return c.control, nil
	case Stdin:
		return c.stdin, nil
	}
	return nil, fmt.Errorf("client: cannot send on channel %q", channel)
}

// read decodes every message of one socket and hands it to the call it
// belongs to (by parent msg_id) and, for IOPub, to every tap.
func (c *Client) read(channel string, s zmq4.Socket) {
	for {
		zm, err := s.Recv()
		if err != nil {
			return // closed
		}
		msg, err := c.signer.Decode(zm.Frames)
		if err != nil {
			continue // not a valid message: nothing can be matched to it
		}
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return
		}
		if channel == IOPub {
			if !c.seenPub {
				c.seenPub = true
				close(c.iopubOK)
			}
			for _, t := range c.taps {
				t.push(msg)
			}
		}
		var call *Call
		if msg.Parent != nil {
			call = c.calls[msg.Parent.MsgID]
		}
		c.mu.Unlock()
		if call != nil {
			call.deliver(channel, msg)
		}
	}
}

// Message builds a signed-ready message from the client's session.
func (c *Client) Message(msgType string, content any) (*wire.Message, error) {
	raw, err := marshalContent(content)
	if err != nil {
		return nil, err
	}
	return &wire.Message{Header: wire.NewHeader(msgType, c.Session, c.Username), Content: raw}, nil
}

func marshalContent(content any) (json.RawMessage, error) {
	switch v := content.(type) {
	case nil:
		return json.RawMessage("{}"), nil
	case json.RawMessage:
		return v, nil
	case []byte:
		return json.RawMessage(v), nil
	}
	b, err := json.Marshal(content)
	if err != nil {
		return nil, fmt.Errorf("client: content: %w", err)
	}
	return b, nil
}

// SendMessage signs and sends msg on channel and returns a Call that
// collects its reply and IOPub output. The call must be registered before
// the send, or a fast kernel's answer could be missed.
func (c *Client) SendMessage(channel string, msg *wire.Message) (*Call, error) {
	if _, err := c.socket(channel); err != nil {
		return nil, err
	}
	frames, err := c.signer.Encode(msg)
	if err != nil {
		return nil, err
	}
	call := newCall(c, channel, msg)
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil, ErrClosed
	}
	c.calls[msg.Header.MsgID] = call
	c.mu.Unlock()
	if err := c.SendFrames(channel, frames); err != nil {
		c.forget(call)
		return nil, err
	}
	return call, nil
}

// Send builds a message of msgType with content and sends it on channel.
func (c *Client) Send(channel, msgType string, content any) (*Call, error) {
	msg, err := c.Message(msgType, content)
	if err != nil {
		return nil, err
	}
	return c.SendMessage(channel, msg)
}

// SendFrames sends raw frames on channel, unchecked (for tests of bad
// input). Nothing is registered to receive an answer.
func (c *Client) SendFrames(channel string, frames [][]byte) error {
	s, err := c.socket(channel)
	if err != nil {
		return err
	}
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	return s.SendMulti(zmq4.NewMsgFrom(frames...))
}

func (c *Client) forget(call *Call) {
	c.mu.Lock()
	delete(c.calls, call.ID)
	c.mu.Unlock()
}

// Request sends msgType on channel and waits for its reply.
func (c *Client) Request(ctx context.Context, channel, msgType string, content any) (*wire.Message, error) {
	call, err := c.Send(channel, msgType, content)
	if err != nil {
		return nil, err
	}
	defer call.Close()
	return call.Reply(ctx)
}

// KernelInfo asks for kernel_info and returns the reply content.
func (c *Client) KernelInfo(ctx context.Context) (map[string]any, error) {
	m, err := c.Request(ctx, Shell, "kernel_info_request", nil)
	if err != nil {
		return nil, err
	}
	return Content(m)
}

// WaitReady returns once the kernel answers kernel_info on shell and the
// IOPub subscription is live (a subscriber misses everything published
// before it joined, so the first IOPub message is the proof).
func (c *Client) WaitReady(ctx context.Context) error {
	for {
		call, err := c.Send(Shell, "kernel_info_request", nil)
		if err != nil {
			return err
		}
		attempt, cancel := context.WithTimeout(ctx, time.Second)
		_, err = call.Reply(attempt)
		cancel()
		if err == nil {
			// The kernel publishes busy/idle around the request. If the
			// subscription was not in place yet they are lost: ask again.
			select {
			case <-c.iopubOK:
			case <-time.After(100 * time.Millisecond):
			case <-ctx.Done():
			}
		}
		call.Close()
		if err == nil && c.iopubSeen() {
			return nil
		}
		if err := c.exited(); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return fmt.Errorf("client: kernel not ready: %w", ctx.Err())
		}
	}
}

func (c *Client) iopubSeen() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.seenPub
}

// Interrupt sends interrupt_request on the control channel and waits for
// the reply.
func (c *Client) Interrupt(ctx context.Context) error {
	_, err := c.Request(ctx, Control, "interrupt_request", nil)
	return err
}

// Shutdown sends shutdown_request on control and waits for the reply.
// With restart the kernel is expected to exit too; whoever launched it
// starts it again (see Restart).
func (c *Client) Shutdown(ctx context.Context, restart bool) error {
	_, err := c.Request(ctx, Control, "shutdown_request", map[string]any{"restart": restart})
	return err
}

// Heartbeat sends one ping on the heartbeat channel and waits for the echo.
func (c *Client) Heartbeat(ctx context.Context) error {
	c.hbMu.Lock()
	defer c.hbMu.Unlock()
	ping := []byte(uuid.NewString())
	if err := c.hb.Send(zmq4.NewMsg(ping)); err != nil {
		return err
	}
	got := make(chan error, 1)
	go func() {
		m, err := c.hb.Recv()
		if err == nil && string(m.Bytes()) != string(ping) {
			err = fmt.Errorf("client: heartbeat echoed %q", m.Bytes())
		}
		got <- err
	}()
	select {
	case err := <-got:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close closes the sockets. A launched kernel that is still running is
// asked to shut down, then killed if it does not exit in time.
func (c *Client) Close() error {
	var err error
	if c.proc != nil {
		err = c.proc.stop(c)
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return err
	}
	c.closed = true
	close(c.done)
	c.mu.Unlock()
	c.closeSockets()
	return err
}

func (c *Client) closeSockets() {
	for _, s := range []zmq4.Socket{c.shell, c.stdin, c.control, c.iopub, c.hb} {
		if s != nil {
			s.Close()
		}
	}
	if c.endSockets != nil {
		c.endSockets()
	}
}

// Content decodes a message's content into a map.
func Content(m *wire.Message) (map[string]any, error) {
	var v map[string]any
	if err := json.Unmarshal(m.Content, &v); err != nil {
		return nil, fmt.Errorf("client: %s content: %w", m.Header.MsgType, err)
	}
	return v, nil
}

// exited reports the exit of a launched kernel (nil while it runs).
func (c *Client) exited() error {
	if c.proc == nil {
		return nil
	}
	select {
	case <-c.proc.done:
		return fmt.Errorf("client: kernel exited: %v", c.proc.err)
	default:
		return nil
	}
}

// Process returns the launched kernel process (nil after Connect).
func (c *Client) Process() *os.Process {
	if c.proc == nil {
		return nil
	}
	return c.proc.cmd.Process
}

// Exited is closed when a launched kernel process has exited (nil after Connect).
func (c *Client) Exited() <-chan struct{} {
	if c.proc == nil {
		return nil
	}
	return c.proc.done
}

// ExitErr is the launched kernel's exit status, once Exited is closed.
func (c *Client) ExitErr() error {
	if c.proc == nil {
		return nil
	}
	<-c.proc.done
	return c.proc.err
}
