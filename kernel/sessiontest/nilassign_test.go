package sessiontest

import "testing"

// nil in an assignment of several values runs in the interpreter and
// prints what go run prints (yaegi panicked: reflect: New(nil)).
func TestNilsInMultipleAssignments(t *testing.T) {
	const decls = `import (
	"fmt"
	"strings"
)

type T struct{ n int }

func lines(words []string, width int) [][]string {
	var out [][]string
	var line []string
	n := 0
	for _, w := range words {
		if len(line) > 0 && n+len(w) > width {
			out = append(out, line)
			line, n = nil, 0
		}
		line = append(line, w)
		n += len(w)
	}
	return append(out, line)
}`
	const body = `fmt.Println(lines(strings.Fields("aa bb cc dd ee ff gg"), 5))
var p *T
var m map[string]int
var e error = fmt.Errorf("x")
n := 1
p, m, e, n = nil, nil, nil, 2
fmt.Println(p == nil, m == nil, e == nil, n)`
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	if r := k.ok(body); r.Stdout != want || r.Stderr != "" {
		t.Errorf("stdout %q\ngo run: %q\nstderr %q (the interpreter must run it)", r.Stdout, want, r.Stderr)
	}
}
