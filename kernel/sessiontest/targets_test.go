package sessiontest

import "testing"

// A pool whose type the cell does not show at the call (a parameter, a
// struct field, a call's result, a local of a function) still gets the
// function's name: Map runs fib in the children instead of failing with
// "got an anonymous function". A method of the learner's own named Map
// still takes the function itself.
func TestPoolCallsInsideFunctions(t *testing.T) {
	k := start(t, "GOKERNEL_NATIVE_CHILDREN=off")
	k.ok("func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }")
	// (One type and its methods a cell: with two types in one cell,
	// yaegi loses the first one's methods.)
	k.ok(`type runner struct{ pool *processes.Pool }
func (r runner) run(items []int) { out, err := r.pool.Map(fib, items); fmt.Println(out, err) }`)
	k.ok(`type mapper struct{}
func (mapper) Map(f func(int) int, xs []int) []int { var out []int; for _, x := range xs { out = append(out, f(x)) }; return out }`)
	k.ok(`func viaParam(p *processes.Pool, items []int) { out, err := p.Map(fib, items); fmt.Println(out, err) }
var shared1 = processes.NewPool(1)
func getPool() *processes.Pool { return shared1 }
func viaCall() { out, err := getPool().Map(fib, []int{8}); fmt.Println(out, err) }
func viaLocal() { q := processes.NewPool(1); defer q.Close(); out, err := q.Map(fib, []int{9}); fmt.Println(out, err) }
func viaOwn(m mapper) { fmt.Println(m.Map(fib, []int{10})) }`)
	r := k.ok(`p := processes.NewPool(2)
viaParam(p, []int{5, 6})
runner{p}.run([]int{7})
viaCall()
viaLocal()
viaOwn(mapper{})
p.Close()
shared1.Close()`)
	if want := "[5 8] <nil>\n[13] <nil>\n[21] <nil>\n[34] <nil>\n[55]\n"; r.Stdout != want {
		t.Errorf("got %q, want %q (stderr %q)", r.Stdout, want, r.Stderr)
	}
}
