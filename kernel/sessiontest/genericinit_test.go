package sessiontest

import "testing"

// A generic call that gives a top-level variable of a cell its first
// value runs in the interpreter and prints what go run prints (yaegi
// crashed compiling `k := slices.Clone(xs)` or `var e2 =
// slices.DeleteFunc(...)`, and `var e []int = slices.DeleteFunc(xs,
// func...)` printed [] for [1], with no error); so does `return G(x)`
// of a generic G with several results (yaegi returned zero for all but
// the first).
func TestGenericCallsIntoTopLevelVariables(t *testing.T) {
	const decls = `import (
	"fmt"
	"maps"
	"slices"
)

func Pair[K comparable, V any](k K, v V) (K, V) { return k, v }

func named() (string, int) { return Pair("n", 7) }

func parse[T any](v T, ok bool) (T, error) {
	if !ok {
		return v, fmt.Errorf("bad %v", v)
	}
	return v, nil
}

func load(n int) (int, error) { return parse(n, n > 0) }

var ages = map[string]int{"bo": 31, "al": 25}

var names = slices.Sorted(maps.Keys(ages))`
	const body = `xs := []int{3, 0, 1}
k := slices.Clone(xs)
m := slices.Max(xs)
var e []int = slices.DeleteFunc([]int{1, 0, 2}, func(x int) bool { return x == 0 })
var e2 = slices.DeleteFunc([]int{1, 0}, func(x int) bool { return x == 1 })
a, b := Pair("x", 2)
ins := slices.Insert(k, 1, 9)
fmt.Println(k, m, e, e2, a, b, ins, names)
fmt.Println(named())
fmt.Println(load(3))
fmt.Println(load(-1))`
	interpretedAsGoRun(t, decls, body)
}

// yaegi's "variable definition loop" for a global initialized by a
// generic call after a session variable named like the generic
// function's parameter (`s`) stops nothing that Go runs: the declaration
// runs compiled, and so do the cells that use it, printing Go's values.
func TestDefinitionLoopRunsCompiled(t *testing.T) {
	want := goRunMain(t, `import (
	"fmt"
	"slices"
)`, `s := []int{3, 1, 2}
_ = s
var at = slices.Index([]int{1, 0}, 0)
fmt.Println(at)`)
	k := start(t)
	k.ok("s := []int{3, 1, 2}")
	k.ok("var at = slices.Index([]int{1, 0}, 0)")
	if r := k.ok("fmt.Println(at)"); r.Stdout != want {
		t.Errorf("stdout %q, go run: %q", r.Stdout, want)
	}
}
