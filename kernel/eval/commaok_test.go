package eval

import "testing"

// A comma-ok form that fails gives the zero value, as go run does: yaegi
// left the variable as it was (`1 false` for a missing key after a
// present one in a loop; a failed assertion kept the last string).
func TestFailedCommaOkGivesZero(t *testing.T) {
	const decls = `type pair struct {
	v  any
	ok bool
}`
	const body = `m := map[string]int{"a": 1}
for _, k := range []string{"a", "b", "a", "c"} {
	v, ok := m[k]
	fmt.Println(v, ok)
}
var e error
for _, y := range []any{fmt.Errorf("boom"), 7, "s"} {
	var ok bool
	e, ok = y.(error)
	s, isStr := y.(string)
	n, _ := y.(int)
	fmt.Printf("%v %v %q %v %d\n", e, ok, s, isStr, n)
}
var p pair
for _, k := range []string{"a", "x"} {
	var w int
	w, _ = m[k]
	p.v, p.ok = m[k]
	fmt.Println(w, p)
}`
	sameAsGoRun(t, decls, body)
}

// A call's several results assigned to fields and elements reach them,
// as go run does: yaegi panicked with an interface among them
// ("reflect.Set: value of type interface {} is not assignable to type
// interp.valueInterface"), and the map kept nothing.
func TestCallResultsIntoElements(t *testing.T) {
	const decls = `func get(k string) (v any, ok bool) { return k + "!", k != "" }

func pair(k string) (any, bool) { return k, k != "" }

type result struct {
	v  any
	ok bool
}`
	const body = `var res result
res.v, res.ok = get("c")
fmt.Println(res)
seen := map[string]any{}
var ok bool
seen["a"], ok = get("a")
_, seen["b"] = get("")
fmt.Println(seen, ok)
xs := make([]any, 2)
xs[1], res.ok = pair("abc")
fmt.Println(xs, res.ok)
func() {
	var r result
	r.v, r.ok = get("d")
	fmt.Println(r)
}()`
	sameAsGoRun(t, decls, body)
}
