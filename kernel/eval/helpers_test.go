package eval

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// fdMu serializes captures of file descriptors 1 and 2.
var fdMu sync.Mutex

// capture runs f with the process's file descriptors 1 and 2 going to a
// pipe (as the evaluator captures them) and returns what was written.
func capture(t *testing.T, f func()) string {
	t.Helper()
	fdMu.Lock()
	defer fdMu.Unlock()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved1, _ := syscall.Dup(1)
	saved2, _ := syscall.Dup(2)
	syscall.Dup3(int(w.Fd()), 1, 0)
	syscall.Dup3(int(w.Fd()), 2, 0)
	var out []byte
	done := make(chan struct{})
	go func() { out, _ = io.ReadAll(r); close(done) }()
	defer func() {
		syscall.Dup3(saved1, 1, 0)
		syscall.Dup3(saved2, 2, 0)
		syscall.Close(saved1)
		syscall.Close(saved2)
		w.Close()
		<-done
		r.Close()
	}()
	f()
	syscall.Dup3(saved1, 1, 0)
	syscall.Dup3(saved2, 2, 0)
	w.Close()
	<-done
	return string(out)
}

func newSession(t testing.TB, opts Options) *Session {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// run executes a cell that must succeed and returns its output and the
// text/plain of its value ("" if none).
func run(t *testing.T, s *Session, code string) (out, value string) {
	t.Helper()
	var res *Result
	var err error
	out = capture(t, func() { res, err = s.Execute(context.Background(), code) })
	if err != nil {
		t.Fatalf("cell %q failed: %v\noutput: %s", code, err, out)
	}
	if res.HasValue {
		value = res.Data["text/plain"].(string)
	}
	return out, value
}

// runErr executes a cell that must fail and returns its *Error and output.
func runErr(t *testing.T, s *Session, code string) (*Error, string) {
	t.Helper()
	var err error
	out := capture(t, func() { _, err = s.Execute(context.Background(), code) })
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("cell %q: got error %v (%T), want *Error; output %q", code, err, err, out)
	}
	return e, out
}

func contains(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s: %q does not contain %q", what, got, w)
		}
	}
}

// captureUntil is capture for output that arrives after f returns (from
// goroutines): it waits until the output contains want, at most timeout.
func captureUntil(t *testing.T, f func(), want string, timeout time.Duration) string {
	t.Helper()
	fdMu.Lock()
	defer fdMu.Unlock()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved1, _ := syscall.Dup(1)
	saved2, _ := syscall.Dup(2)
	syscall.Dup3(int(w.Fd()), 1, 0)
	syscall.Dup3(int(w.Fd()), 2, 0)
	var mu sync.Mutex
	var out []byte
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := r.Read(buf)
			mu.Lock()
			out = append(out, buf[:n]...)
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	f()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		mu.Lock()
		got := strings.Contains(string(out), want)
		mu.Unlock()
		if got {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	syscall.Dup3(saved1, 1, 0)
	syscall.Dup3(saved2, 2, 0)
	syscall.Close(saved1)
	syscall.Close(saved2)
	w.Close()
	mu.Lock()
	defer mu.Unlock()
	return string(out)
}

// lockedBuffer is a buffer in front of os.Stdout with the Flush method
// that Options.Stdout looks for.
type lockedBuffer struct {
	mu sync.Mutex
	w  *bufio.Writer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.w.Write(p)
}

func (b *lockedBuffer) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.w.Flush()
}

func TestBufferedStdoutKeepsOrderWithOsStdout(t *testing.T) {
	buf := &lockedBuffer{w: bufio.NewWriterSize(os.Stdout, 4096)}
	s := newSession(t, Options{Stdout: buf})
	code := `fmt.Println("one")
os.Stdout.Write([]byte("two\n"))
fmt.Println("three")
fmt.Fprintln(os.Stdout, "four")
fmt.Print("five\n")`
	out := capture(t, func() {
		if _, err := s.Execute(context.Background(), code); err != nil {
			t.Error(err)
		}
		buf.Flush()
	})
	if want := "one\ntwo\nthree\nfour\nfive\n"; out != want {
		t.Fatalf("output = %q, want %q", out, want)
	}
}
