package processes

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/runtime/queues"
	"gokernel/runtime/session"
)

// childKind is what kind of child this process is (see runTestChild).
var childKind = "parent"

func kind(int) string { return childKind }

func init() { Register("kind", kind) }

// runTestChild serves as a child process. The arguments before
// ChildCommand select the kind:
//
//	(none)        the registered functions and testResolver (most tests)
//	interp        a stand-in for the interpreted child: nothing is
//	              registered; the resolver gives the same functions behind
//	              reflect.MakeFunc wrappers, as the interpreter does
//	native        a native (compiled) child: registered functions only
//	only=f,g      ... of which only f and g are registered
//	exit=N        a broken native program: prints, exits N at once
//	hang          a native program that never starts serving
//	initprint     prints before serving, as a package initialiser may
func runTestChild(modes []string) int {
	r := Resolver(testResolver)
	for _, m := range modes {
		switch {
		case m == "interp":
			childKind = "interpreted"
			saved := registry
			registry = map[string]reflect.Value{}
			r = func(decls []string) (func(string) (reflect.Value, error), error) {
				lookup, err := testResolver(decls)
				if err != nil {
					return nil, err
				}
				return func(name string) (reflect.Value, error) {
					if f, ok := saved[name]; ok {
						return reflect.MakeFunc(f.Type(), func(in []reflect.Value) []reflect.Value {
							if f.Type().IsVariadic() {
								return f.CallSlice(in)
							}
							return f.Call(in)
						}), nil
					}
					return lookup(name)
				}, nil
			}
		case m == "native":
			childKind, r = "native", nil
		case strings.HasPrefix(m, "only="):
			keep := map[string]bool{}
			for _, name := range strings.Split(strings.TrimPrefix(m, "only="), ",") {
				keep[name] = true
			}
			for name := range registry {
				if !keep[name] {
					delete(registry, name)
				}
			}
		case strings.HasPrefix(m, "exit="):
			fmt.Println("broken native program output")
			code, _ := strconv.Atoi(strings.TrimPrefix(m, "exit="))
			return code
		case m == "hang":
			select {}
		case m == "initprint":
			// Package initialisation of the learner's declarations.
			fmt.Println("printed by init")
		}
	}
	return RunChild(r)
}

// syncBuffer is a log the children's machinery writes from goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// withChildren makes the interpreted child the stand-in and installs hook
// for native children, until the end of the test; it returns the log of
// native failures.
func withChildren(t *testing.T, hook func(string, []string) (string, []string, bool)) *syncBuffer {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	log, stderrLog := &syncBuffer{}, nativeLog
	reset := func() {
		nativeMu.Lock()
		nativeFailed = map[string]bool{}
		nativeMu.Unlock()
	}
	reset()
	SetExecutable(exe, "interp")
	SetNativeChildren(hook)
	nativeLog = log
	t.Cleanup(func() {
		SetExecutable(exe)
		SetNativeChildren(nil)
		nativeLog = stderrLog
		reset()
	})
	return log
}

// nativeFor is a hook giving the test binary, with args, as the native
// program of every target in targets (all: nil).
func nativeFor(targets []string, args ...string) func(string, []string) (string, []string, bool) {
	exe, _ := os.Executable()
	return func(target string, decls []string) (string, []string, bool) {
		if targets != nil && !contains(targets, target) {
			return "", nil, false
		}
		return exe, args, true
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

var digits = regexp.MustCompile(`[0-9]+`)

// outcome describes a result and error so that runs in different
// processes compare: process ids become N, a traceback is reduced to
// whether it names the function.
func outcome(v any, err error) string {
	s := fmt.Sprintf("%v (%T)", v, v)
	var te *TaskError
	if errors.As(err, &te) {
		s += fmt.Sprintf(" | task error func=%s message=%q panic=%q trace names it=%v",
			te.Func, te.Message, te.Panic, strings.Contains(te.Trace, "processes."+te.Func+"("))
	}
	if err != nil {
		s += " | " + strings.SplitN(err.Error(), "\n", 2)[0]
	}
	return digits.ReplaceAllString(s, "N")
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(digits.ReplaceAllString(s, "N")), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// observe does what a learner does with processes and pools and records
// what they would see, plus which kind of child ran the work.
func observe(t *testing.T) (seen map[string]string, kinds []string) {
	seen = map[string]string{}
	run := func(name string, args ...any) string {
		cell := inCell(t)
		p, err := Start(name2fn[name], args...)
		if err != nil {
			t.Fatalf("Start(%s): %v", name, err)
		}
		if p.Pid() == os.Getpid() {
			t.Errorf("%s ran in the parent", name)
		}
		err = p.Join()
		code, _ := p.ExitCode()
		// Of a panic's report only the first line: the stand-in's
		// traceback has a frame of its own, as the interpreter's has.
		stderr := strings.SplitN(capture.text(cell, "stderr"), "\n", 2)[0]
		return fmt.Sprintf("%s exit %d out %q err %q", outcome(p.Result(), err), code,
			sortedLines(capture.text(cell, "stdout")), digits.ReplaceAllString(stderr, "N"))
	}
	seen["process square"] = run("square", 7)
	seen["process divide by 0"] = run("divide", 1.0, 0.0)
	seen["process panic"] = run("boom", "kaboom")
	seen["process os.Exit"] = run("exitWith", 3)
	seen["process output"] = run("printBoth", "hi")
	seen["process E7"] = run("incrementTwice", "A")
	seen["process variadic"] = run("sum", 1, 2, 3)

	inCell(t)
	q := queues.NewQueue(0)
	p, _ := Start(signalBack, q)
	v, err := q.Get()
	p.Join()
	seen["process queue by reference"] = outcome(v, err)
	k, _ := Start(kind, 0)
	k.Join()
	kinds = append(kinds, fmt.Sprint(k.Result()))

	pool := NewPool(2)
	defer pool.Terminate()
	cell := inCell(t)
	items := make([]int, 100)
	for i := range items {
		items[i] = i
	}
	seen["pool map"] = outcome(pool.Map(square, items))
	seen["pool starmap"] = outcome(pool.Starmap(add, [][]int{{1, 2}, {3, 4}}))
	seen["pool apply error"] = outcome(pool.Apply(divide, 1.0, 0.0))
	seen["pool map panic"] = outcome(pool.Map(boom, []string{"a", "b"}))
	seen["pool map errors"] = outcome(pool.Map(inverse, []float64{1, 0, 4}))
	seen["pool map panic, direct calls"] = outcome(pool.Map(crashOn3, items[:6]))
	seen["pool map output"] = outcome(pool.Map(greet, []string{"Harry", "George", "Dirk"}))
	waitFor(t, "greetings", func() bool { return strings.Count(capture.text(cell, "stdout"), "Hello") == 3 })
	seen["pool output in the cell"] = sortedLines(capture.text(cell, "stdout"))
	ks, err := pool.Map(kind, make([]int, 8))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range ks {
		kinds = append(kinds, k.(string))
	}

	// Interrupts: the cell's process and pool tasks are stopped; the
	// pool serves on.
	cell = inCell(t)
	sp, _ := Start(sleepMs, 60000)
	res := pool.MapAsync(sleepMs, []int{60000, 60000, 60000})
	time.Sleep(50 * time.Millisecond)
	session.StopCell(cell)
	if !sp.JoinTimeout(5*time.Second) || !res.WaitTimeout(5*time.Second) {
		t.Fatal("work of the stopped cell still runs")
	}
	code, _ := sp.ExitCode()
	_, rerr := res.Get()
	seen["interrupt"] = fmt.Sprintf("process exit %d %s; pool interrupted %v", code, outcome(nil, sp.Err()), errors.Is(rerr, ErrInterrupted))
	inCell(t)
	seen["pool after interrupt"] = outcome(pool.Apply(square, 3))
	kk, _ := pool.Apply(kind, 0)
	kinds = append(kinds, fmt.Sprint(kk))
	return seen, kinds
}

var name2fn = map[string]any{
	"square": square, "divide": divide, "boom": boom, "exitWith": exitWith,
	"printBoth": printBoth, "incrementTwice": incrementTwice, "sum": sum,
}

// The native child and the interpreted child are interchangeable: the
// same calls give the same results, errors, panics, exit codes and output
// in the same cells, and interrupts stop both.
func TestNativeAndInterpretedChildrenAgree(t *testing.T) {
	withChildren(t, nil)
	interpreted, kinds := observe(t)
	for _, k := range kinds {
		if k != "interpreted" {
			t.Fatalf("without native children the work ran in a %q child", k)
		}
	}
	log := withChildren(t, nativeFor(nil, "native"))
	native, kinds := observe(t)
	for _, k := range kinds {
		if k != "native" {
			t.Errorf("with native children ready the work ran in a %q child: %v", k, kinds)
			break
		}
	}
	for key, want := range interpreted {
		if got := native[key]; got != want {
			t.Errorf("%s:\n native:      %s\n interpreted: %s", key, got, want)
		}
	}
	if log.String() != "" {
		t.Errorf("native children reported failures: %s", log)
	}
	t.Logf("compared %d observations, e.g. %s", len(native), native["process panic"])
}

// A native program that cannot start, dies at once or lacks the target
// costs the learner nothing: the work runs in the interpreted child, the
// broken program's output is not shown, and it is not tried again.
func TestNativeChildFallsBack(t *testing.T) {
	exe, _ := os.Executable()
	cases := []struct {
		name string
		hook func(string, []string) (string, []string, bool)
		prog string // in the log
	}{
		{"cannot start", func(string, []string) (string, []string, bool) { return "/nonexistent/native", nil, true }, "/nonexistent/native"},
		{"exits at once", nativeFor(nil, "exit=3"), exe + " exit=3"},
		{"lacks the target", nativeFor(nil, "native", "only=square"), exe + " native only=square"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			log := withChildren(t, tc.hook)
			cell := inCell(t)
			p, err := Start(kind, 0)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Join(); err != nil || p.Result() != "interpreted" {
				t.Errorf("process: %v, %v", p.Result(), err)
			}
			if code, _ := p.ExitCode(); code != 0 {
				t.Errorf("process exit code %d", code)
			}
			pool := NewPool(2)
			defer pool.Terminate()
			ks, err := pool.Map(kind, make([]int, 6))
			if err != nil || distinctStrings(ks) != "interpreted" {
				t.Errorf("pool: %v, %v", ks, err)
			}
			if v, err := pool.Apply(add, 2, 3); v != 5 || err != nil {
				t.Errorf("pool apply: %v, %v", v, err)
			}
			if out := capture.text(cell, "stdout"); strings.Contains(out, "broken") {
				t.Errorf("the broken program's output reached the cell: %q", out)
			}
			if n := strings.Count(log.String(), tc.prog+" cannot run kind"); n != 1 {
				t.Errorf("program failed %d times for kind, want once (then remembered):\n%s", n, log)
			}
			if tc.name == "exits at once" && !strings.Contains(log.String(), "broken native program output") {
				t.Errorf("the broken program's output is not in the log:\n%s", log)
			}
		})
	}
}

func distinctStrings(xs []any) string {
	m := map[string]bool{}
	for _, x := range xs {
		m[fmt.Sprint(x)] = true
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

// A pool worker that became native for one target serves another it does
// not have through a new child, and becomes native again for the first;
// one Map never sees more processes than workers.
func TestNativePoolWorkerChangesChild(t *testing.T) {
	log := withChildren(t, nativeFor([]string{"kind", "pidOf"}, "native", "only=kind,pidOf"))
	inCell(t)
	pool := NewPool(2)
	defer pool.Terminate()
	for round := 0; round < 2; round++ {
		ks, err := pool.Map(kind, make([]int, 8))
		if err != nil || distinctStrings(ks) != "native" {
			t.Errorf("round %d: kind: %v, %v", round, ks, err)
		}
		sums, err := pool.Starmap(add, [][]int{{1, 2}, {3, 4}, {5, 6}})
		if err != nil || fmt.Sprint(sums) != "[3 7 11]" {
			t.Errorf("round %d: add on a pool of native workers without it: %v, %v", round, sums, err)
		}
		pids, err := pool.Map(pidOf, make([]int, 40))
		if err != nil || distinct(pids) > 2 {
			t.Errorf("round %d: one map saw %d processes with 2 workers: %v", round, distinct(pids), err)
		}
	}
	if log.String() != "" {
		t.Errorf("a program without add was not asked for add, yet failures were logged:\n%s", log)
	}
}

// A native program serves only the declarations it was built from: when
// they change, the work goes to a child that has the new ones.
func TestNativeChildIsForItsDeclarations(t *testing.T) {
	decls := []string{"func f() {}"}
	session.SetDeclarations(func() []string { return decls })
	defer session.SetDeclarations(nil)
	built := append([]string(nil), decls...)
	exe, _ := os.Executable()
	withChildren(t, func(target string, d []string) (string, []string, bool) {
		return exe, []string{"native"}, sameDecls(d, built)
	})
	inCell(t)
	pool := NewPool(1)
	defer pool.Terminate()
	if v, err := pool.Apply(kind, 0); v != "native" || err != nil {
		t.Errorf("before the change: %v, %v", v, err)
	}
	decls = append(decls, "var x = 1")
	if v, err := pool.Apply(kind, 0); v != "interpreted" || err != nil {
		t.Errorf("after the change the stale native child ran: %v, %v", v, err)
	}
	if v, err := pool.Apply(Func("decls", nil)); err != nil || fmt.Sprint(v) != "[func f() {} var x = 1]" {
		t.Errorf("the new child has %v, %v", v, err)
	}
	p, _ := Start(kind, 0)
	p.Join()
	if p.Result() != "interpreted" {
		t.Errorf("process after the change: %v", p.Result())
	}

	// A change the program does not depend on: the kernel gives the same
	// program, and the worker keeps its child.
	withChildren(t, nativeFor(nil, "native"))
	pool2 := NewPool(1)
	defer pool2.Terminate()
	before, err := pool2.Apply(pidOf, 0)
	if err != nil {
		t.Fatal(err)
	}
	decls = append(decls, "var y = 2")
	if after, err := pool2.Apply(pidOf, 0); after != before || err != nil {
		t.Errorf("the worker changed its child (%v, then %v, %v) though the program is the same", before, after, err)
	}
	if v, err := pool2.Apply(kind, 0); v != "native" || err != nil {
		t.Errorf("after the change: %v, %v", v, err)
	}
}

// Interrupting a cell whose native child has not started serving stops
// the work, without trying the interpreter instead.
func TestInterruptBeforeNativeChildServes(t *testing.T) {
	log := withChildren(t, nativeFor(nil, "hang"))
	cell := inCell(t)
	p, err := Start(kind, 0)
	if err != nil {
		t.Fatal(err)
	}
	pool := NewPool(1)
	defer pool.Terminate()
	res := pool.MapAsync(kind, make([]int, 3))
	time.Sleep(100 * time.Millisecond)
	session.StopCell(cell)
	if !p.JoinTimeout(5*time.Second) || !res.WaitTimeout(5*time.Second) {
		t.Fatal("work of the stopped cell still runs")
	}
	if code, _ := p.ExitCode(); code != -9 || p.Result() != nil {
		t.Errorf("process: exit code %d, result %v", code, p.Result())
	}
	if _, err := res.Get(); !errors.Is(err, ErrInterrupted) {
		t.Errorf("pool: %v", err)
	}
	if log.String() != "" {
		t.Errorf("an interrupted native child was counted as broken:\n%s", log)
	}
}

// What a native child prints before it acknowledges its task (package
// initialisation) is held back, then shown in the cell before what the
// task prints, as the interpreted child shows its own.
func TestNativeChildInitOutputIsKept(t *testing.T) {
	for _, args := range [][]string{{"interp", "initprint"}, {"native", "initprint"}} {
		exe, _ := os.Executable()
		withChildren(t, nil)
		if args[0] == "native" {
			withChildren(t, nativeFor(nil, args...))
		} else {
			SetExecutable(exe, args...)
		}
		cell := inCell(t)
		p, err := Start(printLines, 2)
		if err != nil {
			t.Fatal(err)
		}
		p.Join()
		pool := NewPool(1)
		if _, err := pool.Apply(printLines, 1); err != nil {
			t.Fatal(err)
		}
		pool.Terminate()
		want := "printed by init\nline 0\nline 1\n"
		waitFor(t, "output", func() bool { return strings.Count(capture.text(cell, "stdout"), "line") == 3 })
		if got := capture.text(cell, "stdout"); !strings.HasPrefix(got, want) || !strings.Contains(got[len(want):], "printed by init\nline 0\n") {
			t.Errorf("%s child: cell shows %q", args[0], got)
		}
	}
}
