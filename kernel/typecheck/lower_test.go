package typecheck

import (
	"strings"
	"testing"
)

// A cell with range-over-func loops comes back lowered, line for line,
// with the session's declarations in play; a cell without them, or with
// a loop that cannot be lowered exactly, does not.
func TestVerdictLowersRangeOverFunc(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/func count(n int) func(func(int) bool) { return func(yield func(int) bool) { for i := range n { if !yield(i) { return } } } }`}
	cell := "total := 0\nfor v := range count(4) {\n\tif v == 2 {\n\t\tcontinue\n\t}\n\ttotal += v\n}\nfmt.Println(total)"
	v, err := c.Verify(decls, cell, nil)
	if err != nil || !v.Checked {
		t.Fatalf("verify: %+v, %v", v, err)
	}
	if v.Lowered == "" || strings.Contains(v.Lowered, "range count") {
		t.Fatalf("not lowered: %q", v.Lowered)
	}
	if strings.Count(v.Lowered, "\n") != strings.Count(cell, "\n") {
		t.Errorf("lines changed:\n%s", v.Lowered)
	}
	// The lowered cell is Go of the same kind: it checks too.
	if v2, err := c.Verify(decls, v.Lowered, nil); err != nil || !v2.Checked || v2.Lowered != "" {
		t.Errorf("the lowered cell: %+v, %v\n%s", v2, err, v.Lowered)
	}
	for _, plain := range []string{"for i := range 3 { fmt.Println(i) }", "for v := range count(2) {\n\tdefer fmt.Println(v)\n}"} {
		if v, err := c.Verify(decls, plain, nil); err != nil || v.Lowered != "" {
			t.Errorf("%q: lowered %q, %v", plain, v.Lowered, err)
		}
	}
}
