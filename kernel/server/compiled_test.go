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
	// Initialisers and init functions run once, in Go's order; the
	// session's copy of the declarations prints nothing more.
	initProg := "package main\n\nimport \"fmt\"\n\nvar (\n\ta = b + 1\n\tb = f()\n)\n\nfunc f() int {\n\tfmt.Println(\"f runs\")\n\treturn 10\n}\n\nfunc init() {\n\tfmt.Println(\"init 1: a =\", a)\n\ta *= 2\n}\n\nfunc init() {\n\tfmt.Println(\"init 2: a =\", a)\n}\n\nfunc main() {\n\tfmt.Println(\"main:\", a, b)\n}\n"
	if got, want := mustRun(t, k.Client, initProg).Stdout, goRun(t, tc, initProg); got != want {
		t.Errorf("program with initialisers printed %q, go run %q", got, want)
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
	res = mustRun(t, k.Client, "p, _ := processes.Start(kind, 7)\np.Join()\np.Result()")
	if !strings.Contains(res.Text(), "main.Rect 7") {
		t.Errorf("process result %q", res.Text())
	}
}

// %test runs the session's tests compiled, as `go test -v` does; a
// failure is the cell's error.
func TestTestMagic(t *testing.T) {
	needGo(t)
	k := startKernel(t)
	mustRun(t, k.Client, "func double(x int) int { return 2 * x }\n\nfunc TestDouble(t *testing.T) {\n\tif double(2) != 4 {\n\t\tt.Error(\"double(2) is not 4\")\n\t}\n}")
	res := mustRun(t, k.Client, "%test")
	if !strings.Contains(res.Stdout, "=== RUN   TestDouble") || !strings.Contains(res.Stdout, "--- PASS: TestDouble") {
		t.Errorf("%%test printed %q", res.Stdout)
	}
	mustRun(t, k.Client, "func TestFails(t *testing.T) {\n\tt.Errorf(\"wrong: %d\", double(1))\n}")
	res = run(t, k.Client, "%test", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || !strings.Contains(res.Stdout+errorText(res), "wrong: 2") || !strings.Contains(res.Stdout, "--- FAIL: TestFails") {
		t.Errorf("failing %%test: %s\nstdout %q\n%s", res.Status, res.Stdout, errorText(res))
	}
}

// %%writefile then %run FILE.go runs the program from the file, with its
// arguments; %%time times a compiled run; a compiled program reads stdin
// through the frontend's input box.
func TestRunFileTimeAndInput(t *testing.T) {
	tc := needGo(t)
	k := startKernel(t)
	dir := t.TempDir()
	prog := "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"args:\", os.Args[1:])\n}\n"
	mustRun(t, k.Client, "%cd "+dir)
	mustRun(t, k.Client, "%%writefile args.go\n"+prog)
	res := mustRun(t, k.Client, "%run args.go one two")
	if want := strings.Replace(goRun(t, tc, prog), "[]", "[one two]", 1); res.Stdout != want {
		t.Errorf("%%run FILE printed %q, want %q", res.Stdout, want)
	}
	res = mustRun(t, k.Client, "%%time\n%%run\nfmt.Println(\"timed\")")
	if !strings.HasPrefix(res.Stdout, "timed\n") || !strings.Contains(res.Stdout, "Wall time:") {
		t.Errorf("%%%%time of %%%%run printed %q", res.Stdout)
	}
	var prompts []string
	res, err := k.Execute(testContext(t), "%%run\nvar name string\nfmt.Print(\"name? \")\nfmt.Scanln(&name)\nfmt.Println(\"hello\", name)", client.ExecOptions{
		Input: func(prompt string, password bool) (string, error) {
			prompts = append(prompts, prompt)
			return "Ada", nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The prompt is shown once: beside the box (as the prompt), or in the
	// stream when the program's read was noticed late.
	if res.Status != "ok" || !strings.HasSuffix(res.Stdout, "hello Ada\n") || len(prompts) != 1 || (prompts[0] == "name? ") == strings.Contains(res.Stdout, "name? ") {
		t.Errorf("stdin of a compiled program: %s, stdout %q, prompts %q\n%s", res.Status, res.Stdout, prompts, errorText(res))
	}
}

// Without a Go toolchain everything still works, interpreted: a whole
// program runs with a note, the compiled magics say how to get one, and
// processes use interpreted children.
func TestNoToolchain(t *testing.T) {
	t.Setenv("GOKERNEL_GO", filepath.Join(t.TempDir(), "no-go-here"))
	t.Setenv("GOKERNEL_TYPECHECK_CACHE", t.TempDir()) // nothing cached: no type check either
	k := startKernel(t)
	info, err := k.KernelInfo(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	if banner, _ := info["banner"].(string); !strings.Contains(banner, "No Go toolchain") {
		t.Errorf("banner %q", banner)
	}
	res := mustRun(t, k.Client, "package main\n\nimport \"fmt\"\n\nfunc twice(x int) int { return 2 * x }\n\nfunc main() {\n\tfmt.Println(twice(21))\n}\n")
	if res.Stdout != "42\n" || !strings.Contains(res.Stderr, "no Go toolchain") {
		t.Errorf("interpreted program: stdout %q, stderr %q", res.Stdout, res.Stderr)
	}
	if r := mustRun(t, k.Client, "twice(4)"); r.Text() != "8" {
		t.Errorf("twice(4) = %q", r.Text())
	}
	// init functions run before main, once; a panic names main, not the
	// name main has in the session.
	res = mustRun(t, k.Client, "package main\n\nimport \"fmt\"\n\nfunc init() { fmt.Println(\"init\") }\n\nfunc main() { fmt.Println(\"main\") }\n")
	if res.Stdout != "init\nmain\n" {
		t.Errorf("interpreted program with init: %q", res.Stdout)
	}
	res = run(t, k.Client, "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n", client.ExecOptions{ContinueOnError: true})
	if text := errorText(res); res.Status != "error" || !strings.Contains(text, "boom") || strings.Contains(text, "gokernelProgram") {
		t.Errorf("interpreted panic: %s\n%s", res.Status, text)
	}
	for _, code := range []string{"%%run\nfmt.Println(1)", "%test", "%run x.go"} {
		res = run(t, k.Client, code, client.ExecOptions{ContinueOnError: true})
		if res.Status != "error" || res.Error.Ename != "NoGoToolchain" || !strings.Contains(res.Error.Evalue, "GOKERNEL_GO") {
			t.Errorf("%q without a toolchain: %s %+v", code, res.Status, res.Error)
		}
	}
	res = mustRun(t, k.Client, "p, _ := processes.Start(twice, 5)\np.Join()\np.Result()")
	if !strings.Contains(res.Text(), "10") {
		t.Errorf("interpreted child result %q", res.Text())
	}
}

// Shutdown leaves no process and no file of the compiled path behind.
func TestCompiledLeavesNothingBehind(t *testing.T) {
	needGo(t)
	t.Setenv("GOKERNEL_NATIVE_CHILDREN", "wait")
	k := startKernel(t)
	mustRun(t, k.Client, "func sq(x int) int { return x * x }")
	res := mustRun(t, k.Client, "%%run\nfmt.Println(os.Getenv(\"TMPDIR\"), os.Getpid())\npool := processes.NewPool(2)\nout, _ := pool.Map(sq, []int{1, 2})\nfmt.Println(out)")
	tmp, _, _ := strings.Cut(res.Stdout, " ")
	if tmp == "" || !strings.HasPrefix(filepath.Base(tmp), "gokernel-session-") {
		t.Fatalf("TMPDIR of the session: %q", res.Stdout)
	}
	mustRun(t, k.Client, "pool := processes.NewPool(2)\nout, _ := pool.Map(sq, []int{3, 4})\nfmt.Println(out)")
	// A command a shell line leaves running in the background.
	mustRun(t, k.Client, "!sleep 987 > /dev/null 2>&1 &")
	if _, err := os.Stat(tmp); err != nil {
		t.Fatalf("the session's directory is not there while it runs: %v", err)
	}
	pgid := k.Process().Pid
	if err := k.Shutdown(testContext(t), false); err != nil {
		t.Fatal(err)
	}
	select {
	case <-k.Exited():
	case <-time.After(30 * time.Second):
		t.Fatal("the kernel did not exit")
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("the session's directory %s is left after shutdown: %v", tmp, err)
	}
	out, _ := exec.Command("ps", "-eo", "pid,ppid,args").Output()
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, tmp) || strings.Contains(line, "sleep 987") { // this kernel's, not those of tests running beside it
			t.Errorf("a process of the session survived (kernel %d): %s", pgid, line)
		}
	}
}

// processes.WaitCompiled waits for the background build of a target's
// native child, and says false at once where there is none.
func TestWaitCompiled(t *testing.T) {
	needGo(t)
	t.Setenv("GOKERNEL_NATIVE_CHILDREN", "")
	k := startKernel(t)
	mustRun(t, k.Client, "type Rect struct{ W int }\nfunc kind(n int) string { return fmt.Sprintf(\"%T %d\", Rect{n}, n) }")
	res := mustRun(t, k.Client, "ok := processes.WaitCompiled(kind, time.Minute)\npool := processes.NewPool(1)\nout, err := pool.Map(kind, []int{1})\npool.Close()\nfmt.Println(ok, out, err)")
	if res.Stdout != "true [main.Rect 1] <nil>\n" {
		t.Errorf("after WaitCompiled: %q", res.Stdout)
	}
	t.Setenv("GOKERNEL_NATIVE_CHILDREN", "0")
	off := startKernel(t)
	mustRun(t, off.Client, "func twice(n int) int { return 2 * n }")
	if r := mustRun(t, off.Client, "processes.WaitCompiled(twice, time.Minute)"); r.Text() != "false" {
		t.Errorf("WaitCompiled without native children: %q", r.Text())
	}
}
