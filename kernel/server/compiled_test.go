package server_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/gotool"
)

// needGo skips a test of the compiled path on a machine without the go
// command.
func needGo(t *testing.T) *gotool.Toolchain {
	t.Helper()
	tc, err := gotool.Find()
	if err != nil {
		t.Skipf("no Go toolchain: %v", err)
	}
	return tc
}

// goRun is what `go run` prints for a program: the reference output.
func goRun(t *testing.T, tc *gotool.Toolchain, src string) string {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tc.Go, "run", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=off")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run: %v", err)
	}
	return string(out)
}

// A whole program pasted into a cell runs once, as `go run` runs it, and
// its declarations become the session's.
func TestWholeProgramCell(t *testing.T) {
	tc := needGo(t)
	k := startKernel(t)
	prog := `package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	r := Rect{3, 4}
	fmt.Printf("%T %+v %d\n", r, r, r.Area())
}
`
	res := mustRun(t, k.Client, prog)
	if want := goRun(t, tc, prog); res.Stdout != want {
		t.Errorf("whole program printed %q, go run %q", res.Stdout, want)
	}
	if r := mustRun(t, k.Client, "Rect{5, 6}.Area()"); r.Text() != "30" {
		t.Errorf("the program's declarations are not the session's: %q", r.Text())
	}
	if r := mustRun(t, k.Client, `fmt.Println("later")`); r.Stdout != "later\n" {
		t.Errorf("main ran again in a later cell: %q", r.Stdout)
	}
	// A program Go rejects is an error at its own line, quoting it.
	res = run(t, k.Client, "package main\n\nfunc main() {\n\tx := 1\n}\n", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || !strings.Contains(errorText(res), "line 4") || !strings.Contains(errorText(res), "declared and not used") {
		t.Errorf("unused variable: %s\n%s", res.Status, errorText(res))
	}
}

// %%run compiles the session's declarations and the cell as a program.
func TestRunMagic(t *testing.T) {
	tc := needGo(t)
	k := startKernel(t)
	mustRun(t, k.Client, "func fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}")
	res := mustRun(t, k.Client, "%%run\nfmt.Println(fib(27))")
	want := goRun(t, tc, "package main\nimport \"fmt\"\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfunc main() { fmt.Println(fib(27)) }\n")
	if res.Stdout != want {
		t.Errorf("%%%%run printed %q, go run %q", res.Stdout, want)
	}
	// A panic is the cell's error, at the cell's line.
	res = run(t, k.Client, "%%run\nvar s []int\nfmt.Println(s[3])", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || !strings.Contains(errorText(res), "index out of range") || !strings.Contains(errorText(res), "line 3 of this cell") {
		t.Errorf("panic: %s\n%s", res.Status, errorText(res))
	}
	// Rich output from a compiled program reaches the cell.
	res = mustRun(t, k.Client, "%%run\nfmt.Println(\"before\")\ndisplay.HTML(\"<b>bold</b>\")")
	if res.Stdout != "before\n" || len(res.Displays) != 1 || res.Displays[0]["text/html"] != "<b>bold</b>" {
		t.Errorf("display from %%%%run: stdout %q, displays %v", res.Stdout, res.Displays)
	}
	// An interrupt stops a compiled program at once.
	start := time.Now()
	res = runUntilOutput(t, k, "%%run\nfmt.Println(\"started\")\nfor {\n}", "started", func() error { return k.Interrupt(testContext(t)) })
	if res.Status != "error" || time.Since(start) > 30*time.Second {
		t.Errorf("interrupted program: %s after %v", res.Status, time.Since(start))
	}
	if r := mustRun(t, k.Client, "fib(10)"); r.Text() != "55" {
		t.Errorf("session after the interrupt: %q", r.Text())
	}
}

// %%run -race finds E2's race on the first run, and none in E3.
func TestRaceDetectorFindsTheRace(t *testing.T) {
	needGo(t)
	k := startKernel(t)
	mustRun(t, k.Client, `var counter int

func addMany(n int) {
	for i := 0; i < n; i++ {
		counter++
	}
}

var lock = threads.NewLock()

func addManyLocked(n int) {
	for i := 0; i < n; i++ {
		lock.Acquire()
		counter++
		lock.Release()
	}
}`)
	race := "%%run -race\na := threads.Start(addMany, 1000)\nb := threads.Start(addMany, 1000)\na.Join()\nb.Join()\nfmt.Println(counter)"
	res := run(t, k.Client, race, client.ExecOptions{ContinueOnError: true})
	text := errorText(res)
	if res.Status != "error" || res.Error.Ename != "DataRace" || !strings.Contains(text, "counter") || !strings.Contains(text, "addMany") {
		t.Fatalf("racy cell: %s\n%s\nstdout %q\nstderr %q", res.Status, text, res.Stdout, res.Stderr)
	}
	res = mustRun(t, k.Client, strings.ReplaceAll(race, "addMany,", "addManyLocked,"))
	if res.Stdout != "2000\n" {
		t.Errorf("locked run printed %q", res.Stdout)
	}
}

// Processes and pools run their targets in a compiled child once one is
// built (GOKERNEL_NATIVE_CHILDREN=wait builds it before the first task):
// a compiled child prints a session type's name as Go does.
func TestNativeChildren(t *testing.T) {
	needGo(t)
	t.Setenv("GOKERNEL_NATIVE_CHILDREN", "wait")
	k := startKernel(t)
	mustRun(t, k.Client, "type Rect struct{ W int }\nfunc kind(n int) string { return fmt.Sprintf(\"%T %d\", Rect{n}, n) }")
	res := mustRun(t, k.Client, "pool := processes.NewPool(2)\nout, err := pool.Map(kind, []int{1, 2, 3})\npool.Close()\nfmt.Println(out, err)")
	if res.Stdout != "[main.Rect 1 main.Rect 2 main.Rect 3] <nil>\n" {
		t.Errorf("pool results %q", res.Stdout)
	}
	res = mustRun(t, k.Client, "p := processes.Start(kind, 7)\np.Join()\np.Result()")
	if !strings.Contains(res.Text(), "main.Rect 7") {
		t.Errorf("process result %q", res.Text())
	}
}
