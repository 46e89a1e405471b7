package eval

import (
	"context"
	"strings"
	"testing"
)

// Python habits get a hint naming the Go way, in the error the session
// really gives for them; other errors get none.
func TestPythonHints(t *testing.T) {
	s := newSession(t, Options{})
	ctx := context.Background()
	for _, code := range []string{
		`import "gokernel/runtime/shared"`,
		`import "gokernel/runtime/threads"`,
		`counter := shared.NewInt(0)`,
		`lock := threads.NewLock()`,
		`type point struct{ x int }`,
		`func f(a, b int) {}`,
	} {
		if _, err := s.Execute(ctx, code); err != nil {
			t.Fatalf("%s: %v", code, err)
		}
	}
	for _, c := range []struct{ code, want string }{
		{"counter.value += 1", "write counter.Add(1) for Python's counter.value += 1"},
		{"counter.value -= 2", "write counter.Add(-(2))"},
		{"counter.value = counter.value + 1", "write counter.Set(counter.Get() + 1)"},
		{"x := counter.value\n_ = x", "counter.Get() reads it"},
		{"lock.acquire()", "lock.acquire is lock.Acquire"},
		{"f(a=1, b=2)", "Go has no keyword arguments (a=...)"},
		{"threads.Start(f, args = []any{1, 2})", "Go has no keyword arguments (args=...)"},
		{"p := processes.NewPool(2)\np.map(f, []int{1})", "p.Map(f, items)"},
		{"pt := point{}\npt.y = 1", ""},
		{"y := 1 +", ""},
	} {
		_, err := s.Execute(ctx, c.code)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: error %v, want an *Error", c.code, err)
			continue
		}
		tb := strings.Join(e.Traceback, "\n")
		if c.want == "" {
			if strings.Contains(tb, "hint") {
				t.Errorf("%q: unexpected hint:\n%s", c.code, tb)
			}
			continue
		}
		if !strings.Contains(tb, "hint\x1b[0m: ") || !strings.Contains(tb, c.want) {
			t.Errorf("%q: traceback lacks hint %q:\n%s", c.code, c.want, tb)
		}
	}
}
