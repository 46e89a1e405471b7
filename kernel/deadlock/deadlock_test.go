package deadlock

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// interpret runs src in a fresh yaegi interpreter the way the evaluator
// does (EvalWithContext: the code runs in a goroutine yaegi starts) and
// returns a channel that gets its error when it ends.
func interpret(t *testing.T, ctx context.Context, src string) <-chan error {
	t.Helper()
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"sync", "time"} {
		if _, err := i.Eval(`import "` + pkg + `"`); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() {
		_, err := i.EvalWithContext(ctx, src)
		done <- err
	}()
	return done
}

// The states Parse reads are the runtime's own: goroutines of this test
// parked on a channel, a mutex, a WaitGroup, and asleep.
func TestParseReadsRealStates(t *testing.T) {
	release := make(chan struct{})
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	var started sync.WaitGroup
	park := func(f func()) {
		started.Add(1)
		go func() { started.Done(); f() }()
	}
	park(func() { <-release })
	park(func() { mu.Lock(); mu.Unlock() })
	park(func() { wg.Wait() })
	park(func() {
		for {
			select {
			case <-release:
				return
			default:
				time.Sleep(5 * time.Millisecond)
			}
		}
	})
	started.Wait()
	defer func() { close(release); mu.Unlock(); wg.Done() }()

	want := map[string]bool{"chan receive": true, "sync.Mutex.Lock": true, "sync.WaitGroup.Wait": true, "sleep": true}
	deadline := time.Now().Add(10 * time.Second)
	for {
		seen := map[string]bool{}
		for _, g := range Parse(dump(nil)) {
			if g.ID <= 0 || len(g.Funcs) == 0 {
				t.Fatalf("goroutine %+v: no id or no frames", g)
			}
			if strings.HasPrefix(g.CreatedBy, "gokernel/kernel/deadlock.TestParseReadsRealStates") && want[g.State] {
				seen[g.State] = true
			}
		}
		if len(seen) == len(want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("states seen %v, want all of %v\n%s", seen, want, dump(nil))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Interpreted code that waits on a channel nobody sends on is reported,
// as Go reports it, within a few looks.
func TestWatchFindsInterpretedDeadlock(t *testing.T) {
	for name, src := range map[string]string{
		"receive":    "ch := make(chan int)\n<-ch",
		"wait group": "wg, mu := new(sync.WaitGroup), new(sync.Mutex)\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func(i int) { mu.Lock(); if i == 1 { return }; mu.Unlock(); wg.Done() }(i)\n}\nwg.Wait()",
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			found := make(chan Report, 1)
			w := Start(func(r Report) { found <- r }, nil)
			done := interpret(t, ctx, src)
			select {
			case r := <-found:
				if len(r.Waits) == 0 || r.States() == "" {
					t.Errorf("report %+v names no waiting goroutine", r)
				}
			case err := <-done:
				t.Fatalf("the cell ended: %v", err)
			case <-time.After(20 * time.Second):
				t.Fatalf("no deadlock reported\n%s", dump(nil))
			}
			if rep := w.Stop(); rep == nil {
				t.Error("Stop returned no report after found was called")
			}
		})
	}
}

// A wait that a sleeping goroutine ends is not a deadlock.
func TestWatchLeavesWaitsThatEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := Start(func(r Report) { t.Errorf("reported %+v\n%s", r, dump(nil)) }, nil)
	done := interpret(t, ctx, "ch := make(chan int)\ngo func() { time.Sleep(1500 * time.Millisecond); ch <- 1 }()\n<-ch")
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the cell did not end")
	}
	if rep := w.Stop(); rep != nil {
		t.Errorf("Stop: %+v", rep)
	}
}

// Check on goroutines whose states and frames are given: the kernel's own
// are left out; the runtime helpers' and the kernel's waits inside
// interpreted code (a read of stdin) count as alive.
func TestCheck(t *testing.T) {
	cell := func(state string, funcs ...string) Goroutine {
		return Goroutine{State: state, Funcs: append(funcs, interpreterFrame)}
	}
	kernel := Goroutine{State: "select", Funcs: []string{"gokernel/kernel/evalproc.(*evaluator).serve", "main.main"}}
	for _, c := range []struct {
		name string
		gs   []Goroutine
		want bool
	}{
		{"the cell waits", []Goroutine{kernel, cell("chan receive")}, true},
		{"all wait on locks", []Goroutine{cell("sync.WaitGroup.Wait"), cell("sync.Mutex.Lock"), cell("semacquire")}, true},
		{"one sleeps", []Goroutine{cell("chan receive"), cell("sleep")}, false},
		{"one runs", []Goroutine{cell("chan receive"), cell("running")}, false},
		{"compiled code reads a pipe", []Goroutine{cell("chan receive"), {State: "IO wait", Funcs: []string{"os.(*File).Read"}}}, false},
		{"a lock of package threads", []Goroutine{cell("select", "gokernel/runtime/threads.(*sem).acquire", "gokernel/runtime/threads.(*Lock).Acquire", "reflect.Value.Call")}, true},
		{"a thread's function waits", []Goroutine{{State: "chan receive", Funcs: []string{"reflect.chanrecv", interpreterFrame, "gokernel/runtime/threads.(*Thread).run"}}, cell("select", "gokernel/runtime/threads.(*Thread).Join")}, true},
		{"a lock with a timeout", []Goroutine{cell("select", "gokernel/runtime/threads.(*sem).acquire", "gokernel/runtime/threads.(*Lock).AcquireTimeout")}, false},
		{"a queue fed by other processes", []Goroutine{cell("select", "gokernel/runtime/queues.(*Queue).Get")}, false},
		{"a helper's own goroutine", []Goroutine{cell("chan receive"), {State: "select", Funcs: []string{"gokernel/runtime/processes.(*Pool).dispatch"}}}, false},
		{"the cell reads stdin", []Goroutine{cell("select", "gokernel/kernel/evalproc.(*stdinReader).await")}, false},
		{"only the kernel waits", []Goroutine{kernel}, false},
		{"compiled goroutines only", []Goroutine{{State: "chan receive", Funcs: []string{"main.worker"}}}, false},
	} {
		if _, got := Check(c.gs); got != c.want {
			t.Errorf("%s: Check = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestUsesSelector(t *testing.T) {
	for src, want := range map[string]bool{
		"t.Reset(time.Second)":                   true,
		"tm.\n\tReset(d)":                        true,
		"Reset := 3\nfmt.Println(Reset)":         false,
		"s := \"t.Reset(d)\" // t.Reset in text": false,
		"x.":                                     false,
	} {
		if got := usesSelector(src, "Reset"); got != want {
			t.Errorf("usesSelector(%q, Reset) = %v, want %v", src, got, want)
		}
	}
}

// The interpreter's timer functions, replaced by Exports, record when
// what they start ends: one-shot timers until they fire, tickers and
// signals for good, and a Timer for good once the code resets one.
func TestTimersFollowInterpretedCode(t *testing.T) {
	for _, c := range []struct {
		name, src  string
		pendingFor time.Duration // 0: for good
		note       string
	}{
		{"time.After", "select {\ncase <-time.After(300 * time.Millisecond):\ncase <-time.After(50 * time.Millisecond):\n}", 300 * time.Millisecond, ""},
		{"a context deadline", "ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)\ndefer cancel()\n_ = ctx", 300 * time.Millisecond, ""},
		{"time.NewTimer", "tm := time.NewTimer(300 * time.Millisecond)\n_ = tm", 300 * time.Millisecond, ""},
		{"a Timer that can be reset", "tm := time.NewTimer(300 * time.Millisecond)\ntm.Reset(time.Hour)", 0, "tm.Reset(time.Hour)"},
		{"a ticker", "tk := time.NewTicker(time.Hour)\ntk.Stop()", 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			timers := NewTimers()
			timers.Note(c.note)
			i := interp.New(interp.Options{})
			for _, ex := range []interp.Exports{stdlib.Symbols, timers.Exports()} {
				if err := i.Use(ex); err != nil {
					t.Fatal(err)
				}
			}
			if timers.Pending() {
				t.Fatal("pending before any timer")
			}
			if _, err := i.Eval("import (\n\t\"context\"\n\t\"time\"\n)\n" + "func run() {\n" + c.src + "\n}"); err != nil {
				t.Fatal(err)
			}
			// The timers start between before and after (a loaded CI
			// machine once took more than the 1 ms margin to get there
			// from a start taken before the code was compiled).
			before := time.Now()
			if _, err := i.Eval("run()"); err != nil {
				t.Fatal(err)
			}
			after := time.Now()
			if !timers.Pending() {
				t.Fatal("no timer pending after the code started one")
			}
			if c.pendingFor == 0 {
				return
			}
			timers.now = func() time.Time { return after.Add(c.pendingFor + settle + time.Millisecond) }
			if timers.Pending() {
				t.Errorf("still pending after the timer fired")
			}
			timers.now = func() time.Time { return before.Add(c.pendingFor - time.Millisecond) }
			if !timers.Pending() {
				t.Errorf("not pending before the timer fires")
			}
		})
	}
}

// A deadlock in a session whose earlier code used a timer is reported
// once that timer has fired, and not before.
func TestWatchWaitsForTimers(t *testing.T) {
	timers := NewTimers()
	timers.fires(1500 * time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()
	found := make(chan Report, 1)
	w := Start(func(r Report) { found <- r }, timers)
	defer w.Stop()
	done := interpret(t, ctx, "ch := make(chan int)\n<-ch")
	select {
	case <-found:
		if d := time.Since(start); d < 1500*time.Millisecond+settle {
			t.Errorf("reported after %v, while the timer was pending", d)
		}
	case err := <-done:
		t.Fatalf("the cell ended: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatalf("no deadlock reported\n%s", dump(nil))
	}
}

func TestStates(t *testing.T) {
	r := Report{Waits: []Wait{{1, "chan send", ""}, {2, "sync.Mutex.Lock", ""}, {3, "chan send", ""}, {4, "select", "threads.(*Lock).Acquire"}}}
	if got, want := r.States(), "2 × chan send, 1 × sync.Mutex.Lock, 1 × threads.(*Lock).Acquire"; got != want {
		t.Errorf("States = %q, want %q", got, want)
	}
}

// FuzzParse: any text parses without a panic, and a goroutine's header
// always gives its number.
func FuzzParse(f *testing.F) {
	f.Add(string(dump(nil)))
	f.Add("goroutine 1 [chan receive, 2 minutes]:\nmain.main()\n\t/x.go:3 +0x1\ncreated by x in goroutine 2\n")
	f.Add("goroutine x [\n")
	f.Add("goroutine 7 [select]\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range Parse([]byte(s)) {
			if !strings.Contains(s, "goroutine ") {
				t.Fatalf("goroutine %+v from text without a header", g)
			}
		}
		Check(Parse([]byte(s)))
	})
}

// A verdict needs the same goroutines waiting in every look: a program
// that starts or ends goroutines between looks is making progress.
func TestSameGoroutines(t *testing.T) {
	a := Report{Waits: []Wait{{1, "chan receive", ""}, {7, "select", ""}}}
	for _, c := range []struct {
		b    Report
		want bool
	}{
		{Report{Waits: []Wait{{1, "chan receive", ""}, {7, "select", ""}}}, true},
		{Report{Waits: []Wait{{1, "chan receive", ""}, {8, "select", ""}}}, false},
		{Report{Waits: []Wait{{1, "chan receive", ""}}}, false},
		{Report{Waits: []Wait{{1, "chan send", ""}, {7, "select", ""}}}, false},
	} {
		if got := sameGoroutines(a, c.b); got != c.want {
			t.Errorf("sameGoroutines(%v, %v) = %v", a, c.b, got)
		}
	}
}
