package native_test

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"gokernel/kernel/compiled"
	"gokernel/kernel/gotool"
	"gokernel/kernel/native"
)

// A program is built once per what the target needs: a declaration the
// target does not use keeps the same program; a change of the target
// builds a new one; a target that cannot be built gives no program.
func TestBuildsFollowWhatTheTargetNeeds(t *testing.T) {
	if _, err := gotool.Find(); err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	ws := compiled.NewWorkspace()
	defer ws.Close()
	var log bytes.Buffer
	b := native.New(ws, native.Wait, &log)
	decls := []string{`import "fmt"`, "func sq(x int) int { return x * x }", `func hello() { fmt.Println("hi") }`}
	first, _, ok := b.Child("sq", decls)
	if !ok {
		t.Fatalf("no program for sq: %s", log.String())
	}
	same, _, ok := b.Child("sq", append(decls, "var unrelated int"))
	if !ok || same != first {
		t.Errorf("an unrelated declaration gave another program: %q, then %q", first, same)
	}
	changed, _, ok := b.Child("sq", []string{"func sq(x int) int { return x * x * x }"})
	if !ok || changed == first {
		t.Errorf("a changed target kept its old program %q", changed)
	}
	if _, _, ok := b.Child("nosuch", decls); ok {
		t.Error("a program for a function that does not exist")
	}
	if !strings.Contains(log.String(), "nosuch") {
		t.Errorf("the log does not say why nosuch has no program: %q", log.String())
	}
	// The program is a child that serves sq by the runtime's protocol:
	// asked with no control connection, it says so and exits 2.
	out, err := exec.Command(changed, "__child").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), "control") {
		t.Errorf("the child program without its parent: %v %s", err, out)
	}
	if off := native.New(ws, native.Off, nil); off != nil {
		if _, _, ok := off.Child("sq", decls); ok {
			t.Error("Off still gives programs")
		}
	}
}
