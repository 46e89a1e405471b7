package server_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gokernel/kernel/client"
)

// A cell form: cells run one after the other in one kernel, and the
// program `go run` runs: imports, decls at the package level, then
// stmts as main's body. What the cells print together must be what the
// program prints.
type cellForm struct {
	name    string
	imports []string
	decls   string   // package-level declarations (their own cell first, if any)
	cells   []string // statement cells; main's body is them joined
}

func (f cellForm) program() string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n")
	for _, p := range f.imports {
		b.WriteString("\t\"" + p + "\"\n")
	}
	b.WriteString(")\n\n" + f.decls + "\n\nfunc main() {\n" + strings.Join(f.cells, "\n") + "\n}\n")
	return b.String()
}

// goRunAll is goRun for a program that may fail (a panic): its stdout.
func goRunAll(t *testing.T, src string) string {
	t.Helper()
	tc := needGo(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tc.Go, "run", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=off")
	out, _ := cmd.Output()
	return string(out)
}

var cellForms = []cellForm{
	{name: "comma-ok", imports: []string{"fmt"}, cells: []string{`m := map[string]int{"a": 1}
v, ok := m["a"]
w, found := m["z"]
fmt.Println(v, ok, w, found)
ch := make(chan string, 1)
ch <- "x"
close(ch)
r, open := <-ch
r2, open2 := <-ch
fmt.Printf("%q %v %q %v\n", r, open, r2, open2)
var x any = "s"
s, isStr := x.(string)
n, isInt := x.(int)
fmt.Println(s, isStr, n, isInt)
_, ok3 := m["a"]
fmt.Println(ok3)`}},
	{name: "generic define", imports: []string{"fmt"}, decls: `func Id[T any](x T) T { return x }`, cells: []string{`n := Id(3)
s := Id("a")
f := Id(2.5) * 2
fmt.Println(n+1, s, f)`}},
	{name: "defer", imports: []string{"context", "fmt", "time"}, cells: []string{`defer fmt.Println("d1")
ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
defer cancel()
for i := 0; i < 2; i++ {
	defer fmt.Println("loop", i)
}
defer func() { fmt.Println("d2", ctx.Err()) }()
fmt.Println("a", ctx.Err())
fmt.Println("b")`}},
	{name: "shadow", imports: []string{"fmt"}, decls: `var x = "pkg"`, cells: []string{`fmt.Println(x)
x := "local"
fmt.Println(x)`}},
	{name: "labels goto select fallthrough", imports: []string{"fmt"}, cells: []string{`i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
fmt.Println(i)
switch i {
case 3:
	fmt.Println("three")
	fallthrough
case 4:
	fmt.Println("four")
default:
	fmt.Println("other")
}
c := make(chan int, 1)
c <- 7
select {
case v := <-c:
	fmt.Println("got", v)
default:
	fmt.Println("none")
}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}`}},
	{name: "loop variables", imports: []string{"fmt", "sort", "sync"}, decls: `func ptrs() []int {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	var out []int
	for _, p := range ps {
		out = append(out, *p)
	}
	return out
}`, cells: []string{`var wg sync.WaitGroup
var mu sync.Mutex
var got []int
for i := 0; i < 3; i++ {
	wg.Go(func() {
		mu.Lock()
		got = append(got, i)
		mu.Unlock()
	})
}
wg.Wait()
sort.Ints(got)
fmt.Println(got)
var ps []*string
for _, v := range []string{"a", "b", "c"} {
	ps = append(ps, &v)
}
for _, p := range ps {
	fmt.Print(*p)
}
fmt.Println()
var fs []func() int
for i := range 3 {
	fs = append(fs, func() int { return i })
}
for _, f := range fs {
	fmt.Print(f())
}
fmt.Println(ptrs())`}},
}

// What works inside a function works at the top level of a cell, with the
// same meaning (issue 6): each form as cells, compared with `go run`.
func TestCellStatementForms(t *testing.T) {
	needGo(t)
	k := startKernel(t)
	for _, f := range cellForms {
		t.Run(f.name, func(t *testing.T) {
			mustRun(t, k.Client, "%reset -f")
			want := goRunAll(t, f.program())
			var got strings.Builder
			for _, p := range f.imports {
				mustRun(t, k.Client, `import "`+p+`"`)
			}
			if f.decls != "" {
				got.WriteString(mustRun(t, k.Client, f.decls).Stdout)
			}
			for _, c := range f.cells {
				got.WriteString(mustRun(t, k.Client, c).Stdout)
			}
			if got.String() != want {
				t.Errorf("cells printed\n%s\ngo run printed\n%s", got.String(), want)
			}
		})
	}
}

// A top-level defer runs when the cell ends also when it panics (as
// main's defers run before the program dies).
func TestCellDeferPanic(t *testing.T) {
	k := startKernel(t)
	body := "defer fmt.Println(\"first deferred, runs last\")\ndefer fmt.Println(\"deferred\")\nfmt.Println(\"before\")\npanic(\"boom\")"
	want := goRunAll(t, "package main\n\nimport \"fmt\"\n\nfunc main() {\n"+body+"\n}\n")
	mustRun(t, k.Client, `import "fmt"`)
	res := run(t, k.Client, body, client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || !strings.Contains(errorText(res), "boom") {
		t.Errorf("panic: status %s, %s", res.Status, errorText(res))
	}
	if res.Stdout != want {
		t.Errorf("panicking cell printed %q, go run %q", res.Stdout, want)
	}
}

// func main declared in a cell never runs by itself; main() runs it once.
func TestCellFuncMain(t *testing.T) {
	k := startKernel(t)
	want := goRunAll(t, "package main\n\nimport \"fmt\"\n\nfunc hi() { fmt.Println(\"hi\") }\n\nfunc main() {\n\tfmt.Println(\"x\")\n\thi()\n}\n")
	mustRun(t, k.Client, `import "fmt"`)
	var got strings.Builder
	for _, c := range []string{`func main() { fmt.Println("hi") }`, `fmt.Println("x")`, `main()`} {
		got.WriteString(mustRun(t, k.Client, c).Stdout)
	}
	if got.String() != want {
		t.Errorf("cells printed %q, go run %q", got.String(), want)
	}
}

// A standard package the interpreter has no symbols for is named, with
// the way to run the cell anyway, never called "not the standard library".
func TestCellImportIter(t *testing.T) {
	k := startKernel(t)
	for _, code := range []string{`import "iter"`, "import (\n\t\"fmt\"\n\t\"iter\"\n)\nvar _ iter.Seq[int]\nvar _ = fmt.Sprint"} {
		res := run(t, k.Client, code, client.ExecOptions{ContinueOnError: true})
		text := errorText(res)
		if res.Status == "ok" {
			continue // provided after all
		}
		if !strings.Contains(text, `"iter"`) || !strings.Contains(text, "%%run") || strings.Contains(text, "not other modules") || strings.Contains(text, "redeclared") {
			t.Errorf("%q: %s", code, text)
		}
	}
}
