package typecheck

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

var (
	sharedOnce sync.Once
	shared     *Checker
)

// checker is one checker for the package's tests, waiting for export data.
func checker(t testing.TB) *Checker {
	sharedOnce.Do(func() { shared = New(Options{Wait: true}) })
	<-shared.ready
	if err := shared.Off(); err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	return shared
}

func TestRejects(t *testing.T) {
	c := checker(t)
	lockSession := []string{`/*line _.go:1:1*/var lk threads.Lock`}
	cases := []struct {
		name      string
		decls     []string
		cell      string
		line, col int
		msg       string
	}{
		{"too many arguments", lockSession, "x := 1\nlk.Acquire(0)", 2, 12, "too many arguments in call to lk.Acquire\n\thave (number)\n\twant ()"},
		{"unused in func", nil, "func f() {\n\tx := 1\n}", 2, 2, "declared and not used: x"},
		{"mismatched", []string{`/*line _.go:1:1*/var r any`, `/*line _.go:1:1*/var total int`}, "total += r", 1, 1, "invalid operation: total += r (mismatched types int and any)"},
		{"unused middle expression", nil, "x := 1\nx\nfmt.Println(x)", 2, 1, "x (variable of type int) is not used"},
		{"undefined", nil, "fmt.Println(nope)", 1, 13, "undefined: nope"},
		{"rand without import", nil, "rand.Intn(\"x\")", 1, 11, "cannot use \"x\" (untyped string constant) as int value in argument to rand.Intn"},
		{"redeclared", nil, "func f() {}\nfunc f() {}", 2, 6, "f redeclared in this block\n\tline 1, column 6: other declaration of f"},
		{"pointer method of a value", []string{`/*line _.go:1:1*/type S struct{ n int }`, `/*line _.go:2:1*/func (s *S) Inc() { s.n++ }`}, "S{}.Inc()", 1, 5, "cannot call pointer method Inc on S"},
		{"not enough", []string{`/*line _.go:1:1*/func add(a, b int) int { return a + b }`}, "add(1)", 1, 6, "not enough arguments in call to add\n\thave (number)\n\twant (int, int)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := c.Check(tc.decls, tc.cell, nil)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Check = %v, want an *Error", err)
			}
			if e.Value != tc.msg || e.Line != tc.line || e.Col != tc.col || e.Name != "CompileError" {
				t.Errorf("got %d:%d %s %q, want %d:%d %q", e.Line, e.Col, e.Name, e.Value, tc.line, tc.col, tc.msg)
			}
			if !strings.Contains(strings.Join(e.Traceback, "\n"), strings.Split(tc.cell, "\n")[tc.line-1]) {
				t.Errorf("traceback does not quote the line: %q", e.Traceback)
			}
		})
	}
}

// Cells the kernel runs: never rejected.
func TestAccepts(t *testing.T) {
	c := checker(t)
	cases := []struct {
		name  string
		decls []string
		cell  string
	}{
		{"unused top-level", nil, "x := 1"},
		{"final value", nil, "x := 1\ny := 2\nx + y"},
		{"final variable", []string{`/*line _.go:1:1*/var x int`}, "x"},
		{"final void call", nil, `fmt.Println("hi")`},
		{"final conversion", nil, "float64(3)"},
		{"final builtin", nil, `len("abc")`},
		{"final nil", nil, "nil"},
		{"runtime without import", nil, "var lk threads.Lock\nlk.Acquire()\nlk.Release()"},
		{"session import", []string{`import "strings"`}, `strings.ToUpper("a")`},
		{"unused import", nil, `import "strings"`},
		{"redefine func", []string{`/*line _.go:1:1*/func f() int { return 1 }`}, `func f() string { return "a" }` + "\nf() + \"b\""},
		{"func uses cell var", nil, "n := 3\nfunc twice() int { return 2 * n }\ntwice()"},
		{"rerun func uses cell var", []string{`/*line _.go:1:1*/var n int`, `/*line _.go:2:1*/func twice() int { return 2 * n }`}, "n := 3\nfunc twice() int { return 2 * n }\ntwice()"},
		{"shadow session", []string{`/*line _.go:1:1*/var n int`}, "n := n * 2\nn"},
		{"unknown global", nil, "fmt.Println(mystery)"},
		{"generics", nil, "func Map[T, U any](xs []T, f func(T) U) []U { var out []U; for _, x := range xs { out = append(out, f(x)) }; return out }\nMap([]int{1}, func(i int) string { return fmt.Sprint(i) })"},
		{"iter", nil, "for i := range 3 { fmt.Println(i) }\nslices.Sorted(maps.Keys(map[string]int{\"a\": 1}))"},
		{"defer and labels", nil, "defer fmt.Println(\"d\")\nL:\nfor {\n\tbreak L\n}"},
		{"comma ok", nil, "m := map[string]int{}\nv, ok := m[\"a\"]\nfmt.Println(v, ok)"},
		{"method on session type", []string{`/*line _.go:1:1*/type P struct{ X int }`}, "func (p P) Double() int { return 2 * p.X }\nP{2}.Double()"},
		{"session without import", nil, "session.ShmPrefix()"},
		{"tie between std packages", nil, "template.HTMLEscapeString(1)"},
		{"pointer method", nil, "var sb strings.Builder\nsb.WriteString(\"x\")\nsb.String()"},
	}
	known := func(name string) bool { return name == "mystery" }
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := c.Check(tc.decls, tc.cell, known); err != nil {
				t.Errorf("Check(%q) = %v", tc.cell, err)
			}
		})
	}
}
