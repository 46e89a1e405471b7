package typecheck

import (
	"strings"
	"testing"
)

// A struct variable put where an interface is wanted reaches the
// interpreter converted to its own type (a copy); fresh values, pointers
// and non-struct values do not.
func TestVerdictCopiesStructsIntoInterfaces(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type C struct{ n int }`}
	for _, tc := range []struct{ cell, want string }{
		{"a := C{}\nvar s any = a\n_ = s", "a := C{}\nvar s any = func(v C) interface{} { return v }(a)\n_ = s"},
		{"a := C{}\nss := []any{a, C{}, &a}\n_ = ss", "a := C{}\nss := []any{func(v C) interface{} { return v }(a), C{}, &a}\n_ = ss"},
		{"a := C{}\nfmt.Println(a, a.n)", "a := C{}\nfmt.Println(C(a), a.n)"},
		{"a := C{}\nch := make(chan any, 1)\nch <- a", "a := C{}\nch := make(chan any, 1)\nch <- func(v C) interface{} { return v }(a)"},
		{"n := 1\nvar s any = n\n_ = s", ""},
		{"a := C{}\nb := a\n_ = b", ""},
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

// A conversion to a non-empty interface and the cases of a switch on an
// interface reach the interpreter through an identity function of the
// interface type (yaegi's own conversion stores the bare value).
func TestVerdictWrapsInterfaceConversions(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type C struct{ n int }`, `/*line _.go:2:1*/func (C) String() string { return "c" }`}
	for _, tc := range []struct{ cell, want string }{
		{"a := C{}\ns := fmt.Stringer(a)\n_ = s", "a := C{}\ns := (func(v fmt.Stringer) fmt.Stringer { return v }(C(a)))\n_ = s"},
		{"fmt.Println(fmt.Stringer(C{}))", "fmt.Println((func(v fmt.Stringer) fmt.Stringer { return v }(C{})))"},
		{"var v any = 1\nswitch v {\ncase 1, nil:\n}", "var v any = 1\nswitch v {\ncase func(v interface{}) interface{} { return v }(1), nil:\n}"},
		{"a := C{}\nx := any(a)\n_ = x", ""},
		{"var e error\nswitch e {\ncase nil:\n}", ""},
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

// A range over a string that uses the index walks byte offsets, decoding
// one rune at a time (yaegi counted the index in runes).
func TestVerdictRangesOverStringBytes(t *testing.T) {
	c := checker(t)
	for _, tc := range []struct{ cell, want string }{
		{"for i, r := range \"héllo\" {\n\t_, _ = i, r\n}", "for __gkI, __gkS := 0, \"héllo\"; __gkI < len(__gkS); { __gkE := __gkI + 4; if __gkE > len(__gkS) { __gkE = len(__gkS) }; __gkR := []rune(__gkS[__gkI:__gkE])[0]; __gkN := len(string(__gkR)); if __gkR == 0xFFFD && (__gkE-__gkI < 3 || __gkS[__gkI:__gkI+3] != \"\\uFFFD\") { __gkN = 1 }; i, r := __gkI, __gkR; __gkI += __gkN;\n\t_, _ = i, r\n}"},
		{"s := \"ab\"\nfor i := range s {\n\t_ = i\n}", "s := \"ab\"\nfor __gkI, __gkS := 0, s; __gkI < len(__gkS); { __gkE := __gkI + 4; if __gkE > len(__gkS) { __gkE = len(__gkS) }; __gkR := []rune(__gkS[__gkI:__gkE])[0]; __gkN := len(string(__gkR)); if __gkR == 0xFFFD && (__gkE-__gkI < 3 || __gkS[__gkI:__gkI+3] != \"\\uFFFD\") { __gkN = 1 }; i, _ := __gkI, __gkR; __gkI += __gkN;\n\t_ = i\n}"},
		{"for _, r := range \"ab\" {\n\t_ = r\n}", "for _, r := range []rune(\"ab\") {\n\t_ = r\n}"},
		{"for range \"ab\" {\n}", ""},
		{"for _ = range \"ab\" {\n}", ""},
		{"for i := range []int{1} {\n\t_ = i\n}", ""},
	} {
		v, err := c.Verify(nil, tc.cell, nil)
		if err != nil || !v.Checked {
			t.Fatalf("%q: %+v, %v", tc.cell, v, err)
		}
		if v.Lowered != tc.want {
			t.Errorf("%q lowered to\n%q, want\n%q", tc.cell, v.Lowered, tc.want)
		}
	}
}

// A range over a string with `=` is lowered the same way, assigning.
func TestVerdictRangesOverStringAssign(t *testing.T) {
	c := checker(t)
	v, err := c.Verify(nil, "var i int\nfor i = range \"añb\" {\n}\n_ = i", nil)
	if err != nil || !v.Checked {
		t.Fatalf("%+v, %v", v, err)
	}
	if !strings.Contains(v.Lowered, "i, _ = __gkI, __gkR;") || strings.Contains(v.Lowered, "range") {
		t.Errorf("lowered to %q", v.Lowered)
	}
}

// A call whose result, of a program type with methods, goes into an
// interface is converted to its own type (yaegi dropped the methods).
func TestVerdictConvertsCallResultsWithMethods(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type D int`, `/*line _.go:2:1*/func (d D) String() string { return "d" }`, `/*line _.go:3:1*/func get() D { return 1 }`, `/*line _.go:4:1*/type P int`, `/*line _.go:5:1*/func plain() P { return 1 }`, `/*line _.go:6:1*/type C struct{ n int }`, `/*line _.go:7:1*/func (c *C) String() string { return "c" }`, `/*line _.go:8:1*/func ptr() *C { return &C{} }`}
	for _, tc := range []struct{ cell, want string }{
		{"fmt.Println(get(), D(2))", "fmt.Println(D(get()), D(2))"},
		{"var x any = get()\n_ = x", "var x any = func(v D) interface{} { return v }(get())\n_ = x"},
		{"fmt.Println(plain())", ""},
		{"fmt.Println(ptr())", "fmt.Println((*C)(ptr()))"},
		{"d := get()\n_ = d", ""},
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
