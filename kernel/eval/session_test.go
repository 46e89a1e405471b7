package eval

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
)

func TestDeclarationsAndReplay(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "strings"
// Shout makes s loud.
func Shout(s string) string { return strings.ToUpper(s) + suffix }
const suffix = "!"
type Pair struct{ A, B int }
func (p Pair) Sum() int { return p.A + p.B }
var total = 5
count := 3
names := []string{"a"}
pair := Pair{1, 2}
println("statements never replay")`)
	run(t, s, `func Shout(s string) string { return strings.ToUpper(s) + suffix + suffix }`)
	decls := s.Declarations()
	joined := strings.Join(decls, "\n")
	contains(t, "declarations", joined, `import "strings"`, "suffix + suffix", "type Pair",
		"func (p Pair) Sum()", "var total = 5", "var count int", "var names []string", "var pair Pair")
	if strings.Contains(joined, "println") || strings.Count(joined, "func Shout") != 1 {
		t.Fatalf("declarations: %q", decls)
	}

	fresh := newSession(t, Options{})
	var err error
	out := capture(t, func() { err = fresh.Replay(decls) })
	if err != nil {
		t.Fatal(err)
	}
	if out != "" {
		t.Fatalf("replay printed %q", out)
	}
	if _, v := run(t, fresh, `Shout("hi")`); v != `"HI!!"` {
		t.Fatalf("Shout = %s", v)
	}
	if _, v := run(t, fresh, `Pair{2, 3}.Sum() + total + count + len(names)`); v != "10" {
		t.Fatalf("sum = %s (count and names start from zero)", v)
	}
	if got := fresh.Globals(); !reflect.DeepEqual(got, []string{"count", "names", "pair", "total"}) {
		t.Fatalf("globals %q", got)
	}
}

func TestDeclarationsDuringCell(t *testing.T) {
	var s *Session
	got := make(chan []string, 1)
	s = newSession(t, Options{Exports: interp.Exports{"probe/probe": {
		// What runtime/processes does: ask for the declarations from
		// inside a running cell.
		"Decls": reflect.ValueOf(func() int { d := s.Declarations(); got <- d; return len(d) }),
	}}})
	run(t, s, `import "probe"
func worker() {}
probe.Decls()`)
	contains(t, "declarations seen by a running cell", strings.Join(<-got, "\n"), "func worker()")
}

func TestChildResolverLookupCall(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	run(t, s, `import "fmt"
type Greeting struct{ To string }
func greet(name string, n int) (string, error) {
	if n < 0 { return "", fmt.Errorf("negative") }
	return fmt.Sprintf("Hello %s x%d", Greeting{name}.To, n), nil
}
greet("unused", 1)`)
	lookup, err := ChildResolver(s.Declarations())
	if err != nil {
		t.Fatal(err)
	}
	f, err := lookup("greet")
	if err != nil {
		t.Fatal(err)
	}
	outs := f.Call([]reflect.Value{reflect.ValueOf("Harry"), reflect.ValueOf(2)})
	if outs[0].String() != "Hello Harry x2" || !outs[1].IsNil() {
		t.Fatalf("call: %v %v", outs[0], outs[1])
	}
	if _, err := lookup("nothere"); err == nil {
		t.Fatal("lookup of an unknown name succeeded")
	}
	if _, err := lookup("1+1"); err == nil {
		t.Fatal("lookup of an expression succeeded")
	}
}

// fakeProcesses is a stand-in for runtime/processes: Func records the
// name it was given, Pool.Map calls the target.
type fakeTarget struct {
	Name string
	Fn   any
}

type fakePool struct{}

func (fakePool) Map(target any, items []int) string {
	t, ok := target.(fakeTarget)
	if !ok {
		return "unnamed target"
	}
	return "named " + t.Name
}

func TestTargetFuncRewrite(t *testing.T) {
	old := TargetFunc
	TargetFunc = "fakeproc.Func"
	defer func() { TargetFunc = old }()
	s := newSession(t, Options{Exports: interp.Exports{"fakeproc/fakeproc": {
		"Func":    reflect.ValueOf(func(name string, fn any) fakeTarget { return fakeTarget{name, fn} }),
		"NewPool": reflect.ValueOf(func() fakePool { return fakePool{} }),
		"Pool":    reflect.ValueOf((*fakePool)(nil)),
	}}})
	run(t, s, `import "fakeproc"
func square(x int) int { return x * x }
p := fakeproc.NewPool()`)
	if _, v := run(t, s, `p.Map(square, []int{1, 2})`); v != `"named square"` {
		t.Fatalf("value %s", v)
	}
	// A func declared in the same cell is known too; a closure is not a
	// top-level func and stays as written.
	if _, v := run(t, s, `func cube(x int) int { return x * x * x }
p.Map(cube, nil)`); v != `"named cube"` {
		t.Fatalf("value %s", v)
	}
	if _, v := run(t, s, `f := func(x int) int { return x }
p.Map(f, nil)`); v != `"unnamed target"` {
		t.Fatalf("value %s", v)
	}
	// Without the wrapper package the cell still runs, unrewritten.
	TargetFunc = "nosuchpkg.Func"
	if _, v := run(t, s, `p.Map(square, nil)`); v != `"unnamed target"` {
		t.Fatalf("fallback value %s", v)
	}
}

// started is a compiled function cells call to say they are running.
func startedExports(ch chan struct{}) interp.Exports {
	return interp.Exports{"probe/probe": {"Started": reflect.ValueOf(func() { ch <- struct{}{} })}}
}

func TestInterruptKeepsState(t *testing.T) {
	started := make(chan struct{}, 1)
	s := newSession(t, Options{Exports: startedExports(started)})
	run(t, s, `import ("probe"; "time")
x := 1`)
	cells := []string{
		"x = 2; probe.Started(); for { x++ }",
		"x = 3; probe.Started(); time.Sleep(time.Hour)",
		"x = 4; probe.Started(); ch := make(chan int); <-ch",
		"x = 5; probe.Started(); time.Sleep(300 * time.Millisecond); x = 99",
	}
	for _, code := range cells {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { _, err := s.Execute(ctx, code); done <- err }()
		<-started
		cancel()
		err := <-done
		if e, ok := err.(*Error); !ok || e.Name != "Interrupted" {
			t.Fatalf("%s: error %v", code, err)
		}
	}
	if _, v := run(t, s, "x"); v != "5" {
		t.Fatalf("x after interrupts: %s", v)
	}
	// The interrupted sleep returns later: the rest of its cell must not run.
	time.Sleep(600 * time.Millisecond)
	if _, v := run(t, s, "x"); v != "5" {
		t.Fatalf("x after the interrupted sleep ended: %s", v)
	}
}

// TestGoroutinePanicReported runs in a child process (a re-exec of the
// test binary): if the rewrite of go statements failed, the panic would
// kill the process, and the parent sees that. The goroutine panics only
// once the cell has ended (the gate): while its cell runs, a goroutine's
// panic ends that cell instead, as it ends a program.
func TestGoroutinePanicReported(t *testing.T) {
	if os.Getenv("EVAL_TEST_CHILD") == "1" {
		gate := make(chan struct{})
		s := newSession(t, Options{Exports: interp.Exports{"gate/gate": {"Open": reflect.ValueOf((<-chan struct{})(gate))}}})
		var err error
		out := captureUntil(t, func() {
			_, err = s.Execute(context.Background(), `import "gate"
func boom(n int) { <-gate.Open; var m map[int]int; m[n] = 1 }
go boom(3)`)
			close(gate)
		}, "panic in goroutine", 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Print(out)
		// Still alive after the goroutine's panic: run another cell.
		if res, err := s.Execute(context.Background(), "40 + 2"); err != nil || res.Data["text/plain"] != "42" {
			t.Fatalf("after the panic: %v %v", res, err)
		}
		fmt.Println("CHILD SURVIVED")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestGoroutinePanicReported$", "-test.count=1")
	cmd.Env = append(os.Environ(), "EVAL_TEST_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child process failed: %v\n%s", err, out)
	}
	contains(t, "child output", string(out), "panic in goroutine started at line 3: assignment to entry in nil map", "CHILD SURVIVED")
}

func TestPreloadRuntime(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	_, v := run(t, s, `session.ShmPrefix() != ""`)
	if v != "true" {
		t.Fatalf("value %s", v)
	}
	// Importing a preloaded package again is harmless.
	run(t, s, `import "gokernel/runtime/session"`)
	if _, v := run(t, s, `len(session.CurrentCell())`); v != "0" {
		t.Fatalf("value %s", v)
	}
}

func TestRangeIntPerIteration(t *testing.T) {
	s := newSession(t, Options{})
	out, _ := run(t, s, `import ("fmt"; "sync")
var wg sync.WaitGroup
res := make([]int, 4)
for i := range 4 {
	wg.Add(1)
	go func() { defer wg.Done(); res[i] = i * 10 }()
}
wg.Wait()
var fs []func() int
for _, v := range []int{7, 8} { fs = append(fs, func() int { return v }) }
fmt.Println(res, fs[0](), fs[1]())`)
	if out != "[0 10 20 30] 7 8\n" {
		t.Fatalf("output %q", out)
	}
}

func TestEvalExpr(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `names := []string{"a", "b"}`)
	d, err := s.EvalExpr(context.Background(), "len(names)")
	if err != nil || d["text/plain"] != "2" {
		t.Fatalf("%v %v", d, err)
	}
	if _, err := s.EvalExpr(context.Background(), "x := 1"); err == nil {
		t.Fatal("a statement was accepted as an expression")
	}
	if _, err := s.EvalExpr(context.Background(), "nosuch + 1"); err == nil {
		t.Fatal("an undefined name was accepted")
	}
}

func TestIsComplete(t *testing.T) {
	s := newSession(t, Options{})
	cases := []struct{ code, status, indent string }{
		{"x := 1", "complete", ""},
		{"", "complete", ""},
		{"func f() {", "incomplete", "\t"},
		{"func f() {\n\tif true {", "incomplete", "\t\t"},
		{"x := []int{\n1,", "incomplete", "\t"},
		{"s := `raw", "incomplete", ""},
		{"x := 1 +", "incomplete", ""},
		{"x := )", "invalid", ""},
		{`s := "abc`, "invalid", ""},
		{"for i := 0; i < 3; i++ {\n}\n", "complete", ""},
		{"if x > 1", "incomplete", ""},
		{"for i := 0; i < 3; i++", "incomplete", ""},
		{"/* comment", "incomplete", ""},
		{"fmt.Println(", "incomplete", "\t"},
	}
	for _, c := range cases {
		st, ind := s.IsComplete(c.code)
		if st != c.status || ind != c.indent {
			t.Errorf("IsComplete(%q) = %q %q, want %q %q", c.code, st, ind, c.status, c.indent)
		}
	}
}

func TestComplete(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "fmt"
type Point struct{ X, Y int }
func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }
counter := 1
pt := Point{1, 2}
func counterReset() {}`)
	check := func(code string, cursor int, wantStart int, want ...string) {
		t.Helper()
		m, start, end := s.Complete(code, cursor)
		if start != wantStart || end != cursor {
			t.Errorf("Complete(%q): start, end = %d, %d, want %d, %d", code, start, end, wantStart, cursor)
		}
		for _, w := range want {
			found := false
			for _, x := range m {
				found = found || x == w
			}
			if !found {
				t.Errorf("Complete(%q) = %q, missing %q", code, m, w)
			}
		}
	}
	check("cou", 3, 0, "counter", "counterReset")
	check("x := fmt.Pri", 12, 9, "Print", "Printf", "Println")
	check("strings.", 8, 8, "ToUpper", "Split")
	check("pt.", 3, 3, "X", "Y", "Norm")
	check("pri", 3, 0, "print", "println")
	check("fu", 2, 0, "func")
	check("é := 1; é", 9, 8, "é") // code points, not bytes
	if m, _, _ := s.Complete("fmt.Pri", 7); len(m) != 3 {
		t.Errorf("fmt.Pri: %q", m)
	}
}

func TestInspect(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	run(t, s, `// area is the area of a w by h rectangle.
func area(w, h int) int {
	return w * h
}
size := 42`)
	check := func(code string, cursor int, want ...string) {
		t.Helper()
		found, data := s.Inspect(code, cursor, 0)
		if !found {
			t.Errorf("Inspect(%q, %d): not found", code, cursor)
			return
		}
		contains(t, "inspect "+code, data["text/plain"].(string), want...)
	}
	check("area(2, 3)", 2, "// area is the area", "func area(w, h int) int")
	check("x := strings.ToUpper(s)", 16, "func strings.ToUpper(s string) string")
	check("size", 4, "size", "42")
	check("len(x)", 1, "func len")
	check("session.ShmPrefix()", 10, "func session.ShmPrefix() string", "shared-memory")
	if found, _ := s.Inspect("nosuchname", 3, 0); found {
		t.Error("found an unknown name")
	}
}

func TestReplayKeepsCellPositions(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "fmt"
type Point struct{ X, Y int }
func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) }
func half(n int) int { return n / 2 }`)
	// fails is on line 3 of its cell; the division at column 32.
	run(t, s, `const ten = 10

func fails(n int) int { return ten / n }
func spawn() { go boom() }
func boom() { panic("boom") }`)
	// What eval.ChildResolver does in a child process.
	child := newSession(t, Options{})
	if err := child.Replay(s.Declarations()); err != nil {
		t.Fatal(err)
	}
	f, err := child.Lookup("fails")
	if err != nil {
		t.Fatal(err)
	}
	capture(t, func() {
		defer func() {
			if recover() == nil {
				t.Error("fails(0) did not panic")
			}
		}()
		f.Call([]reflect.Value{reflect.ValueOf(0)})
	})
	if frames := child.stderr.take(); len(frames) == 0 || !strings.HasPrefix(frames[0], "3:32: panic: ") {
		t.Fatalf("panic frames %q, want the cell's 3:32 first", frames)
	}
	// A goroutine panic names the line of the go statement in its cell.
	spawn, err := child.Lookup("spawn")
	if err != nil {
		t.Fatal(err)
	}
	out := captureUntil(t, func() { spawn.Call(nil) }, "panic in goroutine", 10*time.Second)
	contains(t, "goroutine panic report", out, "started at line 4: boom")
	// The child's declarations keep the positions: a second replay (an
	// evaluator restart) reports the same place.
	again := newSession(t, Options{})
	if err := again.Replay(child.Declarations()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Declarations(), s.Declarations()) {
		t.Fatalf("declarations changed by replay:\n%q\n%q", again.Declarations(), s.Declarations())
	}
}
