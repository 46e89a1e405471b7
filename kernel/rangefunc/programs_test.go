package rangefunc_test

// yaegiSkip names the programs not run in yaegi, with the reason.
var yaegiSkip = map[string]string{
	"select_break": "yaegi v0.16.1 runs an unlabeled break in a select as a break of the enclosing loop or a return of the function (without range-over-func too)",
}

// programs are the table of programs with range-over-func loops: each is
// lowered, and the lowered program must print what the original prints,
// compiled and in yaegi.
var programs = []struct{ name, src string }{
	{"seq_basic", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range count(4) {
		fmt.Println("x", x)
	}
	sum := 0
	for x := range count(10) { sum += x }
	fmt.Println("sum", sum)
}
`},
	{"seq2_basic", `package main

import "fmt"

func pairs(keys []string) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for i, k := range keys {
			if !yield(k, len(k)*10+i) {
				return
			}
		}
	}
}

func main() {
	for k, v := range pairs([]string{"a", "bb", "ccc"}) {
		fmt.Println(k, v)
	}
}
`},
	{"seq0", `package main

import "fmt"

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				fmt.Println("times stopped at", i)
				return
			}
		}
		fmt.Println("times done")
	}
}

func main() {
	n := 0
	for range times(3) {
		n++
		fmt.Println("tick", n)
	}
	for range times(5) {
		n++
		if n == 5 {
			break
		}
	}
	fmt.Println("n", n)
}
`},
	{"named_types", `package main

import "fmt"

type IntSeq func(yield func(int) bool)

type Yield func(string, int) bool

type Pairs func(Yield)

func upto(n int) IntSeq {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func letters(s string) Pairs {
	return func(yield Yield) {
		for i := 0; i < len(s); i++ {
			if !yield(s[i:i+1], i) {
				return
			}
		}
	}
}

type Point struct{ X, Y int }

func points() func(func(Point) bool) {
	return func(yield func(Point) bool) {
		_ = yield(Point{1, 2}) && yield(Point{3, 4})
	}
}

func main() {
	var s IntSeq = upto(3)
	for x := range s {
		fmt.Println("int", x)
	}
	for c, i := range letters("xyz") {
		fmt.Println(c, i)
	}
	for p := range points() {
		fmt.Println(p.X + p.Y, p)
	}
}
`},
	{"iter_seq", `package main

import (
	"fmt"
	"iter"
)

func evens(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	for x := range evens(9) {
		fmt.Println("even", x)
	}
	for i, w := range enumerate([]string{"go", "yaegi"}) {
		fmt.Println(i, w)
	}
}
`},
	{"generic_count", `package main

import (
	"fmt"
	"iter"
)

func Count[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for i, s := range Count([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	total := 0.0
	for _, f := range Count([]float64{1.5, 2.5}) {
		total += f
	}
	fmt.Println(total)
}
`},
	{"nested", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := range count(3) {
		for j := range count(i + 1) {
			for k := range count(2) {
				fmt.Println(i, j, k)
			}
		}
	}
}
`},
	{"rangefunc_in_for", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := 0; i < 3; i++ {
		for x := range count(i + 2) {
			if x == 1 {
				continue
			}
			if x > i {
				break
			}
			fmt.Println(i, x)
		}
	}
	for _, w := range []string{"p", "q"} {
		for x := range count(2) {
			fmt.Println(w, x)
		}
	}
}
`},
	{"for_in_rangefunc", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range count(4) {
		for j := 0; j < 10; j++ {
			if j > x {
				break
			}
			if j == 1 {
				continue
			}
			fmt.Println(x, j)
		}
		m := map[string]int{"k": x}
		for k, v := range m {
			fmt.Println(k, v)
		}
		for _, c := range "ab" {
			if c == 'b' {
				break
			}
			fmt.Println(x, string(c))
		}
	}
}
`},
	{"break", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("iterator stopped after", i)
				return
			}
		}
		fmt.Println("iterator exhausted")
	}
}

func main() {
	for x := range count(10) {
		if x == 3 {
			break
		}
		fmt.Println(x)
	}
	for x := range count(2) {
		fmt.Println(x)
	}
}
`},
	{"continue", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range count(7) {
		if x%2 == 1 {
			continue
		}
		fmt.Println("even", x)
	}
}
`},
	{"labeled_break_outer_rangefunc", `package main

import "fmt"

func count(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
		fmt.Println(name, "done")
	}
}

func main() {
Outer:
	for i := range count("outer", 5) {
		for j := range count("inner", 5) {
			if i+j == 4 {
				break Outer
			}
			if j > i {
				break
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("after")
}
`},
	{"labeled_continue_outer_rangefunc", `package main

import "fmt"

func count(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
		fmt.Println(name, "done")
	}
}

func main() {
	Outer: for i := range count("outer", 4) {
		for j := range count("inner", 4) {
			if j > i {
				continue Outer
			}
			fmt.Println(i, j)
		}
		fmt.Println("end of", i)
	}
}
`},
	{"labeled_break_ordinary", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped")
				return
			}
		}
	}
}

func main() {
L:
	for i := 0; i < 5; i++ {
		for x := range count(5) {
			if x*i == 6 {
				break L
			}
			fmt.Println(i, x)
		}
	}
	fmt.Println("after L")
}
`},
	{"labeled_continue_ordinary", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped")
				return
			}
		}
	}
}

func main() {
	words := []string{"ab", "cd", "ef"}
L:
	for i, w := range words {
		for x := range count(3) {
			if x == i {
				continue L
			}
			fmt.Println(w, x)
		}
		fmt.Println("never for i>0?", i)
	}
}
`},
	{"labeled_through_two", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("count", n, "returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	n := 0
L:
	for n < 4 {
		n++
		for x := range count(3) {
			for y := range count(3) {
				if y == 2 {
					continue L
				}
				if x == 2 {
					break L
				}
				fmt.Println(n, x, y)
			}
		}
	}
	fmt.Println("n", n)
}
`},
	{"return_values", `package main

import (
	"errors"
	"fmt"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("count", n, "cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, int, error) {
	for i := range count(5) {
		for j := range count(5) {
			if i*j == target {
				return i, j, nil
			}
		}
		if i == 4 {
			return -1, -1, errors.New("not found")
		}
	}
	return 0, 0, nil
}

func first(n int) string {
	for x := range count(n) {
		return fmt.Sprint("first ", x)
	}
	return "empty"
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(7))
	fmt.Println(first(3))
	fmt.Println(first(0))
}
`},
	{"return_plain", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func show(limit int) {
	for x := range count(10) {
		if x == limit {
			fmt.Println("limit")
			return
		}
		fmt.Println("show", x)
	}
	fmt.Println("not reached for small limits")
}

func main() {
	show(2)
	show(20)
}
`},
	{"return_bare_named", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func sumUntil(limit int) (sum int, steps int) {
	defer func() { steps *= 100 }()
	for x := range count(10) {
		steps++
		if sum+x > limit {
			return
		}
		sum += x
		if x == 8 {
			return sum * 2, -1
		}
	}
	return
}

func main() {
	fmt.Println(sumUntil(7))
	fmt.Println(sumUntil(1000))
}
`},
	{"closures", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var fs []func() int
	for x := range count(4) {
		fs = append(fs, func() int { return x * x })
		x += 100
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var ps []*int
	for x := range count(3) {
		ps = append(ps, &x)
	}
	for _, p := range ps {
		fmt.Println(*p)
	}
}
`},
	{"assign_form", `package main

import "fmt"

func pairs(n int) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(fmt.Sprint("k", i), i*i) {
				return
			}
		}
	}
}

type box struct{ k string }

func main() {
	var k string
	var v int
	var fs []func() string
	for k, v = range pairs(3) {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
		fmt.Println("in", k, v)
	}
	fmt.Println("after", k, v)
	for _, f := range fs {
		fmt.Println(f())
	}
	for _, v = range pairs(5) {
		if v > 4 {
			break
		}
	}
	fmt.Println("v", v)
	b := &box{}
	m := map[string]int{}
	for b.k, m["x"] = range pairs(2) {
	}
	fmt.Println(b.k, m["x"])
	for k = range pairs(4) {
	}
	fmt.Println(k)
}
`},
	{"early_stop", `package main

import "fmt"

var yields int

func naturals() func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			yields++
			if !yield(i) {
				fmt.Println("naturals told to stop at", i)
				return
			}
		}
	}
}

func main() {
	for x := range naturals() {
		if x >= 3 {
			break
		}
	}
	fmt.Println("yields", yields)
Outer:
	for x := range naturals() {
		for y := range naturals() {
			if y > x {
				continue Outer
			}
			if x == 2 {
				break Outer
			}
		}
	}
	fmt.Println("yields", yields)
}
`},
	{"funclit", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

var global = func() int {
	s := 0
	for x := range count(5) {
		s += x
	}
	return s
}()

func main() {
	find := func(t int) (int, bool) {
		for x := range count(10) {
			if x*x >= t {
				return x, true
			}
		}
		return 0, false
	}
	fmt.Println(find(10))
	fmt.Println(find(1000))
	fmt.Println("global", global)
	func() {
		for x := range count(3) {
			if x == 1 {
				return
			}
			fmt.Println("in literal", x)
		}
	}()
}
`},
	{"toplevel_main_return", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range count(5) {
		fmt.Println(x)
		if x == 2 {
			fmt.Println("returning from main")
			return
		}
	}
	fmt.Println("not printed")
}
`},
	{"switch_break", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	for x := range count(6) {
		switch {
		case x == 1:
			fmt.Println("one, break switch")
			break
		case x == 2:
			continue
		case x == 4:
			fmt.Println("four")
		}
		switch v := any(x).(type) {
		case int:
			if v == 3 {
				break
			}
			fmt.Println("int", v)
		}
		if x == 5 {
			break
		}
	}
	fmt.Println("done")
}
`},
	{"select_break", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	ch := make(chan int, 10)
	for x := range count(4) {
		ch <- x
		select {
		case y := <-ch:
			if y == 1 {
				break
			}
			fmt.Println("got", y)
		}
		fmt.Println("after select", x)
	}
}
`},
	{"keys_only", `package main

import "fmt"

func pairs() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
}

func main() {
	for k := range pairs() {
		fmt.Println("key", k)
	}
	for _, v := range pairs() {
		fmt.Println("value", v)
	}
	n := 0
	for range pairs() {
		n++
	}
	for _, _ = range pairs() {
		n++
	}
	fmt.Println(n)
}
`},
	{"methods", `package main

import "fmt"

type List struct{ items []string }

func (l *List) All() func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range l.items {
			if !yield(i, s) {
				return
			}
		}
	}
}

func (l *List) Each(yield func(string) bool) {
	for _, s := range l.items {
		if !yield(s) {
			return
		}
	}
}

func main() {
	l := &List{items: []string{"x", "y", "z"}}
	for i, s := range l.All() {
		fmt.Println(i, s)
	}
	for s := range l.Each {
		if s == "z" {
			break
		}
		fmt.Println("each", s)
	}
	var p = new(func(func(int) bool))
	*p = func(yield func(int) bool) { yield(42) }
	for x := range *p {
		fmt.Println("deref", x)
	}
}
`},
	{"labeled_same_loop", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
L:
	for x := range count(6) {
		for i := 0; i < 3; i++ {
			if i == x {
				continue L
			}
			if x == 4 {
				break L
			}
			switch i {
			case 2:
				continue L
			}
			fmt.Println(x, i)
		}
	}
}
`},
	{"goto_inside", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range count(3) {
		n := 0
	again:
		n++
		if n < x {
			goto again
		}
		fmt.Println(x, n)
	}
}
`},
	{"defer_in_literal", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	defer fmt.Println("main deferred")
	for x := range count(3) {
		func() {
			defer fmt.Println("deferred", x)
			fmt.Println("body", x)
		}()
		go func() {}()
	}
}
`},
	{"labeled_switch_break", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	for round := 0; round < 2; round++ {
	S:
		switch round {
		case 0, 1:
			for x := range count(5) {
				if x == 2+round {
					break S
				}
				fmt.Println(round, x)
			}
			fmt.Println("not after break")
		}
	}
}
`},
	{"three_levels", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func search(t int) (string, int) {
A:
	for a := range count(4) {
	B:
		for b := range count(4) {
			for c := range count(4) {
				switch {
				case c > b:
					continue B
				case b > a:
					continue A
				case a+b+c == t:
					return "found", a*100 + b*10 + c
				case a == 3 && b == 3:
					break A
				}
			}
		}
	}
	return "none", -1
}

func main() {
	fmt.Println(search(4))
	fmt.Println(search(100))
}
`},
	{"recursive_tree", `package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All() func(func(int) bool) {
	return func(yield func(int) bool) {
		t.push(yield)
	}
}

func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func (t *Tree) Walk() func(func(int) bool) {
	return func(yield func(int) bool) {
		if t == nil {
			return
		}
		for v := range t.Left.Walk() {
			if !yield(v) {
				return
			}
		}
		if !yield(t.Val) {
			return
		}
		for v := range t.Right.Walk() {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	t := &Tree{Val: 5, Left: &Tree{Val: 2, Right: &Tree{Val: 3}}, Right: &Tree{Val: 8}}
	for v := range t.All() {
		fmt.Println("all", v)
	}
	for v := range t.Walk() {
		if v > 5 {
			break
		}
		fmt.Println("walk", v)
	}
}
`},
	{"one_line_and_comments", `package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) { for i := 0; i < n; i++ { if !yield(i) { return } } }
}

func main() {
	for x := range /* the seq */ count(3) { fmt.Println(x); if x == 1 { break } }
	for _ = range count(2) {} // empty body
	for x :=
		range count(2) {
		fmt.Println("multi-line header", x)
	}
	L: for x := range count(2) { for y := range count(2) { if y == 1 { continue L }; fmt.Println(x, y) } }
}
`},
	{"shadow_and_types", `package main

import (
	"fmt"
	str "strings"
)

type T struct{ S string }

func gen() func(func(T, *str.Builder) bool) {
	return func(yield func(T, *str.Builder) bool) {
		var b str.Builder
		for _, s := range []string{"a", "b"} {
			if !yield(T{s}, &b) {
				return
			}
		}
		fmt.Println("built", b.String())
	}
}

func vals() func(func(map[string][]int, func(int) int) bool) {
	return func(yield func(map[string][]int, func(int) int) bool) {
		yield(map[string][]int{"x": {1, 2}}, func(i int) int { return i + 1 })
	}
}

func main() {
	for t, b := range gen() {
		b.WriteString(t.S)
		t := t.S + "!"
		fmt.Println(t)
	}
	for m, f := range vals() {
		fmt.Println(m["x"], f(1))
	}
	x := 1
	for x := range func(yield func(int) bool) { yield(x + 1) } {
		fmt.Println("x", x)
	}
}
`},
	{"generic_loops", `package main

import "fmt"

func Collect[T any](s func(func(T) bool)) []T {
	var out []T
	for x := range s {
		out = append(out, x)
	}
	return out
}

func First[T any](s func(func(T) bool)) (T, bool) {
	for x := range s {
		return x, true
	}
	var z T
	return z, false
}

func words(yield func(string) bool) {
	_ = yield("alpha") && yield("beta")
}

func none(yield func(float64) bool) {}

func main() {
	fmt.Println(Collect(words))
	fmt.Println(First(words))
	fmt.Println(First(none))
}
`},
	{"local_types_and_dot_import", `package main

import (
	"fmt"
	. "strings"
)

func main() {
	type pair struct {
		a string
		n int
	}
	gen := func(yield func(pair, *Builder) bool) {
		var b Builder
		b.WriteString("built")
		yield(pair{"p", 1}, &b)
	}
	for p, b := range gen {
		fmt.Println(p.a, p.n, b.String(), ToUpper(p.a))
	}
	find := func() (pair, error) {
		for p := range gen {
			return p, nil
		}
		return pair{}, nil
	}
	fmt.Println(find())
}
`},
	{"many_types", `package main

import (
	"errors"
	"fmt"
	tm "time"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Ints = []int

type Shape interface {
	Area() float64
	fmt.Stringer
}

type sq float64

func (s sq) Area() float64   { return float64(s * s) }
func (s sq) String() string { return fmt.Sprint("sq", float64(s)) }

func one[V any](v V) func(func(V) bool) {
	return func(yield func(V) bool) { yield(v) }
}

func two[K, V any](k K, v V) func(func(K, V) bool) {
	return func(yield func(K, V) bool) { yield(k, v) }
}

func main() {
	ch := make(chan int, 1)
	ch <- 7
	var recv <-chan int = ch
	for a, b := range two([2]byte{'h', 'i'}, recv) {
		fmt.Println(string(a[:]), <-b)
	}
	for p, m := range two(Pair[string, rune]{"r", 'x'}, map[string][]*int{"nil": {nil}}) {
		fmt.Println(p.Key, string(p.Val), len(m["nil"]))
	}
	for f, e := range two(func(xs ...int) int { return len(xs) }, errors.New("e")) {
		fmt.Println(f(1, 2, 3), e)
	}
	for xs, d := range two(Ints{1, 2}, tm.Duration(1500)*tm.Millisecond) {
		fmt.Println(xs, d)
	}
	for s, x := range two(Shape(sq(2)), any(3)) {
		fmt.Println(s.Area(), s.String(), x)
	}
	var send chan<- string = make(chan string, 1)
	for st := range one(struct {
		N    int
		Name string
	}{1, "st"}) {
		fmt.Println(st.N, st.Name, cap(send))
	}
	for fn := range one(func(int) (string, error) { return "fn", nil }) {
		fmt.Println(fn(0))
	}
	for r := range one(interface{ Error() string }(errors.New("iface"))) {
		fmt.Println(r.Error())
	}
}
`},
	{"std_iterators", `package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

func main() {
	xs := []string{"b", "a", "c"}
	for i, v := range slices.All(xs) {
		fmt.Println(i, v)
	}
	for v := range slices.Values(xs) {
		if v == "a" {
			break
		}
		fmt.Println("value", v)
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var keys []string
	for k := range maps.Keys(m) {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println(sum)
	for i, v := range slices.Backward(xs) {
		fmt.Println(i, v)
	}
}
`},
}
