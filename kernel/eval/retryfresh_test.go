package eval

import "testing"

// A method ranging over an int field (`for r := range w.Rows`) runs: the
// first compile does not know the operand is an int and fails, and the
// retry as range over int goes to a fresh interpreter (yaegi kept the
// failed attempt's method and ignored the retry's: index out of range
// [1] with length 0 on the call), as go run does.
func TestRetryOfAMethodInAFreshInterpreter(t *testing.T) {
	const decls = `import "strings"

type Window struct {
	X    float64
	Rows int
}

func (w Window) Render() string {
	var sb strings.Builder
	for r := range w.Rows {
		sb.WriteByte(byte('a' + r))
	}
	return sb.String()
}

func (w *Window) Sum() (s int) {
	for r := range w.Rows {
		s += r
	}
	return s
}`
	const body = `w := Window{1.5, 4}
fmt.Println(w.Render(), w.Sum())`
	want := goRunOutput(t, "import \"fmt\"\n"+decls, body)
	s := newSession(t, Options{})
	run(t, s, "import \"fmt\"\n"+decls)
	if out, _ := run(t, s, body); out != want {
		t.Errorf("split: output %q, go run: %q", out, want)
	}
	// Declarations and statements in one cell.
	s = newSession(t, Options{})
	run(t, s, "import \"fmt\"\n")
	if out, _ := run(t, s, decls+"\n"+body); out != want {
		t.Errorf("one cell: output %q, go run: %q", out, want)
	}
}
