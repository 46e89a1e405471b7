package sessiontest

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The learner's session of the issue: counter becomes a *shared.Int while
// an older cell's reset still assigns an int to it. reset is dropped with
// a warning naming it and its cell; the redefining cell runs; later
// processes and pool tasks run.
func TestStaleDeclarationDroppedAndChildrenStillRun(t *testing.T) {
	k := start(t)
	k.ok("var counter = 0")
	k.ok("func reset() { counter = 0 }") // In [2]
	k.ok("func double(x int) int { return 2 * x }")
	r := k.ok(`counter := shared.NewInt(0); fmt.Println("redefined")`)
	if !strings.Contains(r.Stdout, "redefined") {
		t.Errorf("the redefining cell did not run: %q", r.Stdout)
	}
	if !regexp.MustCompile(`func reset \(declared in In \[2\]\) no longer compiles and was dropped`).MatchString(r.Stderr) {
		t.Errorf("no warning naming reset and In [2]:\n%s", r.Stderr)
	}
	r = k.ok(`func work() { counter.Add(1) }
p, err := processes.Start(work)
fmt.Println(err, p.Join(), counter.Get())
pool := processes.NewPool(2)
out, err := pool.Map(double, []int{1, 2, 3})
fmt.Println(out, err)
pool.Close()`)
	if want := "<nil> <nil> 1\n[2 4 6] <nil>\n"; r.Stdout != want {
		t.Errorf("after the redefinition, children print %q, want %q (stderr %q)", r.Stdout, want, r.Stderr)
	}
	if r := k.exec("reset()"); r.Status != "error" || !strings.Contains(r.Error.Evalue, "undefined: reset") {
		t.Errorf("reset is still in the session: %s", describe(r))
	}
}

// A rebound variable is the one earlier functions use, as in Go.
func TestReboundVariableSeenByEarlierFunctions(t *testing.T) {
	k := start(t)
	k.ok("counter := 0")
	k.ok("func bump() int { counter++; return counter }")
	k.ok("counter := 10")
	if got := k.ok("bump()").Text(); got != "11" {
		t.Errorf("bump() after counter := 10 = %s, want 11", got)
	}
}

// A child whose function cannot be rebuilt (a declaration it needs fails
// there: here a file the notebook removed) says so in the cell that
// started it at once, not only through Join's error.
func TestChildThatCannotStartReportsAtOnce(t *testing.T) {
	k := start(t)
	marker := filepath.Join(t.TempDir(), "data")
	k.ok(fmt.Sprintf(`os.WriteFile(%q, []byte("x"), 0o644)`, marker))
	k.ok(fmt.Sprintf(`func load() string { b, err := os.ReadFile(%q); if err != nil { panic(err) }; return string(b) }
var data = load()
func show() { fmt.Println(data) }`, marker))
	k.ok(fmt.Sprintf(`os.Remove(%q)`, marker))
	r := k.ok(`p, err := processes.Start(show); fmt.Println("started", err); time.Sleep(2 * time.Second); fmt.Println("still in the cell")`)
	i := strings.Index(r.Stderr, "error: a child process could not run show:")
	if i < 0 || !strings.Contains(r.Stderr, "no such file") {
		t.Fatalf("the cell does not say the child could not run show:\n%s", r.Stderr)
	}
	// The error reached the cell while it ran, not after.
	if !strings.Contains(r.Stdout, "still in the cell") {
		t.Errorf("stdout %q", r.Stdout)
	}
	r = k.ok(`p, _ := processes.Start(show); fmt.Println(p.Join() != nil)`)
	if r.Stdout != "true\n" {
		t.Errorf("Join after a failed start: %q", r.Stdout)
	}
	// Other functions of the session are not affected.
	r = k.ok(`func fine() { fmt.Println("fine") }
p, _ := processes.Start(fine); fmt.Println(p.Join())`)
	if r.Stdout != "fine\n<nil>\n" {
		t.Errorf("an unrelated function in a child: %q (stderr %q)", r.Stdout, r.Stderr)
	}
}

// `var lock = shared.NewLock()` used by two processes excludes them: the
// children use the parent's lock and shared counter, not copies of their
// own (interpreted and compiled children alike).
func TestSharedGlobalsAreTheParentsObjects(t *testing.T) {
	for _, mode := range []string{"off", "wait"} {
		t.Run("native="+mode, func(t *testing.T) {
			k := start(t, "GOKERNEL_NATIVE_CHILDREN="+mode)
			k.ok(`var lock = shared.NewLock()
var total = shared.NewInt(0)
var q = queues.NewQueue(0)
var where = queues.NewQueue(0)
func addLocked(id int) {
	exe, _ := os.Executable()
	where.Put(exe)
	for round := 0; round < 2; round++ {
		lock.Acquire()
		for i := 0; i < 3; i++ {
			v := total.Get()
			time.Sleep(5 * time.Millisecond)
			total.Set(v + 1)
		}
		q.Put(total.Get())
		lock.Release()
	}
}`)
			r := k.ok(`a, _ := processes.Start(addLocked, 1)
b, _ := processes.Start(addLocked, 2)
fmt.Println(a.Join(), b.Join())
var seen []int
for i := 0; i < 4; i++ { v, _ := q.Get(); seen = append(seen, int(v.(float64))) }
fmt.Println(seen, total.Get())`)
			if want := "<nil> <nil>\n[3 6 9 12] 12\n"; r.Stdout != want {
				t.Errorf("got %q, want %q (stderr %q)", r.Stdout, want, r.Stderr)
			}
			// Which program ran addLocked: the kernel's own binary (an
			// interpreted child) or a compiled one (a native child).
			r = k.ok(`for i := 0; i < 2; i++ { v, _ := where.Get(); fmt.Println(v) }`)
			for _, exe := range strings.Fields(r.Stdout) {
				if native := exe != binary; native != (mode == "wait") {
					t.Errorf("with GOKERNEL_NATIVE_CHILDREN=%s, addLocked ran in %s (the kernel is %s)", mode, exe, binary)
				}
			}
			if n := len(strings.Fields(r.Stdout)); n != 2 {
				t.Errorf("the children's executables: %q", r.Stdout)
			}
		})
	}
}
