package evalproc

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// setUpSession defines a function and a global value, to check afterwards
// that the function survives a death (replay) and the value is named lost.
func setUpSession(t *testing.T, s *Supervisor) {
	t.Helper()
	imports(t, s, "fmt", "os", "time")
	mustExec(t, s, `func double(x int) int { return 2 * x }`)
	mustExec(t, s, `keep := 7`)
}

func checkSessionSurvived(t *testing.T, s *Supervisor, oldPid int) {
	t.Helper()
	if s.Pid() == oldPid || s.Pid() == 0 {
		t.Errorf("evaluator pid %d after the death, was %d", s.Pid(), oldPid)
	}
	waitFor(t, "the old evaluator to be gone", func() bool { return !alive(oldPid) })
	if _, rep := mustExec(t, s, `double(21)`); plain(rep) != "42" {
		t.Errorf("double(21) after the death = %q, want 42", plain(rep))
	}
}

func TestEvaluatorDeathIsReportedAndSurvived(t *testing.T) {
	cases := []struct {
		name, code string
		cause      []string // all must appear in the error value
		hint       string   // what the traceback tells the learner
	}{
		{"SIGKILL", `os.StartProcess("/bin/sh", []string{"sh", "-c", "kill -9 $PPID"}, &os.ProcAttr{}); time.Sleep(time.Hour)`, []string{"killed by signal 9"}, ""},
		// A function value, not a literal: a literal gets the recover of
		// a go statement (kernel/eval's recoverCompiledGoroutines).
		{"goroutine panic in compiled code", `boom := func() { panic("boom from a callback") }; time.AfterFunc(0, boom); time.Sleep(time.Hour)`,
			[]string{"panic: boom from a callback"}, ""},
		{"stack overflow", `func down(n int) int { return down(n+1) + 1 }` + "\n" + `down(0)`, []string{"stack overflow"}, "recursion ends"},
		{"concurrent map writes", `m := map[int]int{}
for i := 0; i < 4; i++ {
	go func() { for j := 0; ; j++ { m[j%64] = j } }()
}
time.Sleep(time.Hour)`, []string{"concurrent map writes"}, "guard the map with a lock"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, rec := start(t)
			setUpSession(t, s)
			pid := s.Pid()
			// The deaths above are quick; a deadline turns a miss into
			// a failure (an interrupt error) instead of a hang.
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			// What the cell printed just before it died is not lost.
			cell := newCell()
			code := `fmt.Println("last words")` + "\n" + `fmt.Fprintln(os.Stderr, "on stderr")` + "\n" + c.code
			rep, err := s.Execute(ctx, ExecRequest{Cell: cell, Code: code}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := rec.text(cell, "stdout"); got != "last words\n" {
				t.Errorf("stdout printed before the death: %q, want %q", got, "last words\n")
			}
			if got := rec.text(cell, "stderr"); !strings.HasPrefix(got, "on stderr\n") {
				t.Errorf("stderr printed before the death: %q", got)
			}
			if rep.Status != "error" || rep.Error == nil || rep.Error.Name != "EvaluatorDied" {
				t.Fatalf("reply %+v %+v, want an EvaluatorDied error", rep, rep.Error)
			}
			t.Logf("error value: %s", rep.Error.Value)
			for _, want := range append(c.cause, "keep") {
				if !strings.Contains(rep.Error.Value, want) {
					t.Errorf("error value %q does not mention %q", rep.Error.Value, want)
				}
			}
			tb := strings.Join(rep.Error.Traceback, "\n")
			if !strings.Contains(tb, "replayed") {
				t.Errorf("traceback does not say the declarations were replayed:\n%s", tb)
			}
			if !strings.Contains(tb, c.hint) {
				t.Errorf("traceback does not explain the death (%q):\n%s", c.hint, tb)
			}
			checkSessionSurvived(t, s, pid)
		})
	}
}

func TestDeathBetweenCellsIsReportedInLastCell(t *testing.T) {
	s, rec := start(t)
	setUpSession(t, s)
	pid := s.Pid()
	cell, _ := mustExec(t, s, `lateBoom := func() { panic("late boom") }; time.AfterFunc(200*time.Millisecond, lateBoom)`)
	waitFor(t, "the death notice", func() bool {
		return strings.Contains(rec.text(cell, "stderr"), "panic: late boom")
	})
	if got := rec.text(cell, "stderr"); !strings.Contains(got, "EvaluatorDied") || !strings.Contains(got, "keep") {
		t.Errorf("notice %q should name the death and the lost values", got)
	}
	checkSessionSurvived(t, s, pid)
}

// started returns a channel closed when cell prints marker.
func started(rec *recorder, marker string) <-chan struct{} {
	ch := make(chan struct{})
	var once sync.Once
	rec.onOutput(func(o Output) {
		if strings.Contains(o.Text, marker) {
			once.Do(func() { close(ch) })
		}
	})
	return ch
}

func TestInterruptStopsLoopWithoutRestart(t *testing.T) {
	s, rec := start(t)
	setUpSession(t, s)
	pid := s.Pid()
	go func() { <-started(rec, "looping"); s.Interrupt() }()
	_, rep := execCell(t, s, `fmt.Println("looping"); n := 0; for { n++ }`)
	if rep.Status != "error" || rep.Error == nil || rep.Error.Name != "Interrupted" {
		t.Fatalf("reply %+v, want an Interrupted error", rep)
	}
	if strings.Contains(rep.Error.Value, "killed") {
		t.Errorf("an interruptible loop should not need a restart: %s", rep.Error.Value)
	}
	if s.Pid() != pid {
		t.Errorf("the evaluator was restarted")
	}
	if _, rep := mustExec(t, s, `keep`); plain(rep) != "7" {
		t.Errorf("keep = %q after the interrupt, want 7", plain(rep))
	}
}

// yaegi gives up waiting for a compiled call (time.Sleep) when the cell is
// interrupted: the cell ends at once and the session stays as it was.
func TestInterruptOfSleepInCompiledCode(t *testing.T) {
	s, rec := start(t)
	setUpSession(t, s)
	go func() { <-started(rec, "sleeping"); s.Interrupt() }()
	_, rep := execCell(t, s, `fmt.Println("sleeping"); time.Sleep(time.Hour)`)
	if rep.Status != "error" || rep.Error == nil || rep.Error.Name != "Interrupted" {
		t.Fatalf("reply %+v, want an Interrupted error", rep)
	}
	if _, rep := mustExec(t, s, `keep + double(1)`); plain(rep) != "9" {
		t.Errorf("keep + double(1) = %q after the interrupt, want 9", plain(rep))
	}
}

// An evaluator that does not answer an interrupt (here: stopped with
// SIGSTOP, as if wedged) is killed after the grace period, restarted and
// its declarations replayed; the cell's error says so.
func TestUnresponsiveEvaluatorIsRestartedAfterGrace(t *testing.T) {
	s, _ := start(t, func(o *Options) { o.InterruptGrace = 500 * time.Millisecond })
	setUpSession(t, s)

	pid := s.Pid()
	go func() {
		waitFor(t, "the evaluator to be stopped", func() bool { return procState(pid) == "T" })
		s.Interrupt()
	}()
	_, rep := execCell(t, s, `p, _ := os.StartProcess("/bin/sh", []string{"sh", "-c", "kill -STOP $PPID"}, &os.ProcAttr{}); p.Wait()`)
	if rep.Status != "error" || rep.Error == nil || rep.Error.Name != "Interrupted" {
		t.Fatalf("reply %+v, want an Interrupted error", rep)
	}
	t.Logf("error value: %s", rep.Error.Value)
	for _, want := range []string{"did not respond within 500ms", "replayed", "keep"} {
		if !strings.Contains(rep.Error.Value, want) {
			t.Errorf("error value %q does not mention %q", rep.Error.Value, want)
		}
	}
	checkSessionSurvived(t, s, pid)
}

// A declaration that kills every evaluator it is replayed into must not
// make the supervisor restart forever.
func TestCrashingDeclarationStopsBeingReplayed(t *testing.T) {
	s, rec := start(t)
	setUpSession(t, s)
	cell, _ := mustExec(t, s, "func again() { panic(\"again\") }\nvar boom = time.AfterFunc(100*time.Millisecond, again)")
	waitFor(t, "the supervisor to give up replaying", func() bool {
		return strings.Contains(rec.text(cell, "stderr"), "starts empty")
	})
	if _, rep := mustExec(t, s, `1 + 1`); plain(rep) != "2" {
		t.Errorf("1 + 1 = %q in the fresh session", plain(rep))
	}
	if _, rep := execCell(t, s, `double(1)`); rep.Status != "error" {
		t.Errorf("double(1) works although the session was emptied: %+v", rep)
	}
}
