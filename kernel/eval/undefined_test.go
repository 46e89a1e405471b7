package eval

import (
	"context"
	"errors"
	"testing"
)

// Cells on which yaegi panicked (or said "definition loop") get Go's
// "undefined: NAME" at the name.
func TestUndefinedNameIsACompileError(t *testing.T) {
	for _, tc := range []struct {
		code, want string
		line, col  int
	}{
		{"v, err := pool.Apply(2, 10)", "undefined: pool", 1, 11},
		{"func power(x, n int) int { return x }\nv, err := pool.Apply(power, 2, 10)\n", "undefined: pool", 2, 11},
		{"var x undefinedThing", "undefined: undefinedThing", 1, 7},
	} {
		s := newTestSession(t)
		_, err := s.Execute(context.Background(), tc.code)
		var e *Error
		if !errors.As(err, &e) || e.Name != "CompileError" || e.Value != tc.want || e.Line != tc.line || e.Col != tc.col {
			t.Errorf("%q: %v, want CompileError: %s at %d:%d", tc.code, err, tc.want, tc.line, tc.col)
		}
	}
}
