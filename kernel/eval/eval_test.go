package eval

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestMixedCell(t *testing.T) {
	s := newSession(t, Options{})
	out, val := run(t, s, `import "fmt"
var m map[string]int
m = map[string]int{"a": 1}
func add(k string, v int) { m[k] += v }
add("a", 2)
type P struct{ X, Y int }
p := P{1, 2}
fmt.Println(m["a"], p.X+p.Y)
m["a"]`)
	if out != "3 3\n" || val != "3" {
		t.Fatalf("output %q value %q", out, val)
	}
}

func TestFinalValue(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import ("fmt"; "strconv")
func two() (int, string) { return 7, "seven" }
func none() {}
x := 5`)
	cases := []struct{ code, want string }{
		{"1+1", "2"},
		{"x * 2", "10"},
		{`"hi"`, `"hi"`},
		{"two()", `7 "seven"`},
		{`strconv.Atoi("12")`, "12 nil"},
		{"none()", ""},
		{"x++", ""},
		{`fmt.Println("p")`, ""},
		{`y := 3`, ""},
		{`len("abc")`, "3"},
		{`float64(x) / 4`, "1.5"}, // x is 6 after x++
	}
	for _, c := range cases {
		_, got := run(t, s, c.code)
		if got != c.want {
			t.Errorf("%s: value %q, want %q", c.code, got, c.want)
		}
	}
}

func TestCompileErrorPositionAndNoPartialRun(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "fmt"
n := 1`)
	e, out := runErr(t, s, `fmt.Println("must not print")
n = 2
n = undefinedName + 1`)
	if out != "" {
		t.Fatalf("cell with a compile error printed %q", out)
	}
	if e.Name != "CompileError" || e.Line != 3 || !strings.Contains(e.Value, "undefined") {
		t.Fatalf("error %+v", e)
	}
	tb := strings.Join(e.Traceback, "\n")
	contains(t, "traceback", tb, "n = undefinedName + 1", "^", "line 3")
	if _, v := run(t, s, "n"); v != "1" {
		t.Fatalf("n = %s after a failed cell, want 1", v)
	}
}

func TestSyntaxErrorPosition(t *testing.T) {
	s := newSession(t, Options{})
	e, _ := runErr(t, s, "a := 1\nb := a 2\n")
	if e.Name != "SyntaxError" || e.Line != 2 {
		t.Fatalf("error %+v", e)
	}
	contains(t, "traceback", strings.Join(e.Traceback, "\n"), "b := a 2")
	e, _ = runErr(t, s, "func f() {\n\tx := \"unterminated\n}")
	if e.Name != "SyntaxError" || e.Line != 2 {
		t.Fatalf("error %+v", e)
	}
	// The brace that closes the cell's wrapper is not the learner's.
	e, _ = runErr(t, s, "1 +")
	if e.Name != "SyntaxError" || e.Value != "expected operand, found the end of the cell" {
		t.Fatalf("unfinished expression: %+v", e)
	}
	e, _ = runErr(t, s, "for i := 0; i < 3; i++ {")
	if e.Name != "SyntaxError" || e.Value != "expected '}', found the end of the cell" {
		t.Fatalf("unclosed block: %+v", e)
	}
	// A brace that is in the cell is still named.
	e, _ = runErr(t, s, "if true { x := 1 + }")
	if e.Name != "SyntaxError" || !strings.HasSuffix(e.Value, "found '}'") {
		t.Fatalf("brace in the cell: %+v", e)
	}
}

// Importing a package the session has no symbols for says what cells can
// import, not yaegi's advice about GOPATH.
func TestUnknownImport(t *testing.T) {
	s := newSession(t, Options{})
	e, _ := runErr(t, s, `import "github.com/example/notapkg"`)
	if e.Name != "CompileError" || !strings.Contains(e.Value, `cannot import "github.com/example/notapkg"`) ||
		!strings.Contains(e.Value, "standard library") || strings.Contains(e.Value, "GOPATH") {
		t.Fatalf("error %+v", e)
	}
}

func TestPanicInCell(t *testing.T) {
	s := newSession(t, Options{})
	e, _ := runErr(t, s, `var xs []int
xs[3] = 1`)
	if e.Name != "panic" || !strings.Contains(e.Value, "index out of range") || e.Line != 2 {
		t.Fatalf("error %+v", e)
	}
	if _, v := run(t, s, "len(xs)"); v != "0" {
		t.Fatalf("session broken after panic: %q", v)
	}
}

func TestDoubleImport(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "strings"`)
	_, v := run(t, s, `import (
	"context"
	"strings"
	"fmt"
)
fmt.Sprint(strings.ToUpper("go"))`)
	if v != `"GO"` {
		t.Fatalf("value %q", v)
	}
	run(t, s, `import "strings"`)
	n := 0
	for _, d := range s.Declarations() {
		if strings.Contains(d, `"strings"`) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("strings imported %d times in %q", n, s.Declarations())
	}
}

func TestRedefinitionTakesEffect(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "fmt"
type Shape struct{ W, H int }
func (s Shape) Area() int { return s.W * s.H }
func describe(s Shape) string { return fmt.Sprint("area ", s.Area(), " ", label()) }
func label() string { return "v1" }
counter := 41
sh := Shape{2, 3}`)
	if _, v := run(t, s, "describe(sh)"); v != `"area 6 v1"` {
		t.Fatalf("before: %s", v)
	}
	// A changed func used by an earlier one.
	run(t, s, `func label() string { return "v2" }`)
	if _, v := run(t, s, "describe(Shape{2, 3})"); v != `"area 6 v2"` {
		t.Fatalf("after func change: %s", v)
	}
	// A changed method.
	run(t, s, `func (s Shape) Area() int { return s.W + s.H }`)
	if _, v := run(t, s, "describe(Shape{2, 3})"); v != `"area 5 v2"` {
		t.Fatalf("after method change: %s", v)
	}
	// A changed type (a new field), its methods replayed against it.
	run(t, s, `type Shape struct{ W, H, D int }`)
	if _, v := run(t, s, "describe(Shape{2, 3, 4})"); v != `"area 5 v2"` {
		t.Fatalf("after type change: %s", v)
	}
	if _, v := run(t, s, "Shape{1, 2, 3}.D"); v != "3" {
		t.Fatalf("new field: %s", v)
	}
	// Values of unchanged types survive the rebuilds.
	if _, v := run(t, s, "counter + 1"); v != "42" {
		t.Fatalf("counter after rebuilds: %s", v)
	}
}

func TestGoAndDeferArgumentTiming(t *testing.T) {
	s := newSession(t, Options{})
	out, _ := run(t, s, `import ("fmt"; "sync")
var wg sync.WaitGroup
func show(tag string, v int) { fmt.Println(tag, v); wg.Done() }
func f() {
	x := 1
	defer fmt.Println("deferred", x)
	x = 2
	fmt.Println("body", x)
}
f()
y := 10
wg.Add(1)
ch := make(chan bool)
go func(v int) { <-ch; show("go", v) }(y)
y = 20
close(ch)
wg.Wait()`)
	want := "body 2\ndeferred 1\ngo 10\n"
	if out != want {
		t.Fatalf("output %q, want %q", out, want)
	}
}

func TestLoopVariablePerIteration(t *testing.T) {
	s := newSession(t, Options{})
	out, _ := run(t, s, `import ("fmt"; "sync"; "sort")
var mu sync.Mutex
var wg sync.WaitGroup
var got []int
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() { defer wg.Done(); mu.Lock(); got = append(got, i); mu.Unlock() }()
}
wg.Wait()
sort.Ints(got)
fmt.Println(got)`)
	if out != "[0 1 2]\n" {
		t.Fatalf("output %q", out)
	}
	// A body that changes the variable still steers the loop.
	if _, v := run(t, s, `n := 0
for i := 0; i < 10; i++ { i++; func() { n++ }() }
n`); v != "5" {
		t.Fatalf("n = %s", v)
	}
}

func TestRangeOverInt(t *testing.T) {
	s := newSession(t, Options{})
	out, _ := run(t, s, `import "fmt"
n := 3
for i := range n { fmt.Print(i) }
for i := range 2 { fmt.Print(i) }
for range len("ab") { fmt.Print("x") }
func count(k int) int { c := 0; for range k { c++ }; return c }
fmt.Print(count(4))
var i64 int64 = 2
for j := range i64 { fmt.Print(j) }
for _, r := range []string{"a", "b"} { fmt.Print(r) }
for k := range map[string]int{"m": 1} { fmt.Print(k) }
fmt.Println()`)
	if out != "01201xx401abm\n" {
		t.Fatalf("output %q", out)
	}
	// A labeled loop keeps its label.
	out, _ = run(t, s, `outer: for i := range 3 { for j := range 3 { if j > i { continue outer }; fmt.Print(i, j, " ") } }`)
	if out != "0 0 1 0 1 1 2 0 2 1 2 2 " {
		t.Fatalf("output %q", out)
	}
	// A global int from an earlier cell.
	out, _ = run(t, s, `for i := range n { fmt.Print(i) }`)
	if out != "012" {
		t.Fatalf("output %q", out)
	}
}

func TestMinMaxClear(t *testing.T) {
	s := newSession(t, Options{})
	cases := []struct{ code, want string }{
		{"min(3, 1, 2)", "1"},
		{"max(3, 1, 2, 7)", "7"},
		{"min(2.5, 1)", "1"},
		{`max("a", "b")`, `"b"`},
		{"min(4)", "4"},
		{"m := map[int]int{1: 1, 2: 2}; clear(m); len(m)", "0"},
		{"xs := []int{1, 2}; clear(xs); xs", "[0 0]"},
	}
	for _, c := range cases {
		if _, v := run(t, s, c.code); v != c.want {
			t.Errorf("%s = %s, want %s", c.code, v, c.want)
		}
	}
}

func TestUnsupportedSyntax(t *testing.T) {
	s := newSession(t, Options{})
	e, _ := runErr(t, s, `seq := func(yield func(int) bool) { yield(1) }
for x := range seq { println(x) }`)
	if e.Name != "UnsupportedSyntax" {
		t.Fatalf("error %+v", e)
	}
	if _, v := run(t, s, "1+1"); v != "2" {
		t.Fatal("session broken")
	}
}

func TestStdin(t *testing.T) {
	s := newSession(t, Options{Stdin: strings.NewReader("7 8\nhello line\n")})
	_, v := run(t, s, `import ("bufio"; "fmt"; "os")
var a, b int
fmt.Scan(&a, &b)
r := bufio.NewReader(os.Stdin)
line, _ := r.ReadString('\n')
line, _ = r.ReadString('\n')
fmt.Sprint(a+b, " ", line)`)
	if v != `"15 hello line\n"` {
		t.Fatalf("value %s", v)
	}
}

func TestAutoImport(t *testing.T) {
	s := newSession(t, Options{})
	out, v := run(t, s, `x := strings.Repeat("ab", 2)
fmt.Println(x, math.Sqrt(4))
x`)
	if out != "abab 2\n" || v != `"abab"` {
		t.Fatalf("output %q value %q", out, v)
	}
	contains(t, "declarations", strings.Join(s.Declarations(), "\n"), `import "strings"`, `import "fmt"`, `import "math"`)
	e, _ := runErr(t, s, "nosuchpkg.F()")
	if e.Name != "CompileError" || !strings.Contains(e.Value, "undefined: nosuchpkg") {
		t.Fatalf("error %+v", e)
	}
	// yaegi calls an undefined name in `x := ...` a "constant definition loop".
	e, _ = runErr(t, s, "y := 1\nz := y + nosuchname")
	if e.Value != "undefined: nosuchname" || e.Line != 2 || e.Col != 10 {
		t.Fatalf("error %+v", e)
	}
}

func TestNilAndErrorValues(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, "x := 5")
	if _, v := run(t, s, "x"); v != "5" {
		t.Fatal(v)
	}
	if _, v := run(t, s, "nil"); v != "nil" {
		t.Fatalf("nil shows %q", v)
	}
	if _, v := run(t, s, `errors.New("bad")`); v != "bad" {
		t.Fatalf("error shows %q", v)
	}
}

func TestDefinedNamesSurviveAPanic(t *testing.T) {
	s := newSession(t, Options{})
	runErr(t, s, `lock := 3
func useLock() int { return lock }
panic("stop")`)
	// A rebuild (a changed type) replays useLock, which needs lock.
	run(t, s, "type T int")
	run(t, s, "type T string")
	if _, v := run(t, s, "useLock()"); v != "3" {
		t.Fatalf("useLock() = %s", v)
	}
}

func TestDisplayValuesNotShownTwice(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	var res *Result
	var err error
	// Without a kernel, display prints the text form.
	out := capture(t, func() { res, err = s.Execute(context.Background(), `display.Text("hi")`) })
	if err != nil || res.HasValue || out != "hi\n" {
		t.Fatalf("a display value was shown as the cell's value: %+v %v, output %q", res, err, out)
	}
}

func TestNilErrorNotShown(t *testing.T) {
	s := newSession(t, Options{})
	ctx := context.Background()
	res, err := s.Execute(ctx, "func ok() error { return nil }\nok()")
	if err != nil || res.HasValue {
		t.Fatalf("a nil error was shown: %+v %v", res, err)
	}
	res, err = s.Execute(ctx, `func bad() error { return fmt.Errorf("boom") }`+"\nbad()")
	if err != nil || !res.HasValue || res.Data["text/plain"] != "boom" {
		t.Fatalf("a non-nil error is not shown: %+v %v", res, err)
	}
	res, err = s.Execute(ctx, "var p *int\np")
	if err != nil || !res.HasValue {
		t.Fatalf("a nil pointer must still show: %+v %v", res, err)
	}
}

func TestFinalValueUsesStringMethod(t *testing.T) {
	s := newSession(t, Options{})
	// Declared in the cell that shows the value.
	if _, v := run(t, s, "type T struct{ A int }\nfunc (t T) String() string { return fmt.Sprint(\"T!\", t.A) }\nT{3}"); v != "T!3" {
		t.Fatalf("T{3} shows %q", v)
	}
	run(t, s, `type P struct{ A int }
func (p *P) String() string { return "P!" }
type U struct{ A int }
type C float64
func (C) String() string { return "C!" }
var c C = 2
type W struct{ T }
type E struct{}
func (E) Error() string { return "E!" }
calls := 0
func next() T { calls++; return T{calls} }
func pair() (T, error) { return T{7}, E{} }
func ok() error { return nil }
func (T) Do() {}`)
	cases := []struct{ code, want string }{
		{"T{3}", "T!3"},
		{"&P{3}", "P!"},
		{"U{3}", "{3}"},
		{"E{}", "E!"},
		{"C(1.5)", "C!"},
		{"c", "C!"},
		{"W{T{5}}", "T!5"},               // a promoted String
		{"2.5", "2.5"},                   // float64 like C, without its method
		{"time.Duration(1500)", "1.5µs"}, // a conversion to a compiled type
		{"pair()", "T!7 E!"},
		{"next()", "T!1"}, // run once: calls is 1
		{"calls", "1"},
		{`"s"`, `"s"`},
		{"ok()", ""}, // a nil error still shows nothing
	}
	for _, c := range cases {
		if _, got := run(t, s, c.code); got != c.want {
			t.Errorf("%s: value %q, want %q", c.code, got, c.want)
		}
	}
	// A call whose arity is unknown (no name) and that has no result
	// compiles without the String wrapping.
	run(t, s, "T{1}.Do()")
}

// TestPanicCallStack: a panic's frames become a readable call stack in the
// cell's error instead of yaegi's raw lines on stderr.
func TestPanicCallStack(t *testing.T) {
	s := newSession(t, Options{})
	var err error
	out := capture(t, func() {
		_, err = s.Execute(context.Background(), "func boom() { var m map[string]int; m[\"a\"] = 1 }\nfunc outer() {\n\tboom()\n}\nouter()")
	})
	var e *Error
	if !errors.As(err, &e) || e.Name != "panic" {
		t.Fatalf("want a panic error, got %v", err)
	}
	tb := strings.Join(e.Traceback, "\n")
	for _, want := range []string{"in boom, line 1, column 19", "in outer, line 3, column 2", "in the cell, line 5"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	if strings.Contains(out, "panic: main.") {
		t.Errorf("raw yaegi frames printed: %q", out)
	}

	// A goroutine's report carries its frames too.
	out = captureUntil(t, func() {
		// It panics after the cell ended: reported under the cell.
		if _, err := s.Execute(context.Background(), "go func() { time.Sleep(50 * time.Millisecond); panic(\"in goroutine\") }()"); err != nil {
			t.Error(err)
		}
	}, "in a function literal", 10*time.Second)
	if !strings.Contains(out, "panic in goroutine started at line 1: in goroutine\n    in a function literal, line 1, column") {
		t.Errorf("goroutine report: %q", out)
	}
}

// TestMethodChainResults: the value of a method called on a call's result
// is shown by its real number of results, never an earlier cell's value.
func TestMethodChainResults(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	ctx := context.Background()
	steps := []struct{ code, want string }{
		{"x := 21\nx", "21"},
		{"threads.Start(func(n int) {}, 1).Join()", ""},
		{"type Box struct{ n int }\nfunc (b Box) Get() int { return b.n }\nfunc (b Box) Pair() (int, string) { return b.n, \"b\" }\nfunc (b Box) Nothing() {}\nfunc mk(n int) Box { return Box{n} }\nmk(5).Get()", "5"},
		{"mk(6).Nothing()", ""},
		{"mk(7).Pair()", `7 "b"`},
		{"strings.NewReplacer(\"a\", \"b\").Replace(\"aaa\")", `"bbb"`},
	}
	for _, st := range steps {
		var res *Result
		var err error
		capture(t, func() { res, err = s.Execute(ctx, st.code) })
		if err != nil {
			t.Fatalf("%q: %v", st.code, err)
		}
		got := ""
		if res.HasValue {
			got, _ = res.Data["text/plain"].(string)
		}
		if got != st.want {
			t.Errorf("%q shows %q, want %q", st.code, got, st.want)
		}
	}
}

// A rerun `x := v` of a session variable whose value comes from an
// operator gives x the operator's type, and the rest of the cell runs:
// yaegi does not check an operator's type when it assigns, so `x = v` in
// its place converted (`a = f + 1` into an int) or stopped the cell
// silently (`p = float64(n) / 2` into a struct).
func TestRedefinitionByAnOperatorsValue(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "fmt"
type P struct{ n int }
a, p, f, n, ok := 5, P{21}, 1.5, 3, false`)
	for _, c := range []struct{ cell, want string }{
		{"a := f + 1\nfmt.Printf(\"%T %v\\n\", a, a)", "float64 2.5\n"},
		{"arr := [3]int{1, 2, 3}\nvar p, ok = arr[1], float64(n) / 2\nfmt.Printf(\"%T %v %T %v\\n\", p, p, ok, ok)", "int 2 float64 1.5\n"},
		{"n := -f\nfmt.Printf(\"%T %v\\n\", n, n)", "float64 -1.5\n"},
		{"f := len(\"abc\") * 2\nfmt.Printf(\"%T %v\\n\", f, f)", "int 6\n"},
		{"ok := a < 3\nfmt.Printf(\"%T %v\\n\", ok, ok)", "bool true\n"},
		// The same type: the variable is reused, as before.
		{"f := f * 2\nfmt.Printf(\"%T %v\\n\", f, f)", "int 12\n"},
	} {
		if out, _ := run(t, s, c.cell); out != c.want {
			t.Errorf("%q printed %q, want %q", c.cell, out, c.want)
		}
	}
}

// A top-level `:=` that redefines a session variable reads the old
// variable on its right, and the statements before it in the cell see the
// old one too, as an inner scope's `x := x + 1` does in a function: yaegi
// gave the new variable its slot for the whole cell, so they read zero
// (`n := n + 1` gave 1, `a, b := b, a` gave 0 0).
func TestRedefinitionReadsTheOldVariable(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import "fmt"
type P struct{ n int }
n, a, b, z, c, d, v, w := 2, 1, 2, 3, 4, 4, 5, P{21}`)
	for _, c := range []struct{ cell, want string }{
		{"n := n + 1\nfmt.Println(n)", "3\n"},
		{"a, b := b, a\nfmt.Println(a, b)", "2 1\n"},
		{"z := float64(z) / 2\nfmt.Printf(\"%T %v\\n\", z, z)", "float64 1.5\n"},
		{"d := c + d\nfmt.Println(d)", "8\n"},
		{"fmt.Println(v)\nv := \"five\"\nfmt.Println(v)", "5\nfive\n"},
		{"w := func() int { return w.n * 2 }()\nfmt.Printf(\"%T %v\\n\", w, w)", "int 42\n"},
		{"n := n * 10\nn := n + 1\nfmt.Println(n)", "31\n"},
	} {
		if out, _ := run(t, s, c.cell); out != c.want {
			t.Errorf("%q printed %q, want %q", c.cell, out, c.want)
		}
	}
}
