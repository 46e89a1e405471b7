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

// A generic call given a call's several results (`Must(two())`) runs in
// the interpreter and prints what go run prints (yaegi's compiler
// panicked).
func TestGenericCallsOfSeveralResults(t *testing.T) {
	const decls = `import (
	"fmt"
	"strconv"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Both[A, B any](a A, b B) (B, A) { return b, a }

func two() (int, string) { return 7, "seven" }

func atoi(s string) int { return Must(strconv.Atoi(s)) }`
	const body = `s, n := Both(two())
fmt.Println(atoi("12"), s, n, Must(strconv.ParseBool("true")))`
	interpretedAsGoRun(t, decls, body)
}

// A rune constant given to a top-level variable keeps Go's type, rune
// (yaegi typed `c := 'A'` int at its global scope, so %T printed int).
func TestRuneConstantsIntoTopLevelVariables(t *testing.T) {
	interpretedAsGoRun(t, `import "fmt"

type Grade rune`, `c := 'A'
var d = 'b' + 1
g := Grade('C')
var e int32 = 'e'
fmt.Printf("%T %T %T %v %c %c %v\n", c, d, e, c, d, g, e)`)
}

// A return of several results in a generic function, one of them a
// builtin's call, gives each result its value (yaegi put the builtin's
// value in another result's place: 0 attempts for 5 with no error, or a
// reflect panic).
func TestBuiltinResultsOfGenericFunctions(t *testing.T) {
	const decls = `import (
	"errors"
	"fmt"
)

func Retry[T any](n int, op func(int) (T, error)) (T, int, error) {
	var errs []error
	for i := 1; i <= n; i++ {
		v, err := op(i)
		if err == nil {
			return v, i, nil
		}
		errs = append(errs, err)
	}
	var zero T
	return zero, len(errs), errors.Join(errs...)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Peek() (T, int) { return s.items[len(s.items)-1], cap(s.items) }

func firstAndLen[T any](xs []T) (T, int) { return xs[0], len(xs) }`
	const body = `v, n, err := Retry(5, func(int) (int, error) { return 0, errors.New("no") })
fmt.Println(v, n, err != nil)
w, m, err := Retry(3, func(i int) (string, error) { return "ok", nil })
fmt.Println(w, m, err)
s := &Stack[string]{items: make([]string, 1, 4)}
s.items[0] = "top"
fmt.Println(s.Peek())
fmt.Println(firstAndLen([]string{"a", "b"}))`
	interpretedAsGoRun(t, decls, body)
}
