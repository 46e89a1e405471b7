package eval

import (
	"go/ast"
	"go/parser"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gokernel/kernel/gotool"
)

// loopProgs are programs in the split form a learner types (a cell of
// declarations, then main's body as a cell); each must print what `go
// run` prints for the whole program.
var loopProgs = []struct{ name, decls, stmts string }{
	{"modify in body", `import "fmt"`, `
for i := 0; i < 10; i++ {
	if i%3 == 0 {
		i++
	}
	fmt.Print(i, " ")
}
fmt.Println()
var fs []func()
for i := 0; i < 3; i++ {
	fs = append(fs, func() { fmt.Print(i, " ") })
	i += 0
}
for _, f := range fs {
	f()
}
fmt.Println()`},
	{"continue and break", `import "fmt"`, `
var fs []func()
for i := 0; i < 12; i++ {
	fs = append(fs, func() { fmt.Print(i, " ") })
	if i == 1 {
		i += 2
		continue
	}
	switch {
	case i == 5:
		i++
		continue
	}
	select {
	default:
		if i == 8 {
			i++
			continue
		}
	}
	for j := 0; j < 3; j++ {
		if j == 1 {
			continue
		}
		i += 0
	}
	if i == 10 {
		break
	}
	i++
}
for _, f := range fs {
	f()
}
fmt.Println()`},
	{"labeled continue", `import "fmt"`, `
var fs []func()
outer:
for i := 0; i < 6; i++ {
	fs = append(fs, func() { fmt.Print(i, " ") })
	for j := 0; j < 3; j++ {
		if j == 1 {
			i++
			continue outer
		}
		switch {
		case i == 4:
			i += 10
			break outer
		}
	}
}
for _, f := range fs {
	f()
}
fmt.Println()`},
	{"several variables", `import "fmt"`, `
var fs []func()
for i, j := 0, 10; i < j; i, j = i+1, j-1 {
	fs = append(fs, func() { fmt.Print(i, ":", j, " ") })
	if i == 1 {
		j--
		continue
	}
	i++
}
for _, f := range fs {
	f()
}
fmt.Println()`},
	{"pointer", `import "fmt"`, `
var ps []*int
for i := 0; i < 6; i++ {
	p := &i
	*p += 1
	ps = append(ps, p)
}
for _, p := range ps {
	fmt.Print(*p, " ")
}
fmt.Println()`},
	{"in functions and methods", `import (
	"fmt"
	"sort"
	"sync"
)

type T struct{ n int }

func (t T) squares() []int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	for i := 0; i < t.n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i*i)
			mu.Unlock()
		}()
		if i%2 == 1 {
			i++
		}
	}
	wg.Wait()
	sort.Ints(got)
	return got
}

func first(xs []int) func() int {
	for i := 0; i < len(xs); i++ {
		if xs[i] > 2 {
			return func() int { return i }
		}
		i += 0
	}
	return nil
}

func skip() []func() int {
	var fs []func() int
	for i := 0; i < 5; i++ {
		if i == 2 {
			i++
			goto next
		}
		fs = append(fs, func() int { return i })
	next:
	}
	return fs
}`, `
fmt.Println(T{7}.squares())
fmt.Println(first([]int{1, 2, 3, 4})())
for _, f := range skip() {
	fmt.Print(f(), " ")
}
fmt.Println()`},
	{"comma-ok defines", `import (
	"fmt"
	"sync"
)

type hooks struct{ before func(string) }

func lookups(m map[string]int, keys []string) (fns []func() string, ps []*int) {
	for _, k := range keys {
		v, ok := m[k]
		fns = append(fns, func() string { return fmt.Sprint(k, v, ok) })
		ps = append(ps, &v)
		if w, found := m[k]; !found {
			fmt.Println("missing", k, w)
		} else if w2, ok2 := m[k+k]; ok2 {
			fmt.Println("double", k, w2)
		} else {
			fmt.Println("found", k, w, w2)
		}
	}
	return
}`, `
m := map[string]int{"a": 1, "b": 2, "c": 3, "aa": 11}
fns, ps := lookups(m, []string{"a", "x", "b", "c", "y"})
for i, f := range fns {
	fmt.Print(f(), " ", *ps[i], "; ")
}
fmt.Println()
var xs []any = []any{1, "s", 2.5, 4}
var gs []func()
for _, x := range xs {
	n, isInt := x.(int)
	_, isStr := x.(string)
	gs = append(gs, func() { fmt.Print(n, isInt, isStr, " ") })
}
for _, g := range gs {
	g()
}
fmt.Println()
ch := make(chan int, 3)
ch <- 7
ch <- 8
close(ch)
var rs []func()
for range 3 {
	r, open := <-ch
	rs = append(rs, func() { fmt.Print(r, open, " ") })
}
for _, f := range rs {
	f()
}
fmt.Println()
handlers := map[string]func(int){"add": func(int) {}}
hk := hooks{before: func(string) {}}
var wg sync.WaitGroup
var mu sync.Mutex
calls := 0
for k := range 400 {
	op := []string{"add", "mul"}[k%2]
	h, ok := handlers[op]
	if !ok {
		continue
	}
	wg.Go(func() {
		hk.before(op)
		h(k)
		mu.Lock()
		calls++
		mu.Unlock()
	})
}
wg.Wait()
fmt.Println("calls", calls)`},
	{"composite literals", `import "fmt"

type Row []int

func rows(n int) (fs []func() string, ps []*[]int, ls []*[]string) {
	for i := range n {
		r := Row{i, i}
		a := [2]int{i, -i}
		m := map[string]int{"k": i}
		var l = []string{fmt.Sprint(i)}
		p := &[]int{i * 10}
		fs = append(fs, func() string { return fmt.Sprint(r, a, m, l, *p) })
		ps = append(ps, p)
		ls = append(ls, &l)
	}
	return
}`, `
fs, ps, ls := rows(3)
for i, f := range fs {
	fmt.Println(f(), *ps[i], *ls[i])
}
var gs []func()
for i := range 3 {
	s := []int{i}
	gs = append(gs, func() { fmt.Print(s, " ") })
}
for _, g := range gs {
	g()
}
fmt.Println()`},
	{"range assigns", `import "fmt"`, `
var fs []func()
for i, v := range []int{5, 6, 7} {
	v *= 2
	fs = append(fs, func() { fmt.Print(i, "=", v, " ") })
	i = 100
}
for _, f := range fs {
	f()
}
fmt.Println()
for i := range 3 {
	i += 10
	fmt.Print(i, " ")
}
fmt.Println()`},
	{"range over channels", `import (
	"fmt"
	"slices"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func source(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := range n {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func count(m map[string]chan int) int {
	n := 0
	for k, c := range m {
		n += len(k) + cap(c)
	}
	return n
}`, `
var all []string
for s := range merge(source("a", 3), source("b", 2), source("c", 1)) {
	all = append(all, s)
}
slices.Sort(all)
fmt.Println(all)
cs := []chan int{make(chan int, 1), make(chan int, 2)}
for i, c := range cs {
	c <- i
}
loop:
for i, c := range cs {
	fmt.Print(i, <-c, cap(c), " ")
	continue loop
}
var arr [2]chan int
for _, c := range arr {
	fmt.Print(c == nil, " ")
}
fmt.Println(count(map[string]chan int{"ab": make(chan int, 3)}))`},
}

// TestLoopVariablesLikeGo runs loopProgs in a session and with `go run`.
func TestLoopVariablesLikeGo(t *testing.T) {
	tc, err := gotool.Find()
	if err != nil {
		t.Skip(err)
	}
	for _, p := range loopProgs {
		t.Run(p.name, func(t *testing.T) {
			dir := t.TempDir()
			prog := "package main\n\n" + p.decls + "\n\nfunc main() {" + p.stmts + "\n}\n"
			file := filepath.Join(dir, "main.go")
			if err := os.WriteFile(file, []byte(prog), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(tc.Go, "run", file)
			cmd.Dir = dir
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("go run: %v\n%s", err, prog)
			}
			s := newSession(t, Options{})
			out1, _ := run(t, s, p.decls)
			out2, _ := run(t, s, strings.TrimPrefix(p.stmts, "\n"))
			if got := out1 + out2; got != string(want) {
				t.Errorf("output\n%s\nwant (go run)\n%s", got, want)
			}
		})
	}
}

// TestPlainLoopsKeepTheirVariables: loops that nothing captures are not
// rewritten (no per-iteration copy to slow them down).
func TestPlainLoopsKeepTheirVariables(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"{ s += i; p.x = i; fmt.Println(p.x, i); i++ }", false},
		{"{ sort.Slice(xs, func(a, b int) bool { return xs[a] < xs[b] }) }", false},
		{"{ go fmt.Println(i) }", false},
		{"{ fs = append(fs, func() { fmt.Println(i) }) }", true},
		{"{ ps = append(ps, &i) }", true},
		{"{ q = &i.x }", true},
		{"{ name := i.Name; fmt.Println(i.Name, name) }", false},
	} {
		e, err := parser.ParseExpr("func() " + c.body)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]bool{"i": true}
		if got := captured(names, e.(*ast.FuncLit).Body); got != c.want {
			t.Errorf("%s: captured %v, want %v", c.body, got, c.want)
		}
	}
}
