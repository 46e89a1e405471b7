package eval

import "testing"

// A return at the top level of a cell ends it as a return ends main: the
// statements after it do not run, the cell's deferred calls do (yaegi
// ignored the return and ran the rest), as go run does.
func TestReturnEndsTheCell(t *testing.T) {
	const decls = "func half(n int) int { return n / 2 }"
	const body = `defer fmt.Println("deferred")
total := 0
for i := range 10 {
	total += half(i)
	if total > 3 {
		fmt.Println("stop at", i, total)
		return
	}
}
fmt.Println("not reached")`
	sameAsGoRun(t, decls, body)
	s := newSession(t, Options{})
	run(t, s, "import \"fmt\"\n"+decls)
	run(t, s, body)
	// The cell's variables stay; a later cell runs as usual.
	if out, _ := run(t, s, "fmt.Println(total)\nfunc() { return }()\nfmt.Println(\"after\")"); out != "4\nafter\n" {
		t.Errorf("next cell: %q", out)
	}
}
