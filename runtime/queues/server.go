package queues

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"gokernel/runtime/session"
)

// Every Queue, Conn end, SharedMap and SharedList lives in the process
// that created it. That process serves them all on one unix socket; a
// value that crossed to another process (as JSON: the socket path and an
// id) sends its operations there. In the owning process they run
// directly.

// ref is what crosses to another process.
type ref struct {
	Sock string `json:"sock"`
	ID   uint64 `json:"id"`
	Kind string `json:"kind"`
}

// request is one operation on a served object.
type request struct {
	Op      string          `json:"op"`
	ID      uint64          `json:"id"`
	V       json.RawMessage `json:"v,omitempty"`
	Key     string          `json:"key,omitempty"`
	Index   int             `json:"index,omitempty"`
	Delta   float64         `json:"delta,omitempty"`
	Timeout time.Duration   `json:"timeout,omitempty"` // <0: wait forever; 0: don't wait
}

type response struct {
	V    json.RawMessage `json:"v,omitempty"`
	N    int             `json:"n,omitempty"`
	Keys []string        `json:"keys,omitempty"`
	Code string          `json:"code,omitempty"` // a sentinel error (see codes)
	Err  string          `json:"err,omitempty"`
}

var (
	// ErrClosed is returned by Get on a closed queue that is empty (Recv
	// on a pipe whose other end is closed), and by Put on a closed queue.
	//
	//	if errors.Is(err, queues.ErrClosed) { return } // no more work
	ErrClosed = errors.New("the queue is closed")
	// ErrTimeout is returned when there is nothing to get (or no room to
	// put) within the time given.
	//
	//	v, err := q.GetTimeout(time.Second) // errors.Is(err, queues.ErrTimeout)
	ErrTimeout = errors.New("timed out")
	// ErrNoKey is returned by Get of a key the shared map does not have.
	//
	//	v, err := d.Get("nobody") // errors.Is(err, queues.ErrNoKey)
	ErrNoKey = errors.New("no such key in the shared map")
	// ErrRange is returned for an index outside the shared list.
	//
	//	v, err := l.Get(99) // errors.Is(err, queues.ErrRange)
	ErrRange = errors.New("index out of range of the shared list")
	// errGone: the client went away while waiting.
	errGone = errors.New("client gone")
	errZero = errors.New("a zero Queue, Conn, SharedMap or SharedList cannot be used: make it with queues.NewQueue, queues.Pipe or a Manager")
)

var codes = map[string]error{"closed": ErrClosed, "timeout": ErrTimeout, "nokey": ErrNoKey, "range": ErrRange}

func toResponse(r response, err error) response {
	if err == nil {
		return r
	}
	for c, e := range codes {
		if errors.Is(err, e) {
			r.Code, r.Err = c, err.Error()
			return r
		}
	}
	r.Err = err.Error()
	return r
}

func (r response) err() error {
	if r.Code != "" {
		if e, ok := codes[r.Code]; ok {
			if r.Err != e.Error() {
				return fmt.Errorf("%w: %s", e, trimPrefix(r.Err, e.Error()+": "))
			}
			return e
		}
	}
	if r.Err != "" {
		return errors.New(r.Err)
	}
	return nil
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

// object is something served: it answers requests. cancel closes when
// the asking client goes away, so a blocked Get cannot take an item for
// nobody.
type object interface {
	serve(req request, cancel <-chan struct{}) (response, error)
}

// server is this process's one server.
var server struct {
	sync.Mutex
	objects map[uint64]object
	nextID  uint64
	sock    string
	ln      net.Listener
}

// register adds a local object and returns its reference (the socket is
// named now but opened only when a reference first crosses).
func register(kind string, o object) ref {
	server.Lock()
	defer server.Unlock()
	if server.objects == nil {
		server.objects = map[uint64]object{}
		server.sock = socketPath()
	}
	server.nextID++
	server.objects[server.nextID] = o
	return ref{Sock: server.sock, ID: server.nextID, Kind: kind}
}

// socketPath names this process's socket after the session's shared
// memory, in /dev/shm when there is one, so that the kernel's cleanup of
// the session's segments removes it too if this process dies.
func socketPath() string {
	dir := "/dev/shm"
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		dir = os.TempDir()
	}
	p := filepath.Join(dir, session.ShmPrefix()+"queues-"+strconv.Itoa(os.Getpid())+".sock")
	if len(p) > 100 { // a unix socket path has at most 107 bytes
		p = filepath.Join(os.TempDir(), "gokernel-queues-"+strconv.Itoa(os.Getpid())+".sock")
	}
	return p
}

func localObject(r ref) object {
	server.Lock()
	defer server.Unlock()
	if r.Sock != server.sock {
		return nil
	}
	return server.objects[r.ID]
}

// listen opens the socket on first need.
func listen() error {
	server.Lock()
	defer server.Unlock()
	if server.ln != nil {
		return nil
	}
	os.Remove(server.sock) // left by an earlier process with our pid
	ln, err := net.Listen("unix", server.sock)
	if err != nil {
		return fmt.Errorf("cannot share queues with other processes: %v", err)
	}
	// /dev/shm is open to every user: only this user's processes may
	// connect, whatever the umask made of the socket's mode (accept also
	// checks the peer, for a connection made before the chmod).
	if err := os.Chmod(server.sock, 0o600); err != nil {
		ln.Close()
		os.Remove(server.sock)
		return fmt.Errorf("cannot share queues with other processes: %v", err)
	}
	server.ln = ln
	session.Track("gokernel/runtime/queues: server", func() {
		server.Lock()
		defer server.Unlock()
		ln.Close()
		os.Remove(server.sock)
		server.ln = nil // the next crossing listens again
	})
	go accept(ln)
	return nil
}

func accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		if !sameUser(c) {
			c.Close()
			continue
		}
		go serveConn(c)
	}
}

// sameUser reports whether the process at the other end of c runs as
// this process's user (SO_PEERCRED).
func sameUser(c net.Conn) bool {
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return false
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return false
	}
	var cred *syscall.Ucred
	var credErr error
	if err := raw.Control(func(fd uintptr) {
		cred, credErr = syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
	}); err != nil || credErr != nil {
		return false
	}
	return int(cred.Uid) == os.Getuid()
}

func serveConn(c net.Conn) {
	defer c.Close()
	reqs := make(chan request)
	gone := make(chan struct{}) // the client closed its end
	quit := make(chan struct{}) // we stopped serving it
	defer close(quit)
	go func() {
		defer close(gone)
		dec := json.NewDecoder(bufio.NewReader(c))
		for {
			var r request
			if err := dec.Decode(&r); err != nil {
				return
			}
			select {
			case reqs <- r:
			case <-quit:
				return
			}
		}
	}()
	w := bufio.NewWriter(c)
	enc := json.NewEncoder(w)
	for {
		var req request
		select {
		case req = <-reqs:
		case <-gone:
			return
		}
		server.Lock()
		o := server.objects[req.ID]
		server.Unlock()
		var resp response
		if o == nil {
			resp = response{Err: fmt.Sprintf("no shared object %d in process %d", req.ID, os.Getpid())}
		} else {
			r, err := o.serve(req, gone)
			if errors.Is(err, errGone) {
				return
			}
			resp = toResponse(r, err)
		}
		err := enc.Encode(resp)
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			// The client went away after we took an item for it.
			if u, ok := o.(interface{ unget(request, response) }); ok {
				u.unget(req, resp)
			}
			return
		}
	}
}

// handle is how a value reaches its object: directly in the owning
// process, over the socket elsewhere.
type handle struct {
	ref   ref
	local object
}

func (h *handle) do(req request) (response, error) {
	req.ID = h.ref.ID
	if h.local != nil {
		return h.local.serve(req, nil)
	}
	if h.ref.Sock == "" {
		return response{}, errZero
	}
	c, err := getConn(h.ref.Sock)
	if err != nil {
		return response{}, fmt.Errorf("cannot reach the process that owns this %s (it may have ended): %v", h.ref.Kind, err)
	}
	if err := c.enc.Encode(req); err == nil {
		err = c.w.Flush()
	}
	var resp response
	if err == nil {
		err = c.dec.Decode(&resp)
	}
	if err != nil {
		c.conn.Close()
		return response{}, fmt.Errorf("lost the process that owns this %s (it may have ended): %v", h.ref.Kind, err)
	}
	putConn(h.ref.Sock, c)
	return resp, resp.err()
}

func (h *handle) marshal() ([]byte, error) {
	if h.ref.Sock == "" {
		return nil, errZero
	}
	if h.local != nil {
		if err := listen(); err != nil {
			return nil, err
		}
	}
	return json.Marshal(h.ref)
}

func (h *handle) unmarshal(b []byte, kind string) error {
	var r ref
	if err := json.Unmarshal(b, &r); err != nil {
		return fmt.Errorf("not a %s reference: %v", kind, err)
	}
	if r.Kind != kind || r.Sock == "" {
		return fmt.Errorf("not a %s reference: %s", kind, b)
	}
	h.ref, h.local = r, localObject(r)
	return nil
}

type clientConn struct {
	conn net.Conn
	w    *bufio.Writer
	enc  *json.Encoder
	dec  *json.Decoder
}

// Idle connections per socket: a blocked Get holds its own, so other
// goroutines of the process are not stuck behind it.
var idle = struct {
	sync.Mutex
	m map[string][]*clientConn
}{m: map[string][]*clientConn{}}

func getConn(sock string) (*clientConn, error) {
	idle.Lock()
	if cs := idle.m[sock]; len(cs) > 0 {
		c := cs[len(cs)-1]
		idle.m[sock] = cs[:len(cs)-1]
		idle.Unlock()
		return c, nil
	}
	idle.Unlock()
	conn, err := net.Dial("unix", sock)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(conn)
	return &clientConn{conn: conn, w: w, enc: json.NewEncoder(w), dec: json.NewDecoder(bufio.NewReader(conn))}, nil
}

func putConn(sock string, c *clientConn) {
	idle.Lock()
	idle.m[sock] = append(idle.m[sock], c)
	idle.Unlock()
}

// encode turns a value into JSON, saying what cannot cross.
func encode(what string, v any) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("cannot %s a %T: values cross between processes as JSON (%v)", what, v, err)
	}
	return b, nil
}

func decodeAny(raw json.RawMessage) (any, error) {
	var v any
	if len(raw) == 0 {
		return nil, nil
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	return v, nil
}
