package processes

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"gokernel/runtime/session"
)

// E4: four processes, four distinct pids, none the kernel's.
func TestProcessesHaveTheirOwnPids(t *testing.T) {
	cell := inCell(t)
	names := []string{"Harry", "George", "Dirk", "David"}
	var ps []*Process
	for _, n := range names {
		p, err := Start(greet, n)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	pids := map[int]bool{}
	for i, p := range ps {
		if err := p.Join(); err != nil {
			t.Fatal(err)
		}
		if code, ended := p.ExitCode(); !ended || code != 0 {
			t.Errorf("exit code %d, ended %v", code, ended)
		}
		if p.Pid() == os.Getpid() {
			t.Errorf("child has the parent's pid")
		}
		pids[p.Pid()] = true
		want := fmt.Sprintf("Hello %s from %d", names[i], p.Pid())
		if p.Result() != want {
			t.Errorf("result %q, want %q", p.Result(), want)
		}
	}
	if len(pids) != 4 {
		t.Errorf("pids %v, want 4 distinct", pids)
	}
	out := capture.text(cell, "stdout")
	for _, p := range ps {
		for _, n := range names {
			_ = n
		}
		if !strings.Contains(out, fmt.Sprintf("Process %d: Hello ", p.Pid())) {
			t.Errorf("no greeting from %d in output %q", p.Pid(), out)
		}
	}
}

// E7: each child increments its own copy of counter from the declared value.
func TestProcessesShareNoMemory(t *testing.T) {
	inCell(t)
	counter = 100 // the parent's change never reaches the children
	defer func() { counter = 0 }()
	a, err := Start(incrementTwice, "A")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Start(incrementTwice, "B")
	if err != nil {
		t.Fatal(err)
	}
	a.Join()
	b.Join()
	for _, p := range []*Process{a, b} {
		got := fmt.Sprint(p.Result())
		if got != "[3 6]" {
			t.Errorf("child saw %s, want [3 6]", got)
		}
	}
	if counter != 100 {
		t.Errorf("parent counter %d, want 100", counter)
	}
}

func TestProcessExitCodes(t *testing.T) {
	cell := inCell(t)
	ok, _ := Start(square, 3)
	ok.Join()
	if code, _ := ok.ExitCode(); code != 0 || ok.Result() != 9 || ok.Err() != nil {
		t.Errorf("square: code %d result %v err %v", code, ok.Result(), ok.Err())
	}

	bad, _ := Start(boom, "kaboom")
	err := bad.Join()
	var te *TaskError
	if !errors.As(err, &te) || te.Panic != "boom: kaboom" || !strings.Contains(te.Trace, "boom") {
		t.Errorf("panic error %#v", err)
	}
	if strings.Contains(te.Trace, "reflect.") || strings.Contains(te.Trace, "processes.invoke") {
		t.Errorf("traceback shows the machinery: %s", te.Trace)
	}
	if code, _ := bad.ExitCode(); code != 1 {
		t.Errorf("panic exit code %d, want 1", code)
	}
	stderr := capture.text(cell, "stderr")
	if !strings.Contains(stderr, "panic in boom") || !strings.Contains(stderr, "boom: kaboom") || !strings.Contains(stderr, "goroutine") {
		t.Errorf("traceback missing from stderr output: %q", stderr)
	}

	ex, _ := Start(exitWith, 7)
	if err := ex.Join(); err == nil || !strings.Contains(err.Error(), "exited with code 7") {
		t.Errorf("os.Exit(7): err %v", err)
	}
	if code, _ := ex.ExitCode(); code != 7 {
		t.Errorf("os.Exit(7): code %d", code)
	}

	long, _ := Start(sleepMs, 60000)
	if long.JoinTimeout(50 * time.Millisecond) {
		t.Fatal("JoinTimeout returned true for a sleeping process")
	}
	if !long.Alive() {
		t.Error("sleeping process not alive")
	}
	if _, ended := long.ExitCode(); ended {
		t.Error("running process reports an exit code")
	}
	long.Kill()
	if !long.JoinTimeout(5 * time.Second) {
		t.Fatal("killed process did not end")
	}
	if code, _ := long.ExitCode(); code != -9 {
		t.Errorf("killed: code %d, want -9", code)
	}
	if err := long.Err(); err == nil || !strings.Contains(err.Error(), "killed by signal 9") {
		t.Errorf("killed: err %v", err)
	}

	term, _ := Start(sleepMs, 60000)
	term.Terminate()
	term.Join()
	if code, _ := term.ExitCode(); code != -15 {
		t.Errorf("terminated: code %d, want -15", code)
	}
}

func TestProcessResultsAndErrors(t *testing.T) {
	inCell(t)
	p, _ := Start(divide, 1, 4)
	p.Join()
	if p.Result() != 0.25 || p.Err() != nil {
		t.Errorf("divide(1, 4) = %v, %v", p.Result(), p.Err())
	}
	q, _ := Start(divide, 1, 0)
	q.Join()
	if q.Err() == nil || !strings.Contains(q.Err().Error(), "division by zero") {
		t.Errorf("divide(1, 0) err %v", q.Err())
	}
	if code, _ := q.ExitCode(); code != 0 {
		t.Errorf("returned error: exit code %d, want 0", code)
	}
	s, _ := Start(sum, 1, 2, 3, 4)
	s.Join()
	if s.Result() != 10 {
		t.Errorf("sum = %v", s.Result())
	}
}

func TestProcessBadInputIsReportedBeforeStart(t *testing.T) {
	inCell(t)
	ch := make(chan int)
	cases := []struct {
		name   string
		target any
		args   []any
		want   string
	}{
		{"anonymous", func(s string) {}, []any{"x"}, "got an anonymous function"},
		{"nil", nil, nil, "got nil"},
		{"not a func", 42, nil, "runs a function; got int"},
		{"func arg", Func("greet", greet), []any{func() {}}, "a function"},
		{"chan arg", Func("sum", sum), []any{ch}, "a channel"},
		{"chan inside", Func("greet", greet), []any{struct{ C chan int }{ch}}, "field C: a channel"},
		{"too few", Func("add", add), []any{1}, "add takes 2 arguments"},
		{"too many", greet, []any{"a", "b"}, "greet takes 1 argument"},
		{"wrong type", square, []any{"seven"}, "cannot use a string as int"},
	}
	for _, c := range cases {
		p, err := Start(c.target, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
		if p.Pid() != 0 {
			t.Errorf("%s: a process was started", c.name)
		}
	}
	// A float argument for an int parameter crosses if its JSON fits.
	p, err := Start(square, 3.0)
	if err != nil {
		t.Fatal(err)
	}
	p.Join()
	if p.Result() != 9 {
		t.Errorf("square(3.0) = %v", p.Result())
	}
}

func TestProcessMisuse(t *testing.T) {
	inCell(t)
	p := New(square, 2)
	if err := p.Join(); err == nil || !strings.Contains(err.Error(), "not started") {
		t.Errorf("join before start: %v", err)
	}
	if p.JoinTimeout(time.Millisecond) {
		t.Error("JoinTimeout of unstarted process returned true")
	}
	if p.Alive() {
		t.Error("unstarted process alive")
	}
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(); err == nil || !strings.Contains(err.Error(), "already started") {
		t.Errorf("second start: %v", err)
	}
	p.Join()
}

// The child rebuilds the session from its declarations (through the
// Resolver) and a pool worker gets them again when they change.
func TestChildGetsTheSessionDeclarations(t *testing.T) {
	inCell(t)
	decls := []string{"import \"fmt\"", "func f() {}"}
	session.SetDeclarations(func() []string { return decls })
	defer session.SetDeclarations(nil)

	p, err := Start(Func("decls", nil))
	if err != nil {
		t.Fatal(err)
	}
	p.Join()
	if got := fmt.Sprint(p.Result()); got != `[import "fmt" func f() {}]` {
		t.Errorf("process saw declarations %s", got)
	}

	pool := NewPool(1)
	defer pool.Terminate()
	v, err := pool.Apply(Func("decls", nil))
	if err != nil || fmt.Sprint(v) != `[import "fmt" func f() {}]` {
		t.Errorf("worker saw %v, %v", v, err)
	}
	decls = append(decls, "var x = 1")
	v, err = pool.Apply(Func("decls", nil))
	if err != nil || fmt.Sprint(v) != `[import "fmt" func f() {} var x = 1]` {
		t.Errorf("worker after a new declaration saw %v, %v", v, err)
	}
	if _, err := pool.Apply(Func("nosuch", nil)); err == nil || !strings.Contains(err.Error(), "cannot find function nosuch: undefined: nosuch") {
		t.Errorf("unknown function: %v", err)
	}
	// Registered functions still work next to the resolver.
	if v, err := pool.Apply(square, 5); v != 25 || err != nil {
		t.Errorf("square(5) = %v, %v", v, err)
	}

	decls = []string{"BAD"}
	q, _ := Start(Func("decls", nil))
	if err := q.Join(); err == nil || !strings.Contains(err.Error(), "could not rebuild the session's declarations: 1:1: syntax error: BAD") {
		t.Errorf("bad declarations: %v", err)
	}
	if _, err := pool.Apply(Func("decls", nil)); err == nil || !strings.Contains(err.Error(), "could not rebuild") {
		t.Errorf("bad declarations in a worker: %v", err)
	}
}

// Ending the session stops every child, pools included.
func TestStopAllEndsEverything(t *testing.T) {
	inCell(t)
	p, _ := Start(sleepMs, 60000)
	pool := NewPool(2)
	res := pool.MapAsync(sleepMs, []int{60000, 60000, 60000})
	session.StopAll()
	if !p.JoinTimeout(2 * time.Second) {
		t.Fatal("process survived StopAll")
	}
	if !res.WaitTimeout(2 * time.Second) {
		t.Fatal("pool tasks survived StopAll")
	}
	if err := pool.Join(); err != nil {
		t.Errorf("pool not terminated by StopAll: %v", err)
	}
}

// A child that cannot start is an error at Start (and for a pool, of
// its tasks), not a hang.
func TestChildCannotStart(t *testing.T) {
	inCell(t)
	exe, _ := os.Executable()
	SetExecutable("/nonexistent/gokernel")
	defer SetExecutable(exe)
	if _, err := Start(square, 2); err == nil || !strings.Contains(err.Error(), "cannot start a child process") {
		t.Errorf("Start: %v", err)
	}
	pool := NewPool(1)
	defer pool.Terminate()
	if _, err := pool.Apply(square, 2); err == nil || !strings.Contains(err.Error(), "cannot start a child process") {
		t.Errorf("Apply: %v", err)
	}
}
