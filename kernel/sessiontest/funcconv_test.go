package sessiontest

import "testing"

// A function of the session passed, assigned or stored where a function
// type of a compiled package is wanted runs in the interpreter and prints
// what go run prints (yaegi panicked: reflect.Set: value of type
// *interp.node is not assignable to type bufio.SplitFunc).
func TestFunctionsOfCompiledFunctionTypes(t *testing.T) {
	const decls = `import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func sentences(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, '.'); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i+1]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func collect(input string, split bufio.SplitFunc) []string {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

type Splitter struct{ F bufio.SplitFunc }

func use() string { return fmt.Sprint(collect("x. y.", sentences)) }`
	const body = `fmt.Println(collect("One. Two. Three", sentences), use())
var f bufio.SplitFunc
f = sentences
s := Splitter{F: sentences}
fs := []bufio.SplitFunc{sentences, bufio.ScanWords}
fmt.Println(collect("a. b", f), collect("c. d", s.F), collect("e f. g", fs[0]), collect("e f. g", fs[1]))`
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	if r := k.ok(body); r.Stdout != want || r.Stderr != "" {
		t.Errorf("stdout %q\ngo run: %q\nstderr %q (the interpreter must run it)", r.Stdout, want, r.Stderr)
	}
}
