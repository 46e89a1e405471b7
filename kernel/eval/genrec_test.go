package eval

import (
	"strings"
	"testing"
)

// TestGenericTypeCycleIsRefused: yaegi overflows its stack (killing the
// evaluator) instantiating a generic type that refers to itself with two
// type parameters or through another generic type; the cell is refused
// before yaegi sees it, and the session goes on. One type parameter
// straight to itself (a linked list) still runs interpreted.
func TestGenericTypeCycleIsRefused(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `n := 41`)
	for _, code := range []string{
		"type N[K comparable, V any] struct {\n\tkey K\n\tnext []*N[K, V]\n}",
		"type P[K, V any] struct{ next *P[K, V] }",
		"type A[K any] struct{ b *B[K] }\ntype B[K any] struct{ a *A[K] }",
	} {
		e, out := runErr(t, s, code)
		if e.Name != "CompileError" || e.Line != 1 || !strings.Contains(e.Value, "refers to itself") || out != "" {
			t.Errorf("%q: error %+v, output %q", code, e, out)
		}
	}
	run(t, s, "type L[T any] struct {\n\tv    T\n\tnext *L[T]\n}")
	if _, v := run(t, s, "l := &L[int]{v: 1, next: &L[int]{v: n}}\nl.next.v + 1"); v != "42" {
		t.Fatalf("got %s, want 42", v)
	}
}
