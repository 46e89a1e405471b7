package eval

import "testing"

// Values after a composite literal in a multiple assignment are assigned
// (yaegi lost them: `a, b := T{}, &T{}` left b nil), as go run does.
func TestMultipleAssignmentWithCompositeLiterals(t *testing.T) {
	const decls = "type T struct{ n int }"
	const body = `a, b := T{}, &T{1}
fmt.Println(a, b)
func() { x, y, z := T{}, 1, &T{9}; fmt.Println(x, y, z) }()
func() { x, y := []int{1}, new(T); fmt.Println(x, y) }()
var c, d = map[string]int{"k": 2}, &T{3}
fmt.Println(c, d)
var e T
var f *T
e, f = T{4}, &T{5}
fmt.Println(e, f)`
	want := goRunOutput(t, "import \"fmt\"\n\n"+decls, body)
	s := newSession(t, Options{})
	run(t, s, "import \"fmt\"\n"+decls)
	if out, _ := run(t, s, body); out != want {
		t.Errorf("output %q, go run: %q", out, want)
	}
}

// A function returning what it receives returns it (yaegi panicked on
// `return <-ch`), as go run does.
func TestReturnOfAReceive(t *testing.T) {
	const decls = `func one() int { ch := make(chan int, 1); ch <- 1; return <-ch }
func two() (int, error) { ch := make(chan int, 1); ch <- 2; return <-ch, nil }
func named() (v any) { ch := make(chan any, 1); ch <- 3; return <-ch }`
	const body = `fmt.Println(one())
fmt.Println(two())
fmt.Println(named(), func() string { ch := make(chan string, 1); ch <- "four"; return <-ch }())`
	want := goRunOutput(t, "import \"fmt\"\n\n"+decls, body)
	s := newSession(t, Options{})
	run(t, s, "import \"fmt\"\n"+decls)
	if out, _ := run(t, s, body); out != want {
		t.Errorf("output %q, go run: %q", out, want)
	}
}
