package eval

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// goRunOutput is what `go run` prints for the program made of decls and
// a main whose body is body.
func goRunOutput(t *testing.T, decls, body string) string {
	t.Helper()
	out, err := goRun(t, decls, body)
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	return out
}

// sameAsGoRun runs decls (which may import, fmt is imported) and then
// body as two cells of a new session: body must print what go run prints
// for the program of both.
func sameAsGoRun(t *testing.T, decls, body string) {
	t.Helper()
	want := goRunOutput(t, "import \"fmt\"\n\n"+decls, body)
	s := newSession(t, Options{})
	run(t, s, "import \"fmt\"\n"+decls)
	if out, _ := run(t, s, body); out != want {
		t.Errorf("output %q, go run: %q", out, want)
	}
}

// goRun runs the program made of decls and a main of body with the go
// command: its standard output, and its standard error too when it fails.
func goRun(t *testing.T, decls, body string) (string, error) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	src := "package main\n\n" + decls + "\n\nfunc main() {\n" + body + "\n}\n"
	file := filepath.Join(dir, "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goBin, "run", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=off")
	out, err := cmd.Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		out = append(out, ee.Stderr...)
	}
	return string(out), err
}

// splitForm runs decls in a cell and body as the top-level statements of
// a second cell, as a learner splits a program, and compares the output
// with go run's.
func splitForm(t *testing.T, decls, body string) {
	t.Helper()
	want := goRunOutput(t, decls, body)
	s := newSession(t, Options{})
	run(t, s, decls)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var err error
	out := capture(t, func() { _, err = s.Execute(ctx, body) })
	if err != nil {
		t.Fatalf("cell failed: %v\noutput: %q", err, out)
	}
	if out != want {
		t.Fatalf("output %q, go run prints %q", out, want)
	}
}

// `_, ok := <-ch` at the top level of a cell: yaegi puts the received
// value in the wrong variable when the first name is blank.
func TestTopLevelBlankCommaOkReceive(t *testing.T) {
	splitForm(t, `import "fmt"`, `ch := make(chan int, 1)
ch <- 5
v, ok := <-ch
fmt.Println(v, ok)
close(ch)
v, ok = <-ch
fmt.Println(v, ok)
done := make(chan struct{})
close(done)
_, open := <-done
fmt.Println(open, done != nil)
nums := make(chan int, 1)
nums <- 7
_, more := <-nums
fmt.Println(more, len(nums))`)
}

// A closure handed to compiled code (wg.Go) in a `for i := range n`
// loop keeps its own i.
func TestRangeIntClosureToCompiledCode(t *testing.T) {
	splitForm(t, `import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.RWMutex
	items map[string]int
}

func (r *Registry) Get(k string) (int, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry) Set(k string, v int) {
	r.mu.Lock()
	r.items[k] = v
	r.mu.Unlock()
}`, `r := &Registry{items: map[string]int{}}
var wg sync.WaitGroup
for i := range 20 {
	wg.Go(func() { r.Set(fmt.Sprint("k", i%5), i%5) })
}
wg.Wait()
for i := range 6 {
	v, ok := r.Get(fmt.Sprint("k", i))
	fmt.Println(i, v, ok)
}`)
}

// `break L`, `continue` and a plain `break` inside an if, in a select's
// case, at the top level of a cell and in a function.
func TestSelectBranches(t *testing.T) {
	splitForm(t, `import "fmt"

func drain(c chan int) (n int) {
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			n += v
			continue
		}
		fmt.Println("not reached")
	}
	return n
}`, `data := make(chan int)
quit := make(chan struct{})
go func() {
	for i := range 5 {
		data <- i
	}
	close(quit)
}()
sum := 0
loop:
for {
	select {
	case v := <-data:
		sum += v
	case <-quit:
		break loop
	}
}
fmt.Println("sum", sum)
c := make(chan int, 3)
c <- 1
c <- 2
close(c)
fmt.Println("drain", drain(c))
buf := make(chan int, 3)
buf <- 1
buf <- 2
buf <- 3
for n := 0; n < 3; n++ {
	select {
	case v := <-buf:
		if v == 2 {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println("after select", n)
}
outer:
for i := 0; i < 3; i++ {
	select {
	default:
		if i == 1 {
			continue outer
		}
		fmt.Println("default", i)
		continue outer
	}
}`)
}

// A select case that ends in continue, in a loop whose body ends in a
// jump out of it: yaegi's compiler recursed until the evaluator died of a
// stack overflow (lock_select_done).
func TestSelectContinueInALoopThatEndsInAJump(t *testing.T) {
	splitForm(t, `import "fmt"

func drainAll(box chan string) (got []string) {
	for {
		select {
		case m := <-box:
			got = append(got, m)
			continue
		default:
		}
		return got
	}
}`, `box := make(chan string, 3)
box <- "a"
box <- "b"
for {
	select {
	case m := <-box:
		fmt.Println("read", m)
		continue
	default:
		fmt.Println("empty")
	}
	break
}
box <- "c"
box <- "d"
fmt.Println(drainAll(box))
for i := range 3 {
	select {
	case m := <-box:
		fmt.Println(i, m)
		continue
	default:
	}
	fmt.Println("left at", i)
	break
}`)
}
