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
	sameAsGoRun(t, decls, body)
}

// A multiple assignment with a call on the right assigns the values before
// the call too (yaegi left a unchanged in `a, b = b, add(a, b)`), as go
// run does.
func TestMultipleAssignmentWithACall(t *testing.T) {
	const decls = `import "math/big"

func add(a, b int) int { return a + b }`
	const body = `a, b := 1, 3
for range 3 {
	a, b = b, add(a, b)
}
fmt.Println(a, b)
p0, p1 := big.NewInt(1), big.NewInt(3)
for range 4 {
	p0, p1 = p1, new(big.Int).Add(new(big.Int).Lsh(p1, 1), p0)
}
fmt.Println(p0, p1)
func() {
	s, t := "x", "y"
	s, t = t, fmt.Sprint(t, s)
	fmt.Println(s, t)
}()`
	sameAsGoRun(t, decls, body)
}

// A struct literal assigned in a function literal to a variable from
// outside it is assigned (yaegi kept the old value: `best = R{...}` in a
// closure), as go run does.
func TestLiteralIntoCapturedVariable(t *testing.T) {
	const decls = `type R struct {
	S []string
	D int
}

func shortest(ds []int) R {
	var best R
	try := func(d int) {
		if best.S == nil || d < best.D {
			best = R{[]string{"x"}, d}
		}
	}
	for _, d := range ds {
		try(d)
	}
	return best
}`
	const body = `fmt.Println(shortest([]int{5, 2, 7}))
var last R
set := func(d int) { func() { last = R{D: d} }() }
set(4)
fmt.Println(last)`
	sameAsGoRun(t, decls, body)
}

// A struct literal assigned to a named result is returned by a bare
// return (yaegi returned the zero value: `cfg = Config{...}; return`), as
// go run does; also in a loop and beside an error result.
func TestLiteralIntoNamedResult(t *testing.T) {
	const decls = `type Config struct {
	Port int
	Mode string
}

func load(port int) (cfg Config, err error) {
	cfg = Config{Port: 80, Mode: "dev"}
	if port > 0 {
		cfg.Port = port
	}
	return
}

func last(n int) (c Config) {
	for i := range n {
		c = Config{Port: i}
	}
	return
}

func anon() (v struct{ A int }) {
	v = struct{ A int }{3}
	return
}`
	const body = `fmt.Println(load(8080))
fmt.Println(load(0))
fmt.Println(last(3), anon())`
	sameAsGoRun(t, decls, body)
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
	sameAsGoRun(t, decls, body)
}

// An operator's value assigned to a field of a compiled struct with an
// interface field is stored, and the function goes on (yaegi ended the
// function silently: `r.Value = i * i` on a *ring.Ring), as go run does.
func TestOperatorIntoACompiledField(t *testing.T) {
	const decls = `import (
	"container/list"
	"container/ring"
)

func fill() []any {
	r := ring.New(3)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	var out []any
	r.Do(func(v any) { out = append(out, v) })
	return out
}`
	const body = `fmt.Println(fill())
e := list.New().PushBack(1)
n, s := 2, "a"
e.Value = -n
fmt.Println(e.Value)
e.Value = s + "b"
fmt.Println(e.Value)
e.Value = n > 1
fmt.Println(e.Value)`
	sameAsGoRun(t, decls, body)
}

// Named results start at their zero value on every call (yaegi gave them
// what the previous call from the same place returned, so
// `chosen = append(chosen, x)` grew across calls in a loop), as go run
// does.
func TestNamedResultsStartAtZero(t *testing.T) {
	const decls = `func pick(n int) (best int, chosen []string) {
	best += n
	for i := 0; i < n; i++ {
		chosen = append(chosen, fmt.Sprint(i))
	}
	return
}

func forward(n int) (int, []string) { return pick(n) }`
	const body = `for _, n := range []int{1, 2, 3} {
	b, c := pick(n)
	fmt.Println(b, c)
	fmt.Println(forward(n))
}
count := func(n int) (c int) {
	for range n {
		c++
	}
	return
}
for n := range 3 {
	x := count(n)
	fmt.Println(x)
}`
	sameAsGoRun(t, decls, body)
}

// A range with `=` assigns the variables outside the loop (yaegi treated
// it as `:=`: they kept their old values), as go run does.
func TestRangeAssignsOuterVariables(t *testing.T) {
	const decls = `func last() (k, v int) {
	for k, v = range []int{7, 8, 9} {
	}
	return
}`
	const body = `var i, v int
for i, v = range []int{1, 2, 3} {
	if v == 2 {
		continue
	}
}
fmt.Println(i, v)
fmt.Println(last())
var k string
n := 0
for k = range map[string]int{"only": 1} {
	n++
}
fmt.Println(k, n)
a := []int{0, 0}
for a[0], a[1] = range []int{5, 6} {
}
var seen []func() int
for _, v = range []int{4, 5} {
	seen = append(seen, func() int { return v })
}
fmt.Println(a, seen[0](), seen[1]())`
	sameAsGoRun(t, decls, body)
}

// A cell that uses template without importing it gets text/template, as
// compiled runs and the type check do (it was text/template or
// html/template by map order, from one session to the next).
func TestTemplateWithoutImportIsTextTemplate(t *testing.T) {
	for range 8 {
		s := newSession(t, Options{})
		out, _ := run(t, s, "import \"os\"\ntemplate.Must(template.New(\"x\").Parse(\"{{.}}\\n\")).Execute(os.Stdout, \"<b>\")")
		if out != "<b>\n" {
			t.Fatalf("output %q, want text/template's %q", out, "<b>\n")
		}
	}
}

// go and defer with literal arguments, and a compiled method deferred
// from a method, run as go run runs them (`defer c.n.Add(1)` in a method
// panicked with "index out of range [0] with length 0": the literal bound
// to a variable took type int and the rewrite failed to compile).
func TestGoAndDeferWithLiteralArguments(t *testing.T) {
	const decls = `import (
	"sync"
	"sync/atomic"
)

type Tracker struct {
	wg   sync.WaitGroup
	done atomic.Int32
}

func (t *Tracker) run(f func()) {
	defer t.done.Add(1)
	f()
}

func (t *Tracker) spawn(f func(int32, string, int32), a int32) {
	t.wg.Add(1)
	go func() { defer t.wg.Done(); f(a, "x", 2) }()
}

func show(prefix string, a, b int32, rest ...int32) {
	fmt.Println(prefix, a, b, rest)
}

type point struct{ x, y int }

func (t *Tracker) at(p point, done chan bool) {
	fmt.Println("at", p)
	done <- true
}`
	const body = `var t Tracker
t.run(func() { fmt.Println("ran") })
t.run(func() {})
n := int32(5)
func() {
	defer show("a", n, 1, 2)
	defer show("b", 1, n)
	defer show("c", 1, 2, -3, n)
	defer show("d", 1, 2)
	n = 9
}()
var mu sync.Mutex
var got []string
t.spawn(func(a int32, s string, b int32) { mu.Lock(); got = append(got, fmt.Sprint(a, s, b)); mu.Unlock() }, 7)
t.wg.Wait()
fmt.Println(t.done.Load(), got)
done := make(chan bool)
go t.at(point{1, 2}, done)
<-done`
	sameAsGoRun(t, decls, body)
}

// A receive stored in an element or a field keeps its value (yaegi stored
// the zero value), and a select in a method that receives two values
// from a field becomes ready (it never did), as go run does.
func TestReceivesIntoElementsAndSelectsOnFields(t *testing.T) {
	const decls = `type ticker struct {
	reqs  chan string
	ticks chan int
}

func (c *ticker) run(out chan string) {
	var pending []string
	for {
		select {
		case r := <-c.reqs:
			pending = append(pending, r)
		case t, ok := <-c.ticks:
			if !ok {
				close(out)
				return
			}
			for _, r := range pending {
				out <- fmt.Sprint(t, r)
			}
			pending = nil
		}
	}
}`
	const body = `chs := make([]chan string, 2)
for i := range chs {
	chs[i] = make(chan string, 1)
	chs[i] <- fmt.Sprint("v", i)
}
got := make([]string, 2)
for i := range chs {
	got[i] = <-chs[i]
}
type S struct{ v string }
var s S
ch := make(chan string, 1)
ch <- "y"
s.v = <-ch
p := &s.v
ch <- "z"
*p = <-ch
fmt.Println(got, s)
type item struct{ n, sq int }
items := make(chan item, 2)
n := 3
select {
case items <- item{n, n * n}:
}
fmt.Println(<-items)
c := &ticker{make(chan string), make(chan int)}
out := make(chan string, 4)
go c.run(out)
c.reqs <- "a"
c.ticks <- 1
close(c.ticks)
for line := range out {
	fmt.Println(line)
}`
	sameAsGoRun(t, decls, body)
}

// A return of several values where a builtin's value follows the first
// returns each value where it belongs (yaegi put it in the first result:
// `return 7, len(s)` returned 7, 7, and `return "s", len(s)` panicked),
// as go run does.
func TestReturnOfSeveralValuesWithBuiltins(t *testing.T) {
	const decls = `type Sprite struct{ Rows []string }

func (s Sprite) Size() (int, int) { return len(s.Rows[0]), len(s.Rows) }

func (s *Sprite) Grown() (string, int, []string) { return "grown", cap(s.Rows), append(s.Rows, "q") }

func made(rows []string) (int, *int, []int, map[string]int) {
	return len(rows), new(int), make([]int, 2), make(map[string]int)
}

func copied(rows []string) (n int, c int) {
	defer func() { n++ }()
	if len(rows) > 0 {
		return 7, copy(rows, rows)
	}
	return 0, 0
}

func literal(rows []string) (int, Sprite, error) { return len(rows), Sprite{rows[:1]}, nil }

func rest(rows []string) (int, int, any) { return 7, len(rows[1:]), recover() }`
	const body = `r := []string{"abcde", "x", "y", "z"}
s := Sprite{r}
fmt.Println(s.Size())
name, c, more := (&Sprite{r[:2]}).Grown()
fmt.Println(name, c, more)
a, p, m, mp := made(r)
fmt.Println(a, *p, m, len(mp))
fmt.Println(copied(r))
fmt.Println(literal(r))
fmt.Println(rest(r))
f := func() (string, int) { return "len", len(r) }
fmt.Println(f())`
	sameAsGoRun(t, decls, body)
}

// A multiple assignment with a receive keeps its other values (yaegi
// left them zero: `a, b := x, <-ch` gave 0 for a), as go run does.
func TestMultipleAssignmentWithAReceive(t *testing.T) {
	const decls = `func pair(ch chan int, x int) (int, int, int) {
	a, b := x, <-ch
	var c, d = <-ch, len("abc")
	var e []int
	var f int
	e, f = make([]int, 2), <-ch
	return a + b + c + d + len(e), f, x
}`
	const body = `ch := make(chan int, 8)
for k := range 8 {
	ch <- 10 + k
}
fmt.Println(pair(ch, 6))
x := 7
a, b := x, <-ch
var c, d = <-ch, x*2
fmt.Println(a, b, c, d)`
	sameAsGoRun(t, decls, body)
}
