package eval

import (
	"strings"
	"testing"
)

// goRunPanic is the message of the panic `go run` reports for a main of body.
func goRunPanic(t *testing.T, decls, body string) string {
	t.Helper()
	out, _ := goRun(t, "import \"fmt\"\n\nvar _ = fmt.Sprint\n"+decls, body)
	for _, l := range strings.Split(out, "\n") {
		if m, ok := strings.CutPrefix(l, "panic: "); ok {
			return strings.TrimSuffix(m, " [recovered]")
		}
	}
	t.Fatalf("go run did not panic:\n%s", out)
	return ""
}

// Runtime errors of a cell say what Go says, where the kernel can tell
// for sure (an index out of range of the session's variables, a nil
// dereference); elsewhere the interpreter's words stay.
func TestRuntimeErrorsInGoWords(t *testing.T) {
	const decls = "type box struct{ items []int }\nvar s = []int{1, 2, 3}\nvar i = 5\nvar b = box{[]int{7}}\nvar p *box\nvar str = \"abc\""
	s := newSession(t, Options{})
	run(t, s, decls)
	for _, body := range []string{
		"fmt.Println(s[i])",
		"func() {\n\tfmt.Println(s[i])\n}()",
		"x := s[i]\n_ = x",
		"fmt.Println(b.items[i-4])",
		"fmt.Println(str[i])",
		"fmt.Println(s[-1+i])",
		"fmt.Println(s[len(s)])",
		"fmt.Println(b.items[len(b.items)+1])",
		"fmt.Println(s[cap(b.items)+2])",
		// yaegi reports the line that declared lst; the top-level
		// statement that failed is known all the same.
		"lst := box{[]int{1}}\nj := 0\nfor j < len(lst.items) {\n\t_ = lst.items[j]\n\tj++\n}\nthird := lst.items[2]\n_ = third",
		"fmt.Println(p.items)",
	} {
		want := goRunPanic(t, decls, body)
		e, _ := runErr(t, s, body)
		if e.Name != "panic" || e.Value != want {
			t.Errorf("%q: %s %q, go run: %q\n%q", body, e.Name, e.Value, want, e.Traceback)
		}
	}
	// A loop variable is not the session's i: the words stay yaegi's
	// rather than guess.
	e, _ := runErr(t, s, "for i := 0; i < 9; i++ {\n\t_ = s[i]\n}")
	if strings.Contains(e.Value, "with length") && !strings.Contains(e.Value, "[3] with length 3") {
		t.Errorf("loop: %q", e.Value)
	}
}
