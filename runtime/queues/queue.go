// Package queues passes values between the processes of a notebook
// session, like Python's multiprocessing.Queue, Pipe and Manager: a Queue
// for many producers and consumers, a Pipe for two ends that talk, and a
// Manager that keeps maps and lists every process can update.
//
// Each of them lives in the process that made it (usually the kernel) and
// works from any child process it is passed to, as an argument of
// processes.Start or Pool.Map. Values cross as JSON: a consumer gets what
// json.Unmarshal gives for an `any` (numbers as float64, objects as
// map[string]any) unless it asks for a type with GetInto or RecvInto.
//
//	q := queues.NewQueue(0)
//	p, _ := processes.Start(produce, q) // func produce(q *queues.Queue) { q.Put(42) }
//	v, err := q.Get()                   // 42.0
package queues

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// Queue is a first-in first-out queue shared by the processes of the
// session. The process that makes it keeps the items; the others reach it
// through a socket.
//
//	q := queues.NewQueue(10)
//	q.Put("hello")
//	v, err := q.Get() // "hello"
type Queue struct {
	h handle
}

// NewQueue makes a queue holding at most maxsize items (maxsize <= 0: no
// limit); Put waits while it is full.
//
//	q := queues.NewQueue(0)
func NewQueue(maxsize int) *Queue {
	c := newQueueCore(maxsize)
	return &Queue{h: handle{ref: register("Queue", c), local: c}}
}

// Put adds v at the end, waiting while the queue is full. v crosses as
// JSON: a func or chan cannot be put.
//
//	err := q.Put(map[string]int{"x": 1})
func (q *Queue) Put(v any) error { return q.put(v, -1) }

// PutTimeout is Put waiting at most d for room; then ErrTimeout.
//
//	err := q.PutTimeout(v, time.Second)
func (q *Queue) PutTimeout(v any, d time.Duration) error { return q.put(v, nonNegative(d)) }

func (q *Queue) put(v any, d time.Duration) error {
	raw, err := encode("put on a queue", v)
	if err != nil {
		return err
	}
	_, err = q.h.do(request{Op: "put", V: raw, Timeout: d})
	return err
}

// Get takes the first item, waiting for one. On a closed queue it returns
// the items left, then ErrClosed.
//
//	v, err := q.Get()
func (q *Queue) Get() (any, error) { return q.get(-1) }

// GetTimeout is Get waiting at most d; then ErrTimeout (0: don't wait).
//
//	v, err := q.GetTimeout(100 * time.Millisecond)
func (q *Queue) GetTimeout(d time.Duration) (any, error) { return q.get(nonNegative(d)) }

func (q *Queue) get(d time.Duration) (any, error) {
	raw, err := q.getRaw(d)
	if err != nil {
		return nil, err
	}
	return decodeAny(raw)
}

func (q *Queue) getRaw(d time.Duration) (json.RawMessage, error) {
	r, err := q.h.do(request{Op: "get", Timeout: d})
	return r.V, err
}

// GetInto is Get decoding the item into ptr (a pointer to the type you
// expect), so an int stays an int.
//
//	var n int
//	err := q.GetInto(&n)
func (q *Queue) GetInto(ptr any) error {
	raw, err := q.getRaw(-1)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, ptr); err != nil {
		return fmt.Errorf("queue item %s does not fit %T: %v (it was taken from the queue)", raw, ptr, err)
	}
	return nil
}

// Len is the number of items waiting (-1 if the queue's process is gone).
//
//	fmt.Println(q.Len())
func (q *Queue) Len() int {
	r, err := q.h.do(request{Op: "len"})
	if err != nil {
		return -1
	}
	return r.N
}

// Close closes the queue for every process: Put fails from now on, Get
// returns the items left and then ErrClosed (so consumers can stop).
//
//	q.Close()
func (q *Queue) Close() error {
	_, err := q.h.do(request{Op: "close"})
	return err
}

// String describes the queue.
//
//	fmt.Println(q) // Queue(3 items)
func (q *Queue) String() string { return fmt.Sprintf("Queue(%d items)", q.Len()) }

// MarshalJSON makes the queue cross to a child process by reference: it
// is what happens when it is an argument of processes.Start.
//
//	b, err := json.Marshal(q) // {"sock":...,"id":1,"kind":"Queue"}
func (q *Queue) MarshalJSON() ([]byte, error) { return q.h.marshal() }

// UnmarshalJSON attaches to the queue in the process that owns it.
//
//	var q queues.Queue
//	err := json.Unmarshal(b, &q)
func (q *Queue) UnmarshalJSON(b []byte) error { return q.h.unmarshal(b, "Queue") }

func nonNegative(d time.Duration) time.Duration {
	if d < 0 {
		return 0
	}
	return d
}

// queueCore holds a queue's items in its owning process.
type queueCore struct {
	mu      sync.Mutex
	items   []json.RawMessage
	max     int
	closed  bool
	changed chan struct{} // closed and replaced at every change
}

func newQueueCore(max int) *queueCore {
	return &queueCore{max: max, changed: make(chan struct{})}
}

// wake tells waiters that something changed; q.mu is held.
func (q *queueCore) wake() {
	close(q.changed)
	q.changed = make(chan struct{})
}

func (q *queueCore) serve(req request, cancel <-chan struct{}) (response, error) {
	switch req.Op {
	case "put":
		return response{}, q.wait(req.Timeout, cancel, func() (bool, error) {
			if q.closed {
				return true, ErrClosed
			}
			if q.max > 0 && len(q.items) >= q.max {
				return false, nil
			}
			q.items = append(q.items, req.V)
			return true, nil
		})
	case "get":
		var v json.RawMessage
		err := q.wait(req.Timeout, cancel, func() (bool, error) {
			if len(q.items) > 0 {
				v = q.items[0]
				q.items[0] = nil
				q.items = q.items[1:]
				return true, nil
			}
			if q.closed {
				return true, ErrClosed
			}
			return false, nil
		})
		return response{V: v}, err
	case "len":
		q.mu.Lock()
		defer q.mu.Unlock()
		return response{N: len(q.items)}, nil
	case "close":
		q.mu.Lock()
		defer q.mu.Unlock()
		if !q.closed {
			q.closed = true
			q.wake()
		}
		return response{}, nil
	}
	return response{}, fmt.Errorf("unknown queue operation %q", req.Op)
}

// wait runs try (under q.mu) until it is done, the timeout passes (<0:
// never) or the client goes away.
func (q *queueCore) wait(d time.Duration, cancel <-chan struct{}, try func() (bool, error)) error {
	var timeout <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	for {
		q.mu.Lock()
		done, err := try()
		if done {
			q.wake()
			q.mu.Unlock()
			return err
		}
		ch := q.changed
		q.mu.Unlock()
		if d == 0 {
			return ErrTimeout
		}
		select {
		case <-ch:
		case <-timeout:
			return ErrTimeout
		case <-cancel:
			return errGone
		}
	}
}

// unget puts back an item taken for a client that went away before
// receiving it, so nothing is lost.
func (q *queueCore) unget(req request, resp response) {
	if req.Op != "get" || resp.V == nil {
		return
	}
	q.mu.Lock()
	q.items = append([]json.RawMessage{resp.V}, q.items...)
	q.wake()
	q.mu.Unlock()
}

// Conn is one end of a Pipe.
//
//	a, b := queues.Pipe()
//	a.Send("ping")
//	v, err := b.Recv() // "ping"
type Conn struct {
	send, recv Queue
}

// Pipe makes a two-way connection: what one end sends the other receives,
// in order. Pass an end to a child process as an argument.
//
//	parent, child := queues.Pipe()
//	p, _ := processes.Start(worker, child) // func worker(c *queues.Conn)
//	parent.Send(21)
//	v, _ := parent.Recv()
func Pipe() (a, b *Conn) {
	ab, ba := NewQueue(0), NewQueue(0)
	return &Conn{send: *ab, recv: *ba}, &Conn{send: *ba, recv: *ab}
}

// Send sends v to the other end (as JSON).
//
//	err := c.Send([]int{1, 2, 3})
func (c *Conn) Send(v any) error {
	if err := c.send.Put(v); err != nil {
		if err == ErrClosed {
			return fmt.Errorf("cannot send: the pipe is closed (%w)", ErrClosed)
		}
		return err
	}
	return nil
}

// Recv waits for the next value from the other end; ErrClosed once the
// other end is closed and everything it sent has been received.
//
//	v, err := c.Recv()
func (c *Conn) Recv() (any, error) { return c.recv.Get() }

// RecvTimeout is Recv waiting at most d; then ErrTimeout.
//
//	v, err := c.RecvTimeout(time.Second)
func (c *Conn) RecvTimeout(d time.Duration) (any, error) { return c.recv.GetTimeout(d) }

// RecvInto is Recv decoding into ptr.
//
//	var n int
//	err := c.RecvInto(&n)
func (c *Conn) RecvInto(ptr any) error { return c.recv.GetInto(ptr) }

// Close closes the pipe from this end: the other end receives what was
// sent, then ErrClosed; sending from either end fails from now on.
//
//	c.Close()
func (c *Conn) Close() error {
	err := c.send.Close()
	if rerr := c.recv.Close(); err == nil {
		err = rerr
	}
	return err
}

type connRef struct {
	Send json.RawMessage `json:"send"`
	Recv json.RawMessage `json:"recv"`
}

// MarshalJSON makes the end cross to a child process by reference.
//
//	b, err := json.Marshal(c)
func (c *Conn) MarshalJSON() ([]byte, error) {
	s, err := c.send.MarshalJSON()
	if err != nil {
		return nil, err
	}
	r, err := c.recv.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(connRef{Send: s, Recv: r})
}

// UnmarshalJSON attaches to the pipe.
//
//	var c queues.Conn
//	err := json.Unmarshal(b, &c)
func (c *Conn) UnmarshalJSON(b []byte) error {
	var r connRef
	if err := json.Unmarshal(b, &r); err != nil {
		return fmt.Errorf("not a pipe end: %v", err)
	}
	if err := c.send.UnmarshalJSON(r.Send); err != nil {
		return err
	}
	return c.recv.UnmarshalJSON(r.Recv)
}
