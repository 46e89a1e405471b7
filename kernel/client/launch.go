package client

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"gokernel/kernel/wire"
)

// LaunchOptions say how to start a kernel process.
type LaunchOptions struct {
	// Dir holds the connection file (default os.TempDir()).
	Dir string
	// Env is added to the kernel's environment.
	Env []string
	// Stdout and Stderr receive the kernel process's own output
	// (default: discarded and os.Stderr).
	Stdout, Stderr io.Writer
	// Unsigned writes an empty key: messages are not signed, which
	// Jupyter allows (for tests of that mode).
	Unsigned bool
	// IPC uses the ipc transport (Unix sockets named after a path in
	// Dir) instead of TCP ports on 127.0.0.1.
	IPC bool
}

// launched is a kernel process started by Launch.
type launched struct {
	argv     []string
	opts     LaunchOptions
	connFile string
	cmd      *exec.Cmd
	done     chan struct{} // closed when the process has exited
	err      error         // exit status, valid after done

	stopWatch func() // ends watchPorts (idempotent)
	mu        sync.Mutex
	takenPort int // a port watchPorts found held by another process
}

// Launch starts a kernel as Jupyter does: it writes a connection file with
// free TCP ports on 127.0.0.1 and a random key, replaces {connection_file}
// in argv with its path, starts the process, connects and waits until
// the kernel answers (WaitReady). Close shuts it down and removes the file.
//
//	c, err := client.Launch(ctx, []string{"gokernel", "-f", "{connection_file}"}, client.LaunchOptions{})
func Launch(ctx context.Context, argv []string, opts LaunchOptions) (*Client, error) {
	if len(argv) == 0 {
		return nil, errors.New("client: Launch: empty command")
	}
	// A port chosen free can be taken by another process before the kernel
	// binds it (jupyter_client has the same race); the kernel then exits
	// at once. Then try again with other ports.
	var err error
	for range launchAttempts {
		var c *Client
		c, err = launchOnce(ctx, argv, opts)
		if err == nil {
			// The client can also reach another kernel's socket of the
			// same type on a port its own kernel could not bind: then
			// its kernel exits before answering.
			err = c.WaitReady(ctx)
			c.proc.stopWatch()
			if err == nil {
				return c, nil
			}
			exited := c.exited() != nil
			c.Close()
			if !exited {
				return nil, err
			}
			err = fmt.Errorf("%w (%v)", errExitedEarly, c.proc.why(err))
		}
		if !errors.Is(err, errExitedEarly) && !errors.Is(err, errPortTaken) {
			return nil, err
		}
	}
	return nil, err
}

const launchAttempts = 3

// exitWait is how long a kernel that could not be reached has to exit,
// for the launch to count as the port race and be tried again.
const exitWait = 2 * time.Second

// errExitedEarly: the kernel ended before the client could connect.
var errExitedEarly = errors.New("client: the kernel exited before it could be reached")

// errPortTaken: the client reached something other than the kernel on
// one of its ports.
var errPortTaken = errors.New("client: a kernel port was held by another process")

// reachedAnotherSocket tells a connection that reached a peer but failed
// at the ZMTP greeting (zmq4 words it so, with no error type to match)
// from a dial that found nothing listening.
func reachedAnotherSocket(err error) bool {
	return strings.Contains(err.Error(), "could not open a ZMTP connection")
}

func launchOnce(ctx context.Context, argv []string, opts LaunchOptions) (*Client, error) {
	ci, err := freeConnection()
	if err != nil {
		return nil, err
	}
	if opts.Unsigned {
		ci.Key = ""
	}
	dir := opts.Dir
	if dir == "" {
		dir = os.TempDir()
	}
	id := uuid.NewString()
	if opts.IPC {
		// As jupyter_client does: the sockets are IP-1, IP-2, ...
		ci.Transport, ci.IP = "ipc", filepath.Join(dir, "kernel-"+id+"-ipc")
		ci.ShellPort, ci.IOPubPort, ci.StdinPort, ci.ControlPort, ci.HBPort = 1, 2, 3, 4, 5
	}
	data, _ := json.MarshalIndent(ci, "", "  ")
	connFile := filepath.Join(dir, "kernel-"+id+".json")
	if err := os.WriteFile(connFile, data, 0o600); err != nil {
		return nil, fmt.Errorf("client: connection file: %w", err)
	}
	p := &launched{argv: argv, opts: opts, connFile: connFile}
	if err := p.start(); err != nil {
		os.Remove(connFile)
		return nil, err
	}
	stop := make(chan struct{})
	p.stopWatch = sync.OnceFunc(func() { close(stop) })
	if !opts.IPC {
		go p.watchPorts([]int{ci.ShellPort, ci.IOPubPort, ci.StdinPort, ci.ControlPort, ci.HBPort}, stop)
	}
	type connected struct {
		c   *Client
		err error
	}
	ch := make(chan connected, 1)
	go func() {
		c, err := Connect(ci)
		ch <- connected{c, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			p.stopWatch()
			// The other side of that race: the client reached whatever
			// holds a port (a reset, or another kernel's socket at the
			// ZMTP greeting) while the kernel, which could not bind it,
			// exits, in its own time: a Python kernel can take seconds
			// under load. Such a kernel can never be reached on these
			// ports, so it is stopped and the launch tried again.
			select {
			case <-p.done:
				os.Remove(connFile)
				return nil, fmt.Errorf("%w (%v; %v)", errExitedEarly, p.err, r.err)
			case <-time.After(exitWait):
			}
			p.kill()
			os.Remove(connFile)
			if reachedAnotherSocket(r.err) {
				return nil, fmt.Errorf("%w: %w", errPortTaken, r.err)
			}
			return nil, r.err
		}
		r.c.proc = p
		return r.c, nil
	case <-p.done:
		p.stopWatch()
		go func() { // Connect gives up on its own
			if r := <-ch; r.c != nil {
				r.c.Close()
			}
		}()
		os.Remove(connFile)
		return nil, fmt.Errorf("%w (%v)", errExitedEarly, p.why(p.err))
	}
}

func (p *launched) start() error {
	args := make([]string, len(p.argv))
	for i, a := range p.argv {
		args[i] = strings.ReplaceAll(a, "{connection_file}", p.connFile)
	}
	cmd := exec.Command(args[0], args[1:]...)
	// JPY_PARENT_PID, as jupyter_client sets it: the kernel shuts down
	// when this process is gone, even if it is killed.
	cmd.Env = append(append(os.Environ(), "JPY_PARENT_PID="+strconv.Itoa(os.Getpid())), p.opts.Env...)
	cmd.Stdout = p.opts.Stdout
	cmd.Stderr = p.opts.Stderr
	if cmd.Stderr == nil {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("client: start kernel: %w", err)
	}
	p.cmd = cmd
	p.done = make(chan struct{})
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	return nil
}

// why is err, or that the kernel was stopped because another process
// held one of its ports.
func (p *launched) why(err error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.takenPort != 0 {
		return fmt.Errorf("stopped: port %d is held by another process", p.takenPort)
	}
	return err
}

func (p *launched) kill() {
	p.cmd.Process.Kill()
	<-p.done
}

// stop asks a running kernel to shut down and kills it if it does not
// exit within a few seconds; then removes the connection file.
func (p *launched) stop(c *Client) error {
	defer os.Remove(p.connFile)
	select {
	case <-p.done:
		return nil
	default:
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	c.Shutdown(ctx, false)
	select {
	case <-p.done:
		return nil
	case <-time.After(3 * time.Second):
		p.kill()
		return errors.New("client: kernel did not exit after shutdown_request; killed")
	}
}

// Restart restarts a launched kernel as jupyter_client does: a
// shutdown_request with restart=true, then a new process on the same
// connection file. It returns a client of the new kernel (ready) and
// closes c.
func (c *Client) Restart(ctx context.Context) (*Client, error) {
	p := c.proc
	if p == nil {
		return nil, errors.New("client: Restart needs a kernel started by Launch")
	}
	sctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	c.Shutdown(sctx, true)
	cancel()
	select {
	case <-p.done:
	case <-time.After(5 * time.Second):
		p.kill()
	}
	c.proc = nil
	c.Close()
	np := &launched{argv: p.argv, opts: p.opts, connFile: p.connFile}
	if err := np.start(); err != nil {
		os.Remove(p.connFile)
		return nil, err
	}
	nc, err := Connect(c.ci)
	if err != nil {
		np.kill()
		os.Remove(p.connFile)
		return nil, err
	}
	nc.proc = np
	if err := nc.WaitReady(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return nc, nil
}

// freeConnection picks five free loopback ports and a random key. The
// ports are free when picked; like Jupyter, we accept the small chance
// that another process takes one before the kernel binds it.
func freeConnection() (wire.ConnectionInfo, error) {
	var ports [5]int
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return wire.ConnectionInfo{}, fmt.Errorf("client: no free port: %w", err)
		}
		ls = append(ls, l)
		ports[i] = l.Addr().(*net.TCPAddr).Port
	}
	key := make([]byte, 32)
	rand.Read(key)
	return wire.ConnectionInfo{
		Transport: "tcp", IP: "127.0.0.1",
		ShellPort: ports[0], IOPubPort: ports[1], StdinPort: ports[2], ControlPort: ports[3], HBPort: ports[4],
		Key: hex.EncodeToString(key), SignatureScheme: "hmac-sha256", KernelName: "gokernel",
	}, nil
}
