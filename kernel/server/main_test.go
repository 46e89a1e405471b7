package server_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/wire"
)

// kernelBin is the gokernel binary under test, built once by TestMain.
var kernelBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gokernel-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	kernelBin, err = buildKernel(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildKernel builds the real command.
func buildKernel(dir string) (string, error) {
	bin := filepath.Join(dir, "gokernel")
	if out, err := exec.Command("go", "build", "-o", bin, "gokernel").CombinedOutput(); err != nil {
		return "", fmt.Errorf("build gokernel: %v\n%s", err, out)
	}
	return bin, nil
}

// logBuffer collects the kernel's stderr (its log) for assertions.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// kernel is a launched gokernel process with a connected client.
type kernel struct {
	*client.Client
	log *logBuffer
}

func startKernel(t *testing.T) *kernel {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	logs := &logBuffer{}
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"}, client.LaunchOptions{Dir: t.TempDir(), Stderr: logs})
	if err != nil {
		t.Fatal(err)
	}
	k := &kernel{Client: c, log: logs}
	t.Cleanup(func() {
		k.Close()
		if t.Failed() {
			t.Logf("kernel log:\n%s", logs.String())
		}
	})
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	return k
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// run executes code and fails the test on transport errors.
func run(t *testing.T, c *client.Client, code string, opts client.ExecOptions) *client.ExecResult {
	t.Helper()
	res, err := c.Execute(testContext(t), code, opts)
	if err != nil {
		t.Fatalf("execute %q: %v", code, err)
	}
	return res
}

// mustRun executes code and fails the test unless the cell succeeds.
func mustRun(t *testing.T, c *client.Client, code string) *client.ExecResult {
	t.Helper()
	res := run(t, c, code, client.ExecOptions{})
	if res.Status != "ok" {
		t.Fatalf("cell %q: status %s, error %+v, stderr %q", code, res.Status, res.Error, res.Stderr)
	}
	return res
}

func content(t *testing.T, m *wire.Message) map[string]any {
	t.Helper()
	v, err := client.Content(m)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// types lists the message types of msgs, e.g. for order checks.
func types(msgs []*wire.Message) []string {
	var s []string
	for _, m := range msgs {
		if m.Header.MsgType == "status" {
			v, _ := client.Content(m)
			s = append(s, "status:"+fmt.Sprint(v["execution_state"]))
			continue
		}
		s = append(s, m.Header.MsgType)
	}
	return s
}

func errorText(res *client.ExecResult) string {
	if res.Error == nil {
		return ""
	}
	return res.Error.Ename + ": " + res.Error.Evalue + "\n" + strings.Join(res.Error.Traceback, "\n")
}
