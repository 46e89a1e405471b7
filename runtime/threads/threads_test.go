package threads_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gokernel/runtime/session"
	"gokernel/runtime/threads"
)

// long is a timeout that only a broken implementation reaches.
const long = 10 * time.Second

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Fatalf("no panic, want one containing %q", want)
		}
		if !strings.Contains(fmt.Sprint(r), want) {
			t.Fatalf("panic %q, want one containing %q", r, want)
		}
	}()
	f()
}

// E1: five threads, each with its own argument.
func TestStartPassesArguments(t *testing.T) {
	var mu sync.Mutex
	var got []string
	var ts []*threads.Thread
	for i := 1; i <= 5; i++ {
		ts = append(ts, threads.Start(func(n int) {
			mu.Lock()
			got = append(got, fmt.Sprintf("Hello from Thread %d", n))
			mu.Unlock()
		}, i))
	}
	for _, th := range ts {
		th.Join()
		if th.Alive() || th.Err() != nil {
			t.Fatalf("%v: alive=%v err=%v after Join", th, th.Alive(), th.Err())
		}
	}
	slices.Sort(got)
	want := []string{"Hello from Thread 1", "Hello from Thread 2", "Hello from Thread 3", "Hello from Thread 4", "Hello from Thread 5"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q", got)
	}
}

func TestArgumentsAreChecked(t *testing.T) {
	two := func(n int, s string) {}
	mustPanic(t, "takes 2 arguments, got 1", func() { threads.New(two, 1) })
	mustPanic(t, "takes 2 arguments, got 3", func() { threads.New(two, 1, "a", 3) })
	mustPanic(t, "argument 2", func() { threads.New(two, 1, 2) })
	mustPanic(t, "argument 1", func() { threads.New(two, 1.5, "a") })
	mustPanic(t, "does not fit", func() { threads.New(func(u uint) {}, -1) })
	mustPanic(t, "does not fit", func() { threads.New(func(b int8) {}, 300) })
	mustPanic(t, "nil does not fit", func() { threads.New(func(n int) {}, nil) })
	mustPanic(t, "must be the function", func() { threads.New(42) })
	mustPanic(t, "is nil", func() { threads.New(nil) })
	mustPanic(t, "at least 1", func() { threads.New(func(s string, xs ...int) {}) })

	// exact numeric conversions, nil for pointers, variadic functions
	var got []any
	var mu sync.Mutex
	record := func(v ...any) { mu.Lock(); got = append(got, v...); mu.Unlock() }
	threads.Start(func(a int64, b float64, p *int) { record(a, b, p == nil) }, 7, 2, nil).Join()
	threads.Start(func(s string, xs ...int) { record(s, len(xs)) }, "x", 1, 2, 3).Join()
	threads.NewArgs(func(a, b int) { record(a + b) }, []any{40, 2}).Start().Join()
	want := []any{int64(7), 2.0, true, "x", 3, 42}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// captureStderr installs an emitter that collects stream output.
func captureStderr(t *testing.T) func() string {
	var mu sync.Mutex
	var b strings.Builder
	session.SetEmitter(func(o session.Output) {
		mu.Lock()
		defer mu.Unlock()
		if o.Kind == "stream" && o.Name == "stderr" {
			fmt.Fprintf(&b, "[%s]%s", o.Cell, o.Text)
		}
	})
	t.Cleanup(func() { session.SetEmitter(nil) })
	return func() string { mu.Lock(); defer mu.Unlock(); return b.String() }
}

func TestPanicIsReportedAndJoinReturns(t *testing.T) {
	out := captureStderr(t)
	session.SetCurrentCell("cell-1")
	th := threads.New(func() { panic("boom") }).Named("T1").Start()
	session.SetCurrentCell("cell-2") // the report still goes to cell-1
	th.Join()
	var p *threads.PanicError
	if !errors.As(th.Err(), &p) || p.Value != "boom" || p.Thread != "T1" {
		t.Fatalf("Err = %#v", th.Err())
	}
	text := out()
	if !strings.HasPrefix(text, `[cell-1]Exception in thread "T1": boom`) || !strings.Contains(text, "threads_test.TestPanicIsReportedAndJoinReturns.func") {
		t.Fatalf("report = %q", text)
	}
	if strings.Contains(text, "runtime/debug") || strings.Contains(text, "reflect.") {
		t.Fatalf("report has machinery frames: %q", text)
	}
	// the process goes on: another thread runs fine
	ok := threads.Start(func() {})
	ok.Join()
	if ok.Err() != nil {
		t.Fatal(ok.Err())
	}
}

func TestReturnedErrorIsKept(t *testing.T) {
	out := captureStderr(t)
	sentinel := errors.New("disk full")
	t2 := threads.New(func() (int, error) { return 0, sentinel }).Named("W")
	t2.Start().Join()
	if !errors.Is(t2.Err(), sentinel) {
		t.Fatalf("Err = %v", t2.Err())
	}
	if !strings.Contains(out(), `Thread "W" returned error: disk full`) {
		t.Fatalf("report = %q", out())
	}
}

func TestThreadLifecycleMisuse(t *testing.T) {
	th := threads.New(func() {})
	if th.Alive() || th.ID() != 0 || th.Err() != nil {
		t.Fatal("a new thread looks started")
	}
	mustPanic(t, "before it is started", th.Join)
	th.Start()
	mustPanic(t, "started twice", func() { th.Start() })
	mustPanic(t, "after Start", func() { th.Named("x") })
	th.Join()

	var self *threads.Thread
	ready := threads.NewEvent()
	var msg atomic.Value
	self = threads.New(func() {
		ready.Wait()
		defer func() { msg.Store(fmt.Sprint(recover())) }()
		self.Join()
	})
	self.Start()
	ready.Set()
	self.Join()
	if m, _ := msg.Load().(string); !strings.Contains(m, "cannot join itself") {
		t.Fatalf("self join: %q", m)
	}
}

func TestJoinTimeout(t *testing.T) {
	release := threads.NewEvent()
	th := threads.Start(func() { release.Wait() })
	if th.JoinTimeout(20 * time.Millisecond) {
		t.Fatal("JoinTimeout returned true while the thread waits")
	}
	if !th.Alive() {
		t.Fatal("thread not alive while waiting")
	}
	release.Set()
	if !th.JoinTimeout(long) {
		t.Fatal("JoinTimeout false after the thread could finish")
	}
	if th.Alive() || !th.JoinTimeout(0) {
		t.Fatal("alive after finishing")
	}
}

func TestCurrent(t *testing.T) {
	var name string
	var id int64
	th := threads.New(func() { c := threads.Current(); name, id = c.Name(), c.ID() }).Named("T1")
	th.Start().Join()
	if name != "T1" || id != th.ID() || id == 0 {
		t.Fatalf("inside: %q %d, thread id %d", name, id, th.ID())
	}
	done := make(chan string)
	go func() { done <- threads.Current().Name() }()
	if n := <-done; !strings.HasPrefix(n, "Goroutine-") {
		t.Fatalf("plain goroutine is %q", n)
	}
	c := threads.Current()
	mustPanic(t, "not started by threads", c.Join)
	if !c.Alive() {
		t.Fatal("the calling goroutine is not alive")
	}
}

func TestActiveCount(t *testing.T) {
	release := threads.NewEvent()
	before := threads.ActiveCount()
	a := threads.Start(release.Wait)
	b := threads.Start(release.Wait)
	if n := threads.ActiveCount(); n != before+2 {
		t.Fatalf("ActiveCount = %d, want %d", n, before+2)
	}
	if all := threads.Enumerate(); len(all) != before+2 || all[len(all)-2] != a || all[len(all)-1] != b {
		t.Fatalf("Enumerate = %v", all)
	}
	release.Set()
	a.Join()
	b.Join()
	if n := threads.ActiveCount(); n != before {
		t.Fatalf("ActiveCount after Join = %d, want %d", n, before)
	}
}
