package typecheck

import "testing"

// The nil of an assignment of several values reaches the interpreter
// converted to its target's type (yaegi panicked: reflect: New(nil)); a
// single assignment and an empty interface target are left alone.
func TestVerdictTypesNilsOfMultipleAssignments(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type T struct{ n int }`}
	for _, tc := range []struct{ cell, want string }{
		{"var w []string\nn := 1\nw, n = nil, 0\n_, _ = w, n", "var w []string\nn := 1\nw, n = ([]string)(nil), 0\n_, _ = w, n"},
		{"var p *T\nvar m map[string][]T\nvar e error\np, m, e = nil, nil, nil\n_, _, _ = p, m, e",
			"var p *T\nvar m map[string][]T\nvar e error\np, m, e = (*T)(nil), (map[string][]T)(nil), (error)(nil)\n_, _, _ = p, m, e"},
		{"var f func(int, ...string) bool\nvar c <-chan int\nf, c = nil, nil\n_, _ = f, c",
			"var f func(int, ...string) bool\nvar c <-chan int\nf, c = (func(int, ...string) bool)(nil), (<-chan int)(nil)\n_, _ = f, c"},
		{"var w []string\nw = nil\n_ = w", ""},
		{"var a any\nn := 1\na, n = nil, 2\n_, _ = a, n", ""},
	} {
		v, err := c.Verify(decls, tc.cell, nil)
		if err != nil || !v.Checked {
			t.Fatalf("%q: %+v, %v", tc.cell, v, err)
		}
		if v.Lowered != tc.want {
			t.Errorf("%q lowered to\n%q, want\n%q", tc.cell, v.Lowered, tc.want)
		}
	}
}

// An assignment of several values through a pointer becomes single
// assignments, the places first; other left sides keep the statement.
func TestVerdictSplitsAssignmentsThroughPointers(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type T struct{ n int }`}
	for _, tc := range []struct{ cell, want string }{
		{"var p *T\nvar x T\nn := 0\n*p, x.n, n = T{1}, 2, 3",
			"var p *T\nvar x T\nn := 0\n{ __gkP0 := p; __gkP1 := &x.n; __gkP2 := &n; var __gkV0 T = T{1}; var __gkV1 int = 2; var __gkV2 int = 3; *__gkP0 = __gkV0; *__gkP1 = __gkV1; *__gkP2 = __gkV2 }"},
		{"var p *int\nm := map[int]int{}\n*p, m[1] = 1, 2", ""},
		{"var p *int\n*p, _ = 1, 2", ""},
		{"a, b := 1, 2\na, b = b, a", ""},
	} {
		v, err := c.Verify(decls, tc.cell, nil)
		if err != nil || !v.Checked {
			t.Fatalf("%q: %+v, %v", tc.cell, v, err)
		}
		if v.Lowered != tc.want {
			t.Errorf("%q lowered to\n%q, want\n%q", tc.cell, v.Lowered, tc.want)
		}
	}
}
