// Package server is the kernel process: it owns the ZeroMQ sockets, speaks
// the Jupyter messaging protocol 5.4 and drives an evaluator process
// (kernel/evalproc) that runs the cells. It never runs cell code itself.
//
// Choices the protocol leaves open:
//   - Messages that fail the signature check, have malformed frames or bad
//     JSON are dropped with a log line; nothing answers them. So is a
//     signed message whose signature was already seen (a replay), as
//     jupyter_client's Session does.
//   - Unknown message types get status busy/idle on IOPub and a log line,
//     but no reply (as ipykernel does).
//   - shutdown_request, with or without restart, makes the process exit
//     after the reply; as with jupyter_client, whoever launched the kernel
//     starts a new one for a restart.
//   - After a failed cell with stop_on_error, the execute requests already
//     queued are answered with status "aborted"; other queued requests are
//     served normally.
//   - History lives in memory for the process's lifetime: one process is
//     history session 1.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"gokernel/kernel/evalproc"
	"gokernel/kernel/wire"
)

// Evaluator runs cells; *evalproc.Supervisor is the real one.
type Evaluator interface {
	Execute(ctx context.Context, req evalproc.ExecRequest, input func(prompt string, password bool) (string, error)) (evalproc.ExecReply, error)
	Complete(ctx context.Context, code string, cursorPos int) (matches []string, start, end int, err error)
	Inspect(ctx context.Context, code string, cursorPos, detail int) (found bool, data map[string]any, err error)
	IsComplete(ctx context.Context, code string) (status, indent string, err error)
	Interrupt()
	Close() error
}

const (
	// iopubHWM caps the IOPub send queue (messages, as libzmq's default):
	// a stalled subscriber makes the kernel drop output rather than grow
	// without limit. A stream message holds at most 64 KiB of text, so the
	// queue stays under about 64 MiB.
	iopubHWM = 1000
	// sendTimeout bounds a reply send on a ROUTER socket (zmq4 blocks
	// until a peer is connected).
	sendTimeout = 10 * time.Second
	// shellQueue is how many decoded shell requests may wait for the
	// executor; beyond it the reader stops taking messages off the socket.
	shellQueue = 1024
	// rememberedCells is how many finished cells late output (from work a
	// cell started, e.g. a pool) can still be attributed to.
	rememberedCells = 1000
)

// Kernel is one running kernel: sockets, protocol state and an evaluator.
type Kernel struct {
	ci      wire.ConnectionInfo
	signer  *wire.Signer
	seen    *wire.SignatureHistory // signatures received, to drop replays
	session string                 // the kernel's session id in every header it sends
	logf    func(format string, args ...any)

	eval      Evaluator     // valid once evalReady is closed
	evalErr   error         // why there is no evaluator
	evalReady chan struct{} // closed by SetEvaluator

	shell, control, stdin, iopub, hb   zmq4.Socket
	shellMu, controlMu, stdinMu, pubMu sync.Mutex

	shellIn chan *wire.Message // decoded shell requests, in arrival order
	pending []*wire.Message    // taken off shellIn while aborting, served next

	execCount int // only touched by the shell executor goroutine
	history   *history

	cellsMu   sync.Mutex
	cells     map[string]*wire.Header // execute_request headers by msg_id, for output routing
	cellOrder []string

	inputMu   sync.Mutex
	inputWait map[string]chan string // input_request msg_id -> reply value
	interrupt chan struct{}          // signalled on every interrupt (wakes input waits)

	stopOnce sync.Once
	stopped  chan struct{} // closed when the kernel shuts down
	restart  atomic.Bool   // the shutdown asked for a restart
}

// Logger returns a logf writing to w with the "gokernel: " prefix.
func Logger(w io.Writer) func(format string, args ...any) {
	l := log.New(w, "gokernel: ", 0)
	return l.Printf
}

// New binds the sockets of ci. The kernel serves once Serve is called.
// Cells wait until SetEvaluator has been called (the evaluator's output
// callback needs the kernel, so it is started after New).
func New(ci wire.ConnectionInfo, logf func(format string, args ...any)) (*Kernel, error) {
	k := &Kernel{
		ci:        ci,
		signer:    wire.NewSigner(ci.Key),
		seen:      wire.NewSignatureHistory(wire.DefaultSignatureHistory),
		session:   uuid.NewString(),
		logf:      logf,
		shellIn:   make(chan *wire.Message, shellQueue),
		history:   newHistory(),
		cells:     map[string]*wire.Header{},
		inputWait: map[string]chan string{},
		interrupt: make(chan struct{}, 1),
		stopped:   make(chan struct{}),
		evalReady: make(chan struct{}),
	}
	quiet := zmq4.WithLogger(log.New(io.Discard, "", 0))
	ctx := context.Background()
	k.shell = zmq4.NewRouter(ctx, quiet, zmq4.WithTimeout(sendTimeout))
	k.control = zmq4.NewRouter(ctx, quiet, zmq4.WithTimeout(sendTimeout))
	k.stdin = zmq4.NewRouter(ctx, quiet, zmq4.WithTimeout(sendTimeout))
	k.iopub = zmq4.NewPub(ctx, quiet)
	k.hb = zmq4.NewRouter(ctx, quiet, zmq4.WithTimeout(sendTimeout))
	if err := k.iopub.SetOption(zmq4.OptionHWM, iopubHWM); err != nil {
		k.closeSockets()
		return nil, fmt.Errorf("iopub high-water mark: %w", err)
	}
	for _, b := range []struct {
		name string
		s    zmq4.Socket
		port int
	}{{"shell", k.shell, ci.ShellPort}, {"control", k.control, ci.ControlPort}, {"stdin", k.stdin, ci.StdinPort}, {"iopub", k.iopub, ci.IOPubPort}, {"heartbeat", k.hb, ci.HBPort}} {
		if err := b.s.Listen(ci.Addr(b.port)); err != nil {
			k.closeSockets()
			return nil, fmt.Errorf("%s: %w", b.name, err)
		}
	}
	return k, nil
}

// SetEvaluator sets the evaluator that runs cells, or the error that
// prevented starting one (every cell then fails with it). Call it once.
func (k *Kernel) SetEvaluator(e Evaluator, err error) {
	k.eval, k.evalErr = e, err
	if e == nil && err == nil {
		k.evalErr = errors.New("no evaluator")
	}
	close(k.evalReady)
}

// evaluator waits for SetEvaluator.
func (k *Kernel) evaluator() (Evaluator, error) {
	select {
	case <-k.evalReady:
		return k.eval, k.evalErr
	case <-k.stopped:
		return nil, errors.New("kernel shutting down")
	}
}

// Close stops the evaluator (its process group and shared memory go
// with it) and closes the sockets. Call it after Serve returns.
func (k *Kernel) Close() error {
	k.Stop()
	var err error
	select {
	case <-k.evalReady:
		if k.eval != nil {
			err = k.eval.Close()
		}
	case <-time.After(30 * time.Second):
		err = errors.New("the evaluator was still starting; it may be left running")
	}
	k.closeSockets()
	return err
}

// OnOutput publishes one output event of the evaluator on IOPub, with the
// cell that produced it as parent. Pass it as evalproc.Options.OnOutput.
func (k *Kernel) OnOutput(o evalproc.Output) {
	parent := k.cellHeader(o.Cell)
	switch o.Kind {
	case "stream":
		k.publish(parent, "stream", streamContent{Name: o.Name, Text: o.Text})
	case "display":
		k.publish(parent, "display_data", displayContent{Data: orEmpty(o.Data), Metadata: orEmpty(o.Metadata), Transient: orEmpty(o.Transient)})
	case "update_display":
		k.publish(parent, "update_display_data", displayContent{Data: orEmpty(o.Data), Metadata: orEmpty(o.Metadata), Transient: orEmpty(o.Transient)})
	case "clear_output":
		k.publish(parent, "clear_output", map[string]any{"wait": o.Wait})
	default:
		k.logf("evaluator output of unknown kind %q dropped", o.Kind)
	}
}

type streamContent struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

type displayContent struct {
	Data      map[string]any `json:"data"`
	Metadata  map[string]any `json:"metadata"`
	Transient map[string]any `json:"transient"`
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func (k *Kernel) rememberCell(h *wire.Header) {
	k.cellsMu.Lock()
	defer k.cellsMu.Unlock()
	k.cells[h.MsgID] = h
	k.cellOrder = append(k.cellOrder, h.MsgID)
	if len(k.cellOrder) > rememberedCells {
		delete(k.cells, k.cellOrder[0])
		k.cellOrder = k.cellOrder[1:]
	}
}

// cellHeader is the header of the execute_request with msg_id id; nil
// (no parent) for a cell we no longer know.
func (k *Kernel) cellHeader(id string) *wire.Header {
	k.cellsMu.Lock()
	defer k.cellsMu.Unlock()
	return k.cells[id]
}

// Serve publishes status starting and serves until shutdown (a cell may
// still be running then: Close stops it). It returns whether a restart
// was requested.
func (k *Kernel) Serve() (restart bool) {
	go k.heartbeat()
	go k.readShell()
	go k.readStdin()
	go k.serveControl()
	go k.runShell()
	k.publish(nil, "status", statusContent{"starting"})
	<-k.stopped
	return k.restart.Load()
}

// Stop shuts the kernel down (as a shutdown_request without restart).
func (k *Kernel) Stop() {
	k.stopOnce.Do(func() { close(k.stopped) })
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			s.Close()
		}
	}
}

// heartbeat echoes every ping back to its sender (ROUTER echo: the
// identity frame routes it, so any number of clients work).
func (k *Kernel) heartbeat() {
	for {
		m, err := k.hb.Recv()
		if err != nil {
			return
		}
		if err := k.hb.SendMulti(m); err != nil {
			k.logf("heartbeat: %v", err)
		}
	}
}

// recv reads and verifies messages from a ROUTER socket, logging and
// dropping anything that is not a valid signed message.
func (k *Kernel) recv(channel string, s zmq4.Socket, handle func(*wire.Message)) {
	for {
		zm, err := s.Recv()
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return // socket closed
			}
			k.logf("%s: receive: %v", channel, err)
			continue
		}
		msg, err := k.signer.Decode(zm.Frames)
		if err != nil {
			k.logf("%s: message dropped: %v", channel, err)
			continue
		}
		// A captured message sent again must not run again; one history
		// for every channel, as jupyter_client's Session keeps.
		if !k.seen.Fresh(zm.Frames[len(msg.Identities)+1]) {
			k.logf("%s: %s dropped: duplicate signature (a message replayed)", channel, msg.Header.MsgType)
			continue
		}
		handle(msg)
	}
}

func (k *Kernel) readShell() {
	k.recv("shell", k.shell, func(m *wire.Message) {
		select {
		case k.shellIn <- m:
		case <-k.stopped:
		}
	})
}

func (k *Kernel) readStdin() {
	k.recv("stdin", k.stdin, func(m *wire.Message) {
		if m.Header.MsgType != "input_reply" {
			k.logf("stdin: unexpected %s dropped", m.Header.MsgType)
			return
		}
		k.inputMu.Lock()
		var ch chan string
		if m.Parent != nil {
			ch = k.inputWait[m.Parent.MsgID]
			delete(k.inputWait, m.Parent.MsgID)
		} else if len(k.inputWait) == 1 {
			// jupyter_client's KernelClient.input(), and so jupyter
			// console and the classic Notebook, reply with an empty
			// parent header; as ipykernel does, the reply answers the
			// one pending request.
			for id, c := range k.inputWait {
				ch = c
				delete(k.inputWait, id)
			}
		}
		k.inputMu.Unlock()
		if ch == nil {
			k.logf("stdin: input_reply to no pending input_request dropped")
			return
		}
		var c struct {
			Value string `json:"value"`
		}
		if err := json.Unmarshal(m.Content, &c); err != nil {
			k.logf("stdin: input_reply: %v", err)
		}
		ch <- c.Value
	})
}

// send signs msg and sends it on a ROUTER socket.
func (k *Kernel) send(s zmq4.Socket, mu *sync.Mutex, msg *wire.Message) {
	frames, err := k.signer.Encode(msg)
	if err != nil {
		k.logf("encode %s: %v", msg.Header.MsgType, err)
		return
	}
	mu.Lock()
	err = s.SendMulti(zmq4.NewMsgFrom(frames...))
	mu.Unlock()
	if err != nil {
		k.logf("send %s: %v", msg.Header.MsgType, err)
	}
}

// reply answers req on the socket it came from.
func (k *Kernel) reply(s zmq4.Socket, mu *sync.Mutex, req *wire.Message, msgType string, content any) {
	msg, err := wire.Reply(req, k.session, msgType, content)
	if err != nil {
		k.logf("%s: %v", msgType, err)
		return
	}
	k.send(s, mu, msg)
}

// publish sends an IOPub message; the topic frame is the message type,
// as ipykernel does (subscribers use "", so only its presence matters).
func (k *Kernel) publish(parent *wire.Header, msgType string, content any) {
	raw, err := json.Marshal(content)
	if err != nil {
		k.logf("%s: %v", msgType, err)
		return
	}
	username := ""
	if parent != nil {
		username = parent.Username
	}
	msg := &wire.Message{
		Identities: [][]byte{[]byte(msgType)},
		Header:     wire.NewHeader(msgType, k.session, username),
		Parent:     parent,
		Content:    raw,
	}
	frames, err := k.signer.Encode(msg)
	if err != nil {
		k.logf("encode %s: %v", msgType, err)
		return
	}
	k.pubMu.Lock()
	err = k.iopub.SendMulti(zmq4.NewMsgFrom(frames...))
	k.pubMu.Unlock()
	if err != nil {
		k.logf("iopub %s: %v", msgType, err)
	}
}

type statusContent struct {
	ExecutionState string `json:"execution_state"`
}

func (k *Kernel) busy(req *wire.Message) { k.publish(&req.Header, "status", statusContent{"busy"}) }
func (k *Kernel) idle(req *wire.Message) { k.publish(&req.Header, "status", statusContent{"idle"}) }
