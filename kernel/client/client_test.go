package client

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/wire"
)

// The client is tested against the reference kernel, ipykernel, so that
// its protocol handling does not depend on gokernel's. gokernel itself is
// tested through this client in kernel/server.
func launchIPyKernel(t *testing.T) *Client {
	t.Helper()
	if exec.Command("/usr/bin/python3", "-c", "import ipykernel").Run() != nil {
		t.Skip("ipykernel is not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := Launch(ctx, []string{"/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"}, LaunchOptions{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestIPyKernel(t *testing.T) {
	c := launchIPyKernel(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	info, err := c.KernelInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info["implementation"] != "ipython" {
		t.Errorf("implementation = %v", info["implementation"])
	}
	if err := c.Heartbeat(ctx); err != nil {
		t.Errorf("heartbeat: %v", err)
	}

	res, err := c.Execute(ctx, "print('hello')\n6*7", ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "ok" || res.Stdout != "hello\n" || res.Text() != "42" || res.ExecutionCount != 1 {
		t.Errorf("execute: status %q stdout %q result %q count %d", res.Status, res.Stdout, res.Text(), res.ExecutionCount)
	}
	if first := res.IOPub[0]; first.Header.MsgType != "status" {
		t.Errorf("first IOPub message %s, want status busy", first.Header.MsgType)
	}

	res, err = c.Execute(ctx, "x = input('name? ')\nprint('hi', x)", ExecOptions{
		Input: func(prompt string, password bool) (string, error) {
			if prompt != "name? " {
				t.Errorf("prompt %q", prompt)
			}
			return "gopher", nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stdout != "hi gopher\n" {
		t.Errorf("input round trip: stdout %q", res.Stdout)
	}

	// stop_on_error=false: ipykernel otherwise aborts requests that reach it
	// shortly after an error, which on a loaded machine includes the next.
	res, err = c.Execute(ctx, "1/0", ExecOptions{ContinueOnError: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "error" || res.Error == nil || res.Error.Ename != "ZeroDivisionError" {
		t.Errorf("error reply: %+v", res.Error)
	}

	// Interrupt a sleeping cell through the control channel.
	tap := c.Tap()
	call, err := c.SendExecute("import time\nprint('started', flush=True)\ntime.sleep(60)", ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer tap.Close()
	for { // wait until the cell runs (an earlier SIGINT could be lost)
		m, err := tap.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.Parent == nil || m.Parent.MsgID != call.ID {
			continue
		}
		if m.Header.MsgType == "stream" {
			break
		}
		if m.Header.MsgType == "status" && strings.Contains(string(m.Content), "idle") {
			t.Fatal("the sleeping cell ended before it printed (aborted?)")
		}
	}
	// A loaded CI machine once saw ipykernel keep sleeping after an
	// interrupt_reply (its SIGINT lost): interrupt again, as a user would.
	var reply *wire.Message
	var pub []*wire.Message
	for try := 0; ; try++ {
		if err := c.Interrupt(ctx); err != nil {
			t.Fatal(err)
		}
		wait, cancelWait := context.WithTimeout(ctx, 10*time.Second)
		reply, pub, err = call.Wait(wait, nil, nil)
		cancelWait()
		if err == nil {
			break
		}
		if try == 2 || ctx.Err() != nil {
			t.Fatal(err)
		}
	}
	call.Close()
	if r := Summarize(reply, pub); r.Error == nil || r.Error.Ename != "KeyboardInterrupt" {
		t.Errorf("interrupted cell: %+v", r.Error)
	}

	c2, err := c.Restart(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c2.Close() })
	res, err = c2.Execute(ctx, "'x' in dir()", ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text(), "False") {
		t.Errorf("after restart x still defined: %q", res.Text())
	}
	if err := c2.Close(); err != nil {
		t.Error(err)
	}
	if c2.Process().Signal(nil) == nil {
		// Signal(nil) would fail on an exited, waited-for process.
		t.Error("kernel still running after Close")
	}
}

// A kernel that cannot use the ports it was given (another process took
// one between choosing and binding it) is launched again with other
// ports, whatever the client reached meanwhile: nothing, a reset, a
// socket of the wrong type, or another kernel's sockets. One that always
// exits is reported as such.
func TestLaunchRetriesAKernelThatExitsAtOnce(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "import ipykernel").Run() != nil {
		t.Skip("ipykernel is not installed: apt-get install python3-ipykernel")
	}
	dir := t.TempDir()
	mark := dir + "/first-start-done"
	// The first start fails; the second is a real kernel.
	script := `if [ ! -e "$1" ]; then touch "$1"; exit 3; fi; exec /usr/bin/python3 -m ipykernel_launcher -f "$0"`
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	c, err := Launch(ctx, []string{"/bin/sh", "-c", script, "{connection_file}", mark}, LaunchOptions{Dir: dir})
	if err != nil {
		t.Fatalf("Launch after one failed start: %v", err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if info, err := c.KernelInfo(ctx); err != nil || info["implementation"] != "ipython" {
		t.Fatalf("kernel_info after the retry: %v %v", info, err)
	}

	// The same race seen from the client: it reaches what took the port
	// (here a listener that resets every connection) before the kernel,
	// which could not bind it, exits.
	mark2 := dir + "/first-reset-done"
	resetter := `import json, socket, struct, sys, threading, time
ci = json.load(open(sys.argv[1]))
def serve(s):
    while True:
        c, _ = s.accept()
        c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        c.close()
for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"):
    s = socket.socket()
    s.bind(("127.0.0.1", ci[k]))
    s.listen(8)
    threading.Thread(target=serve, args=(s,), daemon=True).start()
time.sleep(0.5)
sys.exit(3)`
	script2 := `if [ ! -e "$1" ]; then touch "$1"; exec /usr/bin/python3 -c "$2" "$0"; fi; exec /usr/bin/python3 -m ipykernel_launcher -f "$0"`
	c2, err := Launch(ctx, []string{"/bin/sh", "-c", script2, "{connection_file}", mark2, resetter}, LaunchOptions{Dir: dir})
	if err != nil {
		t.Fatalf("Launch after a start whose ports reset: %v", err)
	}
	defer c2.Close()
	if err := c2.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}

	// As seen in CI: the port was taken by another kernel's socket (here
	// an IOPub PUB on the heartbeat port), and the kernel that could not
	// bind it is slow to exit (here: never).
	mark3 := dir + "/first-taken-done"
	taker := `import json, sys, time, zmq
ci = json.load(open(sys.argv[1]))
pub = zmq.Context().socket(zmq.PUB)
pub.bind("tcp://127.0.0.1:%d" % ci["hb_port"])
time.sleep(120)`
	script3 := `if [ ! -e "$1" ]; then touch "$1"; exec /usr/bin/python3 -c "$2" "$0"; fi; exec /usr/bin/python3 -m ipykernel_launcher -f "$0"`
	c3, err := Launch(ctx, []string{"/bin/sh", "-c", script3, "{connection_file}", mark3, taker}, LaunchOptions{Dir: dir})
	if err != nil {
		t.Fatalf("Launch after a start whose port another socket held: %v", err)
	}
	defer c3.Close()
	if err := c3.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}

	// Another process's sockets of the same types took every port: the
	// client connects to them, and the kernel exits without answering.
	mark4 := dir + "/first-impostor-done"
	impostor := `import json, sys, time, zmq
ci = json.load(open(sys.argv[1]))
z, held = zmq.Context(), []
for k, t in (("shell_port", zmq.ROUTER), ("iopub_port", zmq.PUB), ("stdin_port", zmq.ROUTER), ("control_port", zmq.ROUTER), ("hb_port", zmq.REP)):
    held.append(z.socket(t))
    held[-1].bind("tcp://127.0.0.1:%d" % ci[k])
time.sleep(10)`
	script4 := `if [ ! -e "$1" ]; then touch "$1"; /usr/bin/python3 -c "$2" "$0" >/dev/null 2>&1 & sleep 3; exit 3; fi; exec /usr/bin/python3 -m ipykernel_launcher -f "$0"`
	c4, err := Launch(ctx, []string{"/bin/sh", "-c", script4, "{connection_file}", mark4, impostor}, LaunchOptions{Dir: dir})
	if err != nil {
		t.Fatalf("Launch after a start whose ports another kernel held: %v", err)
	}
	defer c4.Close()
	if err := c4.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if info, err := c4.KernelInfo(ctx); err != nil || info["implementation"] != "ipython" {
		t.Fatalf("kernel_info after the retry: %v %v", info, err)
	}

	// As seen in CI: another kernel holds the IOPub and heartbeat ports,
	// and the real kernel, which could not bind IOPub, never exits and
	// never answers (ipykernel 6.17 hangs so), while the client connects
	// to all five ports. The taker is not the kernel's child.
	mark5 := dir + "/first-hang-done"
	taker2 := `import json, sys, time, zmq
ci = json.load(open(sys.argv[1]))
z = zmq.Context()
pub, rep = z.socket(zmq.PUB), z.socket(zmq.REP)
pub.bind("tcp://127.0.0.1:%d" % ci["iopub_port"])
rep.bind("tcp://127.0.0.1:%d" % ci["hb_port"])
time.sleep(60)`
	script5 := `if [ ! -e "$1" ]; then touch "$1"; (/usr/bin/python3 -c "$2" "$0" >/dev/null 2>&1 &); sleep 1; fi; exec /usr/bin/python3 -m ipykernel_launcher -f "$0"`
	c5, err := Launch(ctx, []string{"/bin/sh", "-c", script5, "{connection_file}", mark5, taker2}, LaunchOptions{Dir: dir})
	if err != nil {
		t.Fatalf("Launch after a start that hung on a taken IOPub port: %v", err)
	}
	defer c5.Close()
	if _, err := os.Stat(mark5); err != nil {
		t.Fatal("the hanging start did not run")
	}
	if info, err := c5.KernelInfo(ctx); err != nil || info["implementation"] != "ipython" {
		t.Fatalf("kernel_info after the retry: %v %v", info, err)
	}

	_, err = Launch(ctx, []string{"/bin/sh", "-c", "exit 3", "{connection_file}"}, LaunchOptions{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "exited") || !strings.Contains(err.Error(), "exit status 3") {
		t.Fatalf("Launch of a kernel that always exits: %v", err)
	}
}
