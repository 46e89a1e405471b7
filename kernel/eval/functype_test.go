package eval

import (
	"strings"
	"testing"
)

// TestFunctionAsTypeIsAnError: yaegi recurses without end on a function
// named in its own signature (a fuzz finding that killed the evaluator);
// the cell gets Go's error instead, and the session goes on.
func TestFunctionAsTypeIsAnError(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `n := 41`)
	for _, c := range []struct {
		code string
		line int
	}{
		{"func d(d)", 1},
		{"func d(d, y)\nd.x()", 1},
		{"func d(x *d) {}", 1},
		{"func d[T any](x d[T]) {}", 1},
		{"func g() (x struct{ y g }) { return }", 1},
		{"func g(x interface{ M(g) }) {}", 1},
		{"func g(x d) {}\nfunc d(x g) {}", 1},
		{"func square(square, there)\nhere.Send(12)", 1},
		{"func A(A *A, B *A) {}", 1},
	} {
		e, out := runErr(t, s, c.code)
		if e.Name != "CompileError" || e.Line != c.line || !strings.Contains(e.Value, "not a type") || out != "" {
			t.Errorf("%q: error %+v, output %q", c.code, e, out)
		}
	}
	// A parameter, or a type parameter, named like a function is not it.
	run(t, s, "func f(x int) int { return x }\nfunc h(f int) int { return f + 1 }\nfunc T[T any](x T) T { return x }")
	if _, v := run(t, s, "h(n)"); v != "42" {
		t.Fatalf("h(n) = %s, want 42", v)
	}
}

// TestConstCountsAreErrors: a const spec with more or fewer values than
// names (also through the implicit repetition of the spec before) gets
// Go's error; yaegi overflowed its stack on one (a fuzz finding), and
// valid specs still run.
func TestConstCountsAreErrors(t *testing.T) {
	s := newSession(t, Options{})
	for _, c := range []struct{ code, want string }{
		{"const(A B = iotM, iota*10; C, D )", "extra init expr"},
		{"const X, Y = 1", "missing init expr"},
		{"const ( P, Q = 1, 2; R )", "extra init expr"},
		{"const Z int", "missing init expr"},
	} {
		e, out := runErr(t, s, c.code)
		if e.Name != "CompileError" || !strings.Contains(e.Value, c.want) || out != "" {
			t.Errorf("%q: error %+v, output %q", c.code, e, out)
		}
	}
	const decls, body = "const (\n\tE = iota * 2\n\tF\n\tG, H = 7, iota\n)", "fmt.Println(E, F, G, H)"
	want := goRunOutput(t, "import \"fmt\"\n"+decls, body)
	run(t, s, "import \"fmt\"\n"+decls)
	if out, _ := run(t, s, body); out != want {
		t.Errorf("valid specs printed %q, go run: %q", out, want)
	}
}
