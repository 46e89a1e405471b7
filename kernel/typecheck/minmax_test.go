package typecheck

import (
	"testing"
)

// Go's min and max reach the interpreter typed: constant calls as their
// value, untyped arguments converted to the call's type.
func TestVerdictTypesMinMax(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type C float64`}
	for _, tc := range []struct{ cell, want string }{
		{"var f float64 = max(1, 2.5)\nfmt.Println(f)", "var f float64 = (float64(2.5))\nfmt.Println(f)"},
		{"x := 2.0\nfmt.Println(max(x, 1), min(3, x))", "x := 2.0\nfmt.Println(max(x, float64(1)), min(float64(3), x))"},
		{"var c C = 3\nfmt.Println(max(c, 1))", "var c C = 3\nfmt.Println(max(c, C(1)))"},
		{"fmt.Println(10-min(3, -3), max('a', 'b'), min(\"b\", \"a\"))", "fmt.Println(10-(-3), (rune(98)), (string(\"a\")))"},
		{"const k C = max(1, 2)\nfmt.Println(k)", "const k C = (C(2.0))\nfmt.Println(k)"},
		{"fmt.Println(max(1.5, 2))", "fmt.Println((float64(2.0)))"},
		{"func() {\n\ttype L int\n\tvar l L = 1\n\tfmt.Println(max(l, 2))\n}()", "func() {\n\ttype L int\n\tvar l L = 1\n\tfmt.Println(max(l, L(2)))\n}()"},
		{"n := 3\nfmt.Println(max(n, len(\"ab\")))", "n := 3\nfmt.Println(max(n, int(len(\"ab\"))))"},
		{"n := 3\nfmt.Println(max(n, n+1))", ""},
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
