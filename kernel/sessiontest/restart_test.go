package sessiontest

import (
	"strings"
	"testing"
)

// A restarted evaluator rebuilds what is live: reset, left stale when
// counter became a string, is dropped from the replay with a warning that
// names it, and every other declaration of the session comes back.
func TestRestartReplaysEveryLiveDeclaration(t *testing.T) {
	k := start(t)
	k.ok("var counter = 0")
	k.ok("func reset() { counter = 0 }")
	k.ok("func double(x int) int { return 2 * x }")
	k.ok("type point struct{ X, Y int }\nfunc (p point) sum() int { return p.X + p.Y }")
	k.ok(`var counter = "x"`)
	r := k.exec(`os.StartProcess("/bin/sh", []string{"sh", "-c", "kill -9 $PPID"}, &os.ProcAttr{}); time.Sleep(time.Hour)`)
	if r.Status != "error" || !strings.Contains(r.Error.Evalue, "declarations replayed, except those that no longer compile") {
		t.Fatalf("the death of the evaluator: %s", describe(r))
	}
	if tb := strings.Join(r.Error.Traceback, "\n"); !strings.Contains(tb, "func reset (declared in") || !strings.Contains(tb, "no longer compiles and was dropped") {
		t.Errorf("the error does not name reset:\n%s", tb)
	}
	if got := k.ok("double(21) + point{1, 2}.sum()").Text(); got != "45" {
		t.Errorf("double(21) + point{1, 2}.sum() after the restart = %s, want 45", got)
	}
	if got := k.ok(`counter + "y"`).Text(); got != `"xy"` {
		t.Errorf(`counter + "y" after the restart = %s, want "xy"`, got)
	}
	if r := k.exec("reset()"); r.Status != "error" || !strings.Contains(r.Error.Evalue, "undefined: reset") {
		t.Errorf("reset after the restart: %s", describe(r))
	}
}
