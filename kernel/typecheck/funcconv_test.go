package typecheck

import "testing"

// A function put where a function type of another package is wanted
// reaches the interpreter converted to that type (yaegi passed its own
// node: reflect.Set panicked); function literals and compiled functions
// do not need it.
func TestVerdictConvertsFunctionsToCompiledTypes(t *testing.T) {
	c := checker(t)
	decls := []string{
		`/*line _.go:1:1*/import "bufio"`,
		`/*line _.go:2:1*/func h(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, nil }`,
		`/*line _.go:3:1*/func g(f bufio.SplitFunc) {}`,
		`/*line _.go:4:1*/type S struct{ F bufio.SplitFunc }`,
	}
	for _, tc := range []struct{ cell, want string }{
		{"g(h)", "g(bufio.SplitFunc(h))"},
		{"u := h\ng(u)", "u := h\ng(bufio.SplitFunc(u))"},
		{"var f bufio.SplitFunc\nf = h\n_ = f", "var f bufio.SplitFunc\nf = bufio.SplitFunc(h)\n_ = f"},
		{"s := S{F: h}\n_ = []bufio.SplitFunc{h}\n_ = s", "s := S{F: bufio.SplitFunc(h)}\n_ = []bufio.SplitFunc{bufio.SplitFunc(h)}\n_ = s"},
		{"g(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, nil })", ""},
		{"g(bufio.ScanWords)", ""},
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
