package program

import (
	"slices"
	"testing"
)

func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		code                 string
		declared, vars, uses []string
		statements           bool
	}{
		{code: "func f() int { return g() }\nfmt.Println(f())", declared: []string{"f"}, uses: []string{"g", "fmt", "f"}, statements: true},
		{code: "import \"fmt\"\ntype T struct{ N int }\nfunc (t T) Show() { fmt.Println(t.N, helper) }", declared: []string{"T", "T.Show"}, uses: []string{"fmt", "helper"}},
		{code: "var x, y = 1, other\nconst c = 2", declared: []string{"x", "y", "c"}, vars: []string{"x", "y"}, uses: []string{"other"}},
		{code: "/*line cell:3:1*/func g() { h() }", declared: []string{"g"}, uses: []string{"h"}},
		{code: "xs := []int{3, 1}\nslices.Sort(xs)", uses: []string{"slices", "xs"}, statements: true},
	} {
		c, err := Describe(tc.code)
		if err != nil {
			t.Errorf("%q: %v", tc.code, err)
			continue
		}
		if !slices.Equal(c.Declared, tc.declared) || !slices.Equal(c.Vars, tc.vars) || c.Statements != tc.statements {
			t.Errorf("%q: got %+v", tc.code, c)
		}
		for _, u := range tc.uses {
			if !slices.Contains(c.Uses, u) {
				t.Errorf("%q: uses %v lacks %s", tc.code, c.Uses, u)
			}
		}
	}
	c, _ := Describe("import \"fmt\"\n\nfunc f() {}\nf()")
	if want := []string{"/*line _.go:1:1*/import \"fmt\"", "/*line _.go:3:1*/func f() {}"}; !slices.Equal(c.Decls, want) {
		t.Errorf("decls %q, want %q", c.Decls, want)
	}
	if _, err := Describe("func ("); err == nil {
		t.Error("a broken cell gave no error")
	}
}

// A function literal with a result type, called, is a statement; a method
// is a declaration.
func TestDescribeFunctionLiteralWithResult(t *testing.T) {
	c, err := Describe("func() int { return 5 }()\nfunc (T) M() int { return 7 }")
	if err != nil {
		t.Fatal(err)
	}
	if !c.Statements || len(c.Decls) != 1 || !slices.Contains(c.Declared, "T.M") {
		t.Errorf("%+v", c)
	}
}
