package eval

import "testing"

// A function literal called at the top of a cell runs once, then and
// only then (yaegi compiled it as a func main and ran that again after
// every later cell); one with a result type is not a method declaration.
func TestFunctionLiteralCalledAtTheTop(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, "n := 0")
	if out, _ := run(t, s, `func() { n++; fmt.Println("lit", n) }()`); out != "lit 1\n" {
		t.Fatalf("the call: %q", out)
	}
	for i := 0; i < 3; i++ {
		if out, v := run(t, s, "n"); out != "" || v != "1" {
			t.Fatalf("after %d more cells: output %q, n = %s", i, out, v)
		}
	}
	if _, v := run(t, s, "func() int { return n + 4 }()"); v != "5" {
		t.Errorf("with a result type: %q", v)
	}
	if _, v := run(t, s, "func() (int, string) { return 2, \"b\" }()"); v != `2 "b"` {
		t.Errorf("with results: %q", v)
	}
	run(t, s, "type T struct{}\nfunc (T) M() int { return 7 }")
	if _, v := run(t, s, "T{}.M()"); v != "7" {
		t.Errorf("a method declaration after all: %q", v)
	}
}
