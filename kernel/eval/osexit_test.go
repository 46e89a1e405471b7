package eval

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// execWithin runs a cell that must end within d (with or without an
// error) and returns its result, error and output.
func execWithin(t *testing.T, s *Session, code string, d time.Duration) (*Result, error, string) {
	t.Helper()
	type ended struct {
		res *Result
		err error
		out string
	}
	done := make(chan ended, 1)
	go func() {
		var e ended
		e.out = capture(t, func() { e.res, e.err = s.Execute(context.Background(), code) })
		done <- e
	}()
	select {
	case e := <-done:
		return e.res, e.err, e.out
	case <-time.After(d):
		t.Fatalf("the cell did not end within %v:\n%s", d, code)
		return nil, nil, ""
	}
}

// wantExit checks that err is the ExitStatus error of os.Exit(code).
func wantExit(t *testing.T, err error, code string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Name != "ExitStatus" || e.Value != "the program exited with status "+code {
		t.Fatalf("error %v, want ExitStatus: the program exited with status %s", err, code)
	}
}

// TestOSExitEndsTheCell: os.Exit ends the cell at once, as it ends a Go
// program: nothing after it runs, deferred calls neither, the output
// before it stays, and the error says the status. This cell (from the
// conformance program conc_validate_exit) hung: yaegi's os.Exit panics,
// and a panic in a function that also calls slices.SortFunc (a generic
// function that calls itself) sent yaegi's panic handler around a cycle
// of its syntax tree until the stack overflowed.
func TestOSExitEndsTheCell(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import ("fmt"; "os"; "slices"; "strings"; "sync")
type Problem struct {
	ID     int
	Reason string
}`)
	_, err, out := execWithin(t, s, `ids := []int{4, 1, 3, 2}
var (
	wg       sync.WaitGroup
	mu       sync.Mutex
	problems []Problem
)
sem := make(chan struct{}, 2)
for _, id := range ids {
	wg.Go(func() {
		sem <- struct{}{}
		defer func() { <-sem }()
		if id%2 == 1 {
			mu.Lock()
			problems = append(problems, Problem{id, "odd"})
			mu.Unlock()
		}
	})
}
wg.Wait()
slices.SortFunc(problems, func(a, b Problem) int {
	if a.ID != b.ID {
		return a.ID - b.ID
	}
	return strings.Compare(a.Reason, b.Reason)
})
defer fmt.Println("deferred: must not run")
func() {
	defer fmt.Println("deferred in a function: must not run")
	if len(problems) > 0 {
		fmt.Println("problems:", problems)
		os.Exit(3)
	}
}()
fmt.Println("after os.Exit: must not run")`, 10*time.Second)
	wantExit(t, err, "3")
	if out != "problems: [{1 odd} {3 odd}]\n" {
		t.Errorf("output %q", out)
	}
	// The session goes on, with the cell's variables.
	if _, v := run(t, s, "len(problems)"); v != "2" {
		t.Errorf("len(problems) = %s after the exit", v)
	}
	// A plain os.Exit in a later cell, again.
	_, err, out = execWithin(t, s, `fmt.Println("x"); os.Exit(4); fmt.Println("y")`, 10*time.Second)
	wantExit(t, err, "4")
	if out != "x\n" {
		t.Errorf("output %q", out)
	}
	// An interrupt still stops a later cell.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	capture(t, func() { _, err = s.Execute(ctx, "n := 0\nfor { n++ }") })
	if e := (*Error)(nil); !errors.As(err, &e) || e.Name != "Interrupted" {
		t.Fatalf("interrupted loop: %v", err)
	}
	if out, _ := run(t, s, `fmt.Println("next")`); out != "next\n" {
		t.Errorf("next cell printed %q", out)
	}
}

// TestOSExitZero: os.Exit(0) ends the cell without an error.
func TestOSExitZero(t *testing.T) {
	s := newSession(t, Options{})
	res, err, out := execWithin(t, s, `import ("fmt"; "os")
defer fmt.Println("deferred")
fmt.Println("before")
os.Exit(0)
fmt.Println("after")
42`, 10*time.Second)
	if err != nil || res == nil || res.HasValue || out != "before\n" {
		t.Fatalf("result %+v, error %v, output %q", res, err, out)
	}
	if _, v := run(t, s, "6 * 7"); v != "42" {
		t.Fatalf("next cell: %q", v)
	}
}

// TestOSExitInGoroutine: os.Exit in a goroutine the cell started ends
// the cell too, and the cell's own flow does not go on.
func TestOSExitInGoroutine(t *testing.T) {
	s := newSession(t, Options{})
	// After a first ExecuteWithContext, yaegi compiles channel
	// operations that an interrupt stops.
	run(t, s, `import ("fmt"; "os")`)
	_, err, out := execWithin(t, s, `never := make(chan int)
go func() { fmt.Println("in goroutine"); os.Exit(5) }()
<-never
fmt.Println("after: must not run")`, 10*time.Second)
	wantExit(t, err, "5")
	time.Sleep(100 * time.Millisecond)
	if out != "in goroutine\n" {
		t.Errorf("output %q", out)
	}
	if out, _ := run(t, s, `fmt.Println("next")`); out != "next\n" {
		t.Errorf("next cell printed %q", out)
	}
}

// TestLogFatal: log.Fatal prints its message, then exits with status 1.
func TestLogFatal(t *testing.T) {
	s := newSession(t, Options{})
	_, err, out := execWithin(t, s, `import ("fmt"; "log")
log.SetFlags(0)
fmt.Println("before")
log.Fatalf("bad %d", 7)
fmt.Println("after")`, 10*time.Second)
	wantExit(t, err, "1")
	if !strings.HasPrefix(out, "before\n") || !strings.Contains(out, "bad 7\n") || strings.Contains(out, "after") {
		t.Errorf("output %q", out)
	}
	run(t, s, "log.SetFlags(log.LstdFlags)")
}
