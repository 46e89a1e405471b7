package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func newTestSession(t *testing.T) *Session {
	t.Helper()
	s, err := New(Options{Preload: true, Stdout: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRun(t *testing.T, s *Session, code string) *Result {
	t.Helper()
	r, err := s.Execute(context.Background(), code)
	if err != nil {
		t.Fatalf("%s: %v", code, err)
	}
	return r
}

// A declaration that a redefinition left stale (reset assigns an int to
// what is now a string) is dropped from a replay, with its name, and the
// other declarations are all there.
func TestReplayDropsOnlyWhatNoLongerCompiles(t *testing.T) {
	s := newTestSession(t)
	for _, c := range []string{"var counter = 0", "func reset() { counter = 0 }", "func double(x int) int { return 2 * x }", `var counter = "x"`} {
		mustRun(t, s, c)
	}
	decls := s.Declarations()
	r := newTestSession(t)
	err := r.Replay(decls)
	var e *Error
	if !errors.As(err, &e) || e.Name != DroppedName || len(e.Traceback) != 1 || !strings.Contains(e.Value, "func reset (declared in") {
		t.Fatalf("replay of %q: %v, want reset dropped", decls, err)
	}
	if got := mustRun(t, r, "double(21)").Data["text/plain"]; got != "42" {
		t.Errorf("double(21) after the replay = %v", got)
	}
	if got := mustRun(t, r, "counter").Data["text/plain"]; got != `"x"` {
		t.Errorf("counter after the replay = %v", got)
	}
	if got := strings.Join(r.Declarations(), "\n"); strings.Contains(got, "reset") || !strings.Contains(got, "func double") {
		t.Errorf("declarations after the replay:\n%s", got)
	}
}

// After a replay, a redefinition that makes a replayed declaration stale
// drops it (its code holds its cell's line directive inside the replay's:
// the band must follow the inner one).
func TestReplayedDeclarationDroppedOnRedefinition(t *testing.T) {
	s := newTestSession(t)
	if err := s.Replay([]string{"/*line _.go:1:1*/type T struct{ N int }", "/*line _.go:2:1*/func reset() T { return T{N: 0} }", "/*line _.go:1:1*/func keep() int { return 7 }"}); err != nil {
		t.Fatal(err)
	}
	mustRun(t, s, "type T struct{ M int }")
	if got := strings.Join(s.Declarations(), "\n"); strings.Contains(got, "reset") {
		t.Errorf("reset still declared:\n%s", got)
	}
	if got := mustRun(t, s, "keep()").Data["text/plain"]; got != "7" {
		t.Errorf("keep() = %v", got)
	}
}

// A rebuild of more than 1023 declarations keeps them all: the bands of
// line numbers that tell which one failed must fit go/scanner's limit
// (they overflowed it, and every declaration past the 1023rd was dropped
// as "invalid line number").
func TestRebuildOfManyDeclarationsKeepsThemAll(t *testing.T) {
	s := newTestSession(t)
	var b strings.Builder
	for i := 0; i < 1100; i++ {
		fmt.Fprintf(&b, "func f%d(x int) int { return x + %d }\n", i, i)
	}
	mustRun(t, s, b.String())
	mustRun(t, s, "func g() int { return f0(1) }")
	mustRun(t, s, "func f0(x int) int { return x + 100 }") // g uses f0: a rebuild
	if got := mustRun(t, s, "g() + f1099(0)").Data["text/plain"]; got != "1200" {
		t.Errorf("g() + f1099(0) = %v, want 1200", got)
	}
	if n := len(s.Declarations()); n != 1101 {
		t.Errorf("%d declarations after the rebuild, want 1101", n)
	}
}
