package varorder

import (
	"slices"
	"testing"
)

func TestInOrder(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		stmt  []bool
		want  []bool
	}{
		{"uses a define", []string{"w := Worker{7}", "var d Doer = w", "fmt.Println(d)"}, []bool{true, false, true}, []bool{false, true, false}},
		{"uses another var", []string{"var s Shape = Sq{2}", "var x any = s", "f()"}, []bool{false, false, true}, []bool{false, true, false}},
		{"no statements", []string{"var a = 1", "var b = a"}, []bool{false, false}, []bool{false, false}},
		{"uses nothing of the cell", []string{"var total = 5", "f()"}, []bool{false, true}, []bool{false, false}},
		{"a function uses it", []string{"n := 1", "var m = n", "func g() int { return m }", "g()"}, []bool{true, false, false, true}, []bool{false, false, false, false}},
		{"grouped, blank, no value", []string{"n := 1", "var (a = n)", "var _ = n", "var c int"}, []bool{true, false, false, false}, []bool{false, false, false, false}},
		{"broken text", []string{"n := 1", "var x = (n"}, []bool{true, false}, []bool{false, false}},
	} {
		if got := InOrder(c.texts, c.stmt, nil); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	// A variable of the session's, used by a var of a cell with statements.
	isVar := func(name string) bool { return name == "a" }
	if got := InOrder([]string{"var s fmt.Stringer = a", "fmt.Println(s)"}, []bool{false, true}, isVar); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("a session variable: %v", got)
	}
}
