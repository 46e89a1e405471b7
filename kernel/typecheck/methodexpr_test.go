package typecheck

import "testing"

// A method expression of a type of another package reaches the
// interpreter as the function literal it stands for (yaegi dropped the
// receiver from its signature); one of a session type is left to the
// guard.
func TestVerdictWritesMethodExpressions(t *testing.T) {
	c := checker(t)
	decls := []string{
		`/*line _.go:1:1*/import ("net/netip"; "slices"; "strings"; "io")`,
		`/*line _.go:2:1*/type C struct{ n int }`,
		`/*line _.go:3:1*/func (C) Get() int { return 1 }`,
	}
	for _, tc := range []struct{ cell, want string }{
		{"var as []netip.Addr\nslices.SortFunc(as, netip.Addr.Compare)",
			"var as []netip.Addr\nslices.SortFunc(as, func(__gkR netip.Addr, __gkA0 netip.Addr) int { return __gkR.Compare(__gkA0) })"},
		{"f := (*strings.Builder).WriteString\n_ = f",
			"f := func(__gkR *strings.Builder, __gkA0 string) (int, error) { return __gkR.WriteString(__gkA0) }\n_ = f"},
		{"g := (*strings.Builder).Reset\n_ = g",
			"g := func(__gkR *strings.Builder) { __gkR.Reset() }\n_ = g"},
		{"r := io.Reader.Read\n_ = r",
			"r := func(__gkR io.Reader, __gkA0 []byte) (int, error) { return __gkR.Read(__gkA0) }\n_ = r"},
		{"h := C.Get\n_ = h", ""},
		{"var a netip.Addr\n_ = a.Compare", ""},
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

// The untyped constant on the left of a non-constant shift gets the type
// of its context (yaegi made it an int).
func TestVerdictTypesShiftedConstants(t *testing.T) {
	c := checker(t)
	decls := []string{`/*line _.go:1:1*/type Mask uint8`}
	for _, tc := range []struct{ cell, want string }{
		{"var w, p uint64 = 8, 3\n_ = w&(1<<(p%64)) == 0",
			"var w, p uint64 = 8, 3\n_ = w&(uint64(1)<<(p%64)) == 0"},
		{"var w uint64\np := 3\n_ = 1<<p == w", "var w uint64\np := 3\n_ = uint64(1)<<p == w"},
		{"p := 2\nvar m Mask = 1 << p\n_ = m", "p := 2\nvar m Mask = Mask(1) << p\n_ = m"},
		{"p := 2\nx := 1 << p\n_ = x", ""},
		{"var w, p uint64\n_ = w & (uint64(1) << p)", ""},
		{"var w uint64\n_ = w & (1 << 3)", ""},
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

// A method value of a pointer to a type of another package reaches the
// interpreter as a function with its receiver bound (yaegi typed it with
// the receiver first), also in a go or defer statement. Values, session types and
// promoted methods are left as they are.
func TestVerdictBindsMethodValuesOfCompiledPointers(t *testing.T) {
	c := checker(t)
	decls := []string{
		`/*line _.go:1:1*/import ("strings"; "sync"; "time")`,
		`/*line _.go:2:1*/type C struct{ n int }`,
		`/*line _.go:3:1*/func (*C) Get() int { return 1 }`,
		`/*line _.go:4:1*/type E struct{ *strings.Builder }`,
	}
	for _, tc := range []struct{ cell, want string }{
		{"b := &strings.Builder{}\nf := b.WriteString\n_ = f",
			"b := &strings.Builder{}\nf := (func(__gkR *strings.Builder) func(__gkA0 string) (int, error) { return func(__gkA0 string) (int, error) { return __gkR.WriteString(__gkA0) } })(b)\n_ = f"},
		{"d := new(time.Duration)\ns := d.String\n_ = s",
			"d := new(time.Duration)\ns := (func(__gkR time.Duration) func() string { return func() string { return __gkR.String() } })(*d)\n_ = s"},
		{"mu := &sync.Mutex{}\nmu.Lock()\ndefer mu.Unlock()",
			"mu := &sync.Mutex{}\nmu.Lock()\ndefer (func(__gkR *sync.Mutex) func() { return func() { __gkR.Unlock() } })(mu)()"},
		{"b := &strings.Builder{}\nxs := []string{\"a\"}\ngo b.WriteString(xs[0])",
			"b := &strings.Builder{}\nxs := []string{\"a\"}\ngo (func(__gkR *strings.Builder) func(__gkA0 string) (int, error) { return func(__gkA0 string) (int, error) { return __gkR.WriteString(__gkA0) } })(b)(xs[0])"},
		{"b := &strings.Builder{}\nb.Reset()\nn := b.Len()\n_ = n", ""},
		{"var b strings.Builder\nf := b.Reset\n_ = f", ""},
		{"c := &C{}\nf := c.Get\n_ = f", ""},
		{"e := &E{}\nf := e.Reset\n_ = f", ""},
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
