package sessiontest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// goRunMain is what `go run` prints for a program of decls and a main
// made of body.
func goRunMain(t *testing.T, decls, body string) string {
	t.Helper()
	out, errOut, err := goRunProgram(t, decls, body)
	if err != nil {
		t.Fatalf("go run: %v\n%s%s", err, out, errOut)
	}
	return out
}

// goRunProgram runs the program of decls and a main made of body with
// `go run`: its stdout, its stderr and how it ended.
func goRunProgram(t *testing.T, decls, body string) (stdout, stderr string, err error) {
	t.Helper()
	goCmd, lookErr := exec.LookPath("go")
	if lookErr != nil {
		t.Skip("no go command: the compiled path is what this tests")
	}
	dir := t.TempDir()
	src := "package main\n\n" + decls + "\n\nfunc main() {\n" + body + "\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goCmd, "run", "main.go")
	cmd.Dir = dir
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

// Declarations Go accepts but the interpreter cannot take are
// kept for compiled runs: a cell that needs them runs compiled and prints
// what go run prints; one that also needs a session variable gets an
// error that says why; a redeclaration the interpreter can run takes the
// name back; a restarted evaluator keeps them.
func TestCompiledOnlyDeclarations(t *testing.T) {
	// Package unique is generic through and through: the interpreter
	// has no symbols for it.
	const decls = `import (
	"fmt"
	"unique"
)

func intern(s string) unique.Handle[string] { return unique.Make(s) }

func field(a, b string) bool { return intern(a) == intern(b) && intern(a).Value() == a }`
	const use = `fmt.Println(field("go", "go"), field("go", "Go"))`
	want := goRunMain(t, decls, use)

	k := start(t)
	r := k.ok(decls)
	if !strings.Contains(r.Stderr, "kept for compiled runs") || !strings.Contains(r.Stderr, "field") {
		t.Fatalf("the declarations: no note naming them: stderr %q", r.Stderr)
	}
	r = k.ok(use)
	if r.Stdout != want || !strings.Contains(r.Stderr, "ran compiled") {
		t.Errorf("a cell that needs them: stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}
	// Through another declaration of the session, interpreted.
	k.ok("func check(a string) string { return fmt.Sprint(\"same: \", field(a, a)) }")
	r = k.ok(`fmt.Println(check("x"))`)
	if r.Stdout != "same: true\n" || !strings.Contains(r.Stderr, "ran compiled") {
		t.Errorf("through check: stdout %q, stderr %q", r.Stdout, r.Stderr)
	}

	// A session variable cannot cross into a compiled run.
	k.ok(`e := "zip"`)
	r = k.exec(`fmt.Println(field(e, e))`)
	if r.Status != "error" || r.Error.Ename != "NeedsCompiledRun" || !strings.Contains(r.Error.Evalue, "variables (e)") || r.Stdout != "" {
		t.Errorf("with a session variable: %s, stdout %q", describe(r), r.Stdout)
	}

	// The evaluator dies and comes back: the declarations are still there.
	r = k.exec(`os.StartProcess("/bin/sh", []string{"sh", "-c", "kill -9 $PPID"}, &os.ProcAttr{}); time.Sleep(time.Hour)`)
	if r.Status != "error" {
		t.Fatalf("the death of the evaluator: %s", describe(r))
	}
	r = k.ok(use)
	if r.Stdout != want || !strings.Contains(r.Stderr, "ran compiled") {
		t.Errorf("after a restart: stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}

	// A declaration the interpreter runs takes the name back.
	k.ok("func field(a, b string) string { return \"plain\" }")
	r = k.ok(`fmt.Println(field("", ""))`)
	if r.Stdout != "plain\n" || strings.Contains(r.Stderr, "compiled") {
		t.Errorf("after the redeclaration: stdout %q, stderr %q", r.Stdout, r.Stderr)
	}
	// %reset forgets them all.
	k.ok("%reset -f")
	r = k.exec(use)
	if r.Status != "error" || !strings.Contains(describe(r), "undefined") {
		t.Errorf("after %%reset: %s, stderr %q", describe(r), r.Stderr)
	}
}

// Range over functions runs in the interpreter (lowered with the cell's
// types, kernel/rangefunc), with a session variable that a compiled run
// could not see, and prints what go run prints.
func TestRangeOverFuncInterpreted(t *testing.T) {
	const decls = `import "fmt"

func pairs(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func find(words []string, want string) int {
	for i, w := range pairs(words) {
		if w == want {
			return i
		}
	}
	return -1
}`
	const body = `words := []string{"go", "is", "fun", "and", "fast"}
var fs []func() string
for i, w := range pairs(words) {
	if w == "is" {
		continue
	}
	if i == 3 {
		break
	}
	fs = append(fs, func() string { return fmt.Sprint(i, w) })
}
for _, f := range fs {
	fmt.Println(f())
}
fmt.Println(find(words, "fun"), find(words, "nope"))`
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	k.ok(`words := []string{"go", "is", "fun", "and", "fast"}`)
	r := k.ok(strings.TrimPrefix(body, `words := []string{"go", "is", "fun", "and", "fast"}`+"\n"))
	if r.Stdout != want || strings.Contains(r.Stderr, "compiled") {
		t.Errorf("stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}
}

// Session variables that still hold their declaration's value (pristine)
// cross into compiled runs: declarations with sync.OnceValue (generic,
// which the interpreter lacks) are kept, a cell using them runs compiled
// and prints what go run prints; once a run may have changed them, a
// later cell gets an error naming them instead of a stale value.
func TestPristineVariablesRunCompiled(t *testing.T) {
	const decls = `import (
	"fmt"
	"sync"
)

var calls int

func load() map[string]int {
	calls++
	return map[string]int{"a": 1}
}

var getConfig = sync.OnceValue(load)`
	const use = `var wg sync.WaitGroup
for range 5 {
	wg.Go(func() { _ = getConfig() })
}
wg.Wait()
fmt.Println(getConfig()["a"], calls)`
	want := goRunMain(t, decls, use)

	k := start(t)
	if r := k.ok(decls); !strings.Contains(r.Stderr, "kept for compiled runs") {
		t.Fatalf("the declarations: stderr %q", r.Stderr)
	}
	if r := k.ok(use); r.Stdout != want || !strings.Contains(r.Stderr, "ran compiled") {
		t.Fatalf("the first use: stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}
	r := k.exec(`fmt.Println(calls)`)
	if r.Status != "error" || r.Error.Ename != "NeedsCompiledRun" || !strings.Contains(r.Error.Evalue, "calls") || r.Stdout != "" {
		t.Errorf("after a run that may change calls: %s, stdout %q", describe(r), r.Stdout)
	}

	// An interpreted declaration, used by an interpreted cell, then by
	// one the guard sends to the compiled path.
	const codeDecls = "type code struct{ n int }\nfunc (c code) Error() string { return fmt.Sprint(\"code \", c.n) }\nvar base = code{7}"
	const wrap = `fmt.Println(fmt.Errorf("wrap: %w", base))`
	want = goRunMain(t, "import \"fmt\"\n"+codeDecls, wrap)
	k.ok(codeDecls)
	r = k.ok(wrap)
	if !strings.Contains(r.Stderr, "ran compiled") || r.Stdout != want {
		t.Errorf("a pristine variable in a compiled run: stdout %q, stderr %q", r.Stdout, r.Stderr)
	}
	k.ok(`base.n = 8`)
	r = k.exec(wrap)
	if r.Status != "error" || !strings.Contains(r.Error.Evalue, "variables (base)") {
		t.Errorf("after base changed: %s, stdout %q", describe(r), r.Stdout)
	}
}

// A whole program whose declarations the interpreter cannot all take
// (sync.OnceValue): it runs compiled, the ones the interpreter refused
// are kept for compiled runs, and a later cell using them runs compiled
// with the program's other variables, as their declarations give them.
func TestWholeProgramDeclarationsKeptForCompiledRuns(t *testing.T) {
	const decls = `import (
	"fmt"
	"sync"
)

var loads int

var config = sync.OnceValue(func() map[string]string {
	loads++
	return map[string]string{"env": "dev"}
})`
	const use = `fmt.Println(config()["env"], loads)`
	want := goRunMain(t, decls, use)
	k := start(t)
	r := k.ok("package main\n\n" + decls + "\n\nfunc main() {\n\tfmt.Println(config()[\"env\"], loads)\n}\n")
	if r.Stdout != want || !strings.Contains(r.Stderr, "kept for compiled runs") || strings.Contains(r.Stderr, "warning:") {
		t.Fatalf("the program: stdout %q (go run %q), stderr %q", r.Stdout, want, r.Stderr)
	}
	if r = k.ok(use); r.Stdout != want || !strings.Contains(r.Stderr, "ran compiled") {
		t.Errorf("a later cell: stdout %q (go run %q), stderr %q", r.Stdout, want, r.Stderr)
	}
}

// A struct value put into an interface is a copy, as in Go (yaegi's
// interface aliased the variable: a later change showed through it), in
// the cell's statements and in the functions it declares; a var that
// uses the cell's variables runs in order.
func TestStructIntoInterfaceIsACopy(t *testing.T) {
	const decls = `import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Box struct{ v any }

func keep(v any) any { return v }

func stored() []any {
	c := Counter{1}
	out := []any{c}
	c.n = 5
	return append(out, c)
}

type Dir int

func (d Dir) String() string { return [...]string{"N", "E"}[d] }

func turn(i int) Dir { return Dir(i % 2) }

// In a loop: each value its own, not the last one's.
func inLoop() (map[int]any, []fmt.Stringer) {
	m := map[int]any{}
	var ds []fmt.Stringer
	for i := range 2 {
		c := Counter{i}
		c.Inc()
		m[i] = c
		ds = append(ds, turn(i))
	}
	return m, ds
}`
	const body = `a := Counter{}
a.Inc()
var s any = a
ss := []any{a}
m := map[string]any{"a": a}
b := Box{a}
k := keep(a)
ch := make(chan any, 1)
ch <- a
a.Inc()
fmt.Println(s.(Counter).n, ss[0].(Counter).n, m["a"].(Counter).n, b.v.(Counter).n, k.(Counter).n, (<-ch).(Counter).n, a.n)
st := stored()
fmt.Println(st[0].(Counter).n, st[1].(Counter).n)
lm, ld := inLoop()
fmt.Println(lm[0].(Counter).n, lm[1].(Counter).n, ld)`
	interpretedAsGoRun(t, decls, body)
}

// A cell the guard sends to the compiled path that ends in a call runs
// there, as Go runs a call whose results are dropped (it was refused as
// "a value to show"); the note says the results are not shown.
func TestGuardedCellEndingInACallRunsCompiled(t *testing.T) {
	const decls = "import \"fmt\"\n\ntype T struct{ n int }\n\nfunc describe(t T) int {\n\tfmt.Printf(\"%T %d\\n\", t, t.n)\n\treturn t.n\n}"
	want := goRunMain(t, decls, "describe(T{3})")
	k := start(t)
	k.ok(decls)
	r := k.ok("describe(T{3})")
	if r.Stdout != want || !strings.Contains(r.Stderr, "ran compiled") || !strings.Contains(r.Stderr, "not shown") {
		t.Errorf("stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}
}

// init functions of a declarations cell that fill a registry run in a
// compiled run too (it saw the registry empty and panicked on a nil
// factory, oop_plugin_registry), and a session keeps every init, not the
// last one only.
func TestSessionInitsInCompiledRuns(t *testing.T) {
	const decls = `import "fmt"

var registry = map[string]func() string{}

func register(name string, f func() string) {
	if _, dup := registry[name]; dup {
		panic("registered twice: " + name)
	}
	registry[name] = f
}

func init() { register("a", func() string { return "A" }) }

func init() { register("b", func() string { return "B" }) }`
	// recover() sends the cell to the compiled path.
	const use = `func() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(len(registry), registry["a"](), registry["b"]())
	register("a", nil)
}()`
	want := goRunMain(t, decls, use)
	k := start(t)
	k.ok(decls)
	r := k.ok(use)
	if r.Stdout != want || !strings.Contains(r.Stderr, "ran compiled") {
		t.Errorf("stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}
}

// A panic in a function literal that compiled code runs in a goroutine of
// its own (wg.Go, time.AfterFunc) ends the cell with that panic, as it
// ends a Go program (the cell waited for good: wg.Wait, <-done); it took
// the evaluator, and the session's values, down before.
func TestPanicInWaitGroupGoKeepsTheSession(t *testing.T) {
	k := start(t)
	k.ok("x := 5")
	for _, cell := range []string{
		"var wg sync.WaitGroup\nwg.Go(func() { panic(\"in wg.Go\") })\nwg.Wait()\nfmt.Println(\"after\")",
		// Not `defer close(done)` and `<-done`: the deferred close runs
		// before the panic is reported, and the cell could print "after"
		// first (in Go too, the program may print it before it dies).
		"time.AfterFunc(time.Millisecond, func() { panic(\"in AfterFunc\") })\ntime.Sleep(3 * time.Second)\nfmt.Println(\"after\")",
	} {
		r := k.exec(cell)
		if r.Error == nil || r.Error.Ename != "panic" || !strings.HasPrefix(r.Error.Evalue, "in ") || r.Stdout != "" {
			t.Errorf("%s, stdout %q, stderr %q", describe(r), r.Stdout, r.Stderr)
		}
	}
	if r := k.ok("fmt.Println(x)"); r.Stdout != "5\n" {
		t.Errorf("x after the panics: %q, %q", r.Stdout, r.Stderr)
	}
}

// A panic in a goroutine that the running cell started ends the cell with
// it (Go's program ends); the cell waiting for it hung before.
func TestGoroutinePanicEndsTheCell(t *testing.T) {
	k := start(t)
	r := k.exec("done := make(chan int)\ngo func() {\n\tvar m map[string]int\n\tm[\"a\"] = 1\n\tdone <- 1\n}()\n<-done\nfmt.Println(\"not reached\")")
	if r.Error == nil || r.Error.Ename != "panic" || r.Error.Evalue != "assignment to entry in nil map" || r.Stdout != "" {
		t.Errorf("%s, stdout %q, stderr %q", describe(r), r.Stdout, r.Stderr)
	}
	if r := k.ok("fmt.Println(\"next\")"); r.Stdout != "next\n" {
		t.Errorf("next cell: %q, %q", r.Stdout, r.Stderr)
	}
}

// An operator's value that goes into an interface is that value (yaegi
// ended the cell's code silently at `r = -a` with `var r any`, left `var
// q any = -a` nil, and panicked on `return a < b` from a func returning
// any), as go run prints.
func TestOperatorIntoInterface(t *testing.T) {
	const decls = `import "fmt"

func less(a, b int) any { return a < b }

func neg(a int) any { return -a }

func parse(raw string) (any, error) { return raw == "true", nil }`
	const body = `a, b := 1, 2
var r any
r = -a
fmt.Println(r)
r = a < b
fmt.Println(r)
m := map[string]any{}
m["k"] = !(a < b)
var q any = -a
fmt.Println(m, q, less(1, 2), neg(3))
fmt.Println(parse("true"))`
	interpretedAsGoRun(t, decls, body)
}

// Typed constants made from iota by an operator compare equal to what
// holds them (yaegi: `s == Buy` was false for `Buy Side = iota + 1`; two
// names on one line overflowed its stack), as go run prints.
func TestIotaConstants(t *testing.T) {
	const decls = `import "fmt"

type Side uint8

const (
	Buy Side = iota + 1
	Sell
)

type Flag int

const (
	Read Flag = 1 << iota
	Write
	Exec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

const (
	A, B Flag = iota * 10, iota*10 + 1
	C, D
)

const Letter = 'a' + iota

func (s Side) String() string {
	switch s {
	case Buy:
		return "BUY"
	case Sell:
		return "SELL"
	}
	return "?"
}`
	const body = `var s Side = Buy
perm := Read | Exec
fmt.Println(s == Buy, s, Sell, perm&Write == Write, perm&Exec == Exec, KB, MB, C == 10, D, Letter)
func() {
	const (
		x Flag = iota + 5
		y
	)
	var f Flag = y
	fmt.Println(f == y, f)
}()`
	interpretedAsGoRun(t, decls, body)
}

// interpretedAsGoRun runs decls and then body as two cells of a new
// kernel: body must print what go run prints for the program of both,
// interpreted (not sent to the compiled path).
func interpretedAsGoRun(t *testing.T, decls, body string) {
	t.Helper()
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	r := k.ok(body)
	if r.Stdout != want || strings.Contains(r.Stderr, "compiled") {
		t.Errorf("stdout %q (go run: %q), stderr %q", r.Stdout, want, r.Stderr)
	}
}
