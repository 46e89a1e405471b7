package compiled

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"gokernel/kernel/magic"
	gkruntime "gokernel/runtime"
	"gokernel/runtime/session"
)

var ws *Workspace

func TestMain(m *testing.M) {
	ws = NewWorkspace()
	code := m.Run()
	dir := ws.Dir()
	if err := ws.Close(); err != nil {
		fmt.Println("Close:", err)
		code = 1
	}
	if dir != "" {
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			fmt.Println("Close left", dir)
			code = 1
		}
	}
	os.Exit(code)
}

func needGo(t testing.TB) {
	if _, err := Toolchain(); err != nil {
		t.Skip(err)
	}
}

// handProgram is a package main as kernel/program makes it: session
// declarations at //line session:1, the cell as main's body at
// //line cell:1.
func handProgram(imports []string, decls, cell string) map[string][]byte {
	var b strings.Builder
	b.WriteString("package main\n\n")
	for _, im := range imports {
		fmt.Fprintf(&b, "import %q\n", im)
	}
	b.WriteString("\n//line session:1\n" + decls + "\n\nfunc main() {\n//line cell:1\n" + cell + "\n}\n")
	return map[string][]byte{"main.go": []byte(b.String())}
}

// syncBuffer is an io.Writer safe for the stream goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func build(t testing.TB, files map[string][]byte, opts BuildOptions) string {
	t.Helper()
	exe, err := ws.Build(context.Background(), files, opts)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return exe
}

// goRun runs the source with `go run` and returns its stdout and stderr:
// what the program prints, to compare with Run's.
func goRun(t *testing.T, files map[string][]byte) (string, string) {
	t.Helper()
	d := t.TempDir()
	for n, b := range files {
		os.WriteFile(d+"/"+n, b, 0o644)
	}
	rt, err := gkruntime.Dir()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(d+"/go.mod", []byte("module x\n\ngo 1.26\nrequire gokernel v0.0.0\nreplace gokernel => "+rt+"\n"), 0o644)
	cmd := exec.Command("go", "run", "-trimpath", ".")
	cmd.Dir = d
	cmd.Env = goEnv()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Run()
	return out.String(), errb.String()
}

func TestRunOutputStreams(t *testing.T) {
	needGo(t)
	files := handProgram([]string{"fmt", "os", "time"}, "", `fmt.Println("before")
fmt.Fprintln(os.Stderr, "to stderr")
time.Sleep(time.Second)
fmt.Println("after")`)
	exe := build(t, files, BuildOptions{})
	r, w, _ := os.Pipe()
	defer r.Close()
	var errb syncBuffer
	first := make(chan time.Time, 1)
	var out bytes.Buffer
	go func() {
		buf := make([]byte, 100)
		for n := 0; ; n++ {
			k, err := r.Read(buf)
			if n == 0 {
				first <- time.Now()
			}
			out.Write(buf[:k])
			if err != nil {
				close(first)
				return
			}
		}
	}()
	err := Run(context.Background(), exe, RunOptions{Stdout: w, Stderr: &errb})
	end := time.Now()
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	got := <-first
	if d := end.Sub(got); d < 700*time.Millisecond {
		t.Errorf("first output came %v before the end: not live", d)
	}
	<-first
	wantOut, wantErr := goRun(t, files)
	if out.String() != wantOut || errb.String() != wantErr {
		t.Errorf("stdout %q stderr %q; go run: %q %q", out.String(), errb.String(), wantOut, wantErr)
	}
}

func TestExitStatus(t *testing.T) {
	needGo(t)
	exe := build(t, handProgram([]string{"os"}, "", "os.Exit(3)"), BuildOptions{})
	err := Run(context.Background(), exe, RunOptions{Stdout: io.Discard, Stderr: io.Discard})
	var me *magic.Error
	if !errors.As(err, &me) || me.Name != "ExitStatus" || !strings.Contains(me.Value, "status 3") {
		t.Fatalf("err = %#v", err)
	}
}

// An interrupt kills the program, even one that ignores SIGINT, and the
// processes it started, at once.
func TestInterruptKillsGroup(t *testing.T) {
	needGo(t)
	exe := build(t, handProgram([]string{"fmt", "os/exec", "os/signal", "syscall", "time"}, "", `signal.Ignore(syscall.SIGINT, syscall.SIGTERM)
c := exec.Command("sleep", "60")
c.Start()
fmt.Println(c.Process.Pid)
time.Sleep(time.Minute)`), BuildOptions{})
	r, w, _ := os.Pipe()
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, exe, RunOptions{Stdout: w, Stderr: io.Discard}); w.Close() }()
	line := make([]byte, 20)
	n, _ := r.Read(line)
	child, err := strconv.Atoi(strings.TrimSpace(string(line[:n])))
	if err != nil {
		t.Fatalf("child pid: %q", line[:n])
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "Interrupted" {
			t.Errorf("err = %v", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("stopping took %v", d)
	}
	// The child is gone (a zombie until init reaps it counts as gone).
	time.Sleep(50 * time.Millisecond)
	if b, err := os.ReadFile("/proc/" + strconv.Itoa(child) + "/stat"); err == nil && !strings.Contains(string(b), ") Z") {
		syscall.Kill(child, syscall.SIGKILL)
		t.Errorf("the program's child %d survived: %s", child, b)
	}
}

func TestPanicTraceback(t *testing.T) {
	needGo(t)
	decls := `func get(xs []int, i int) int {
	return xs[i]
}`
	cell := `xs := []int{1, 2}
fmt.Println("ok so far")
fmt.Println(get(xs, 5))`
	files := handProgram([]string{"fmt"}, decls, cell)
	exe := build(t, files, BuildOptions{})
	var errb syncBuffer
	err := Run(context.Background(), exe, RunOptions{Stdout: io.Discard, Stderr: &errb,
		Source: Source{Cell: cell, Decls: []string{"/*line _.go:1:1*/" + decls}}})
	var me *magic.Error
	if !errors.As(err, &me) || me.Name != "panic" {
		t.Fatalf("err = %#v", err)
	}
	_, raw := goRun(t, files)
	if !strings.Contains(raw, "panic: "+me.Value+"\n") {
		t.Errorf("message %q is not go run's:\n%s", me.Value, raw)
	}
	tb := strings.Join(me.Traceback, "\n")
	for _, want := range []string{
		"in get, line 2 of the cell that declared get", "return xs[i]",
		"in the cell, line 3 of this cell", "fmt.Println(get(xs, 5))",
	} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	if strings.Contains(tb, "runtime.") {
		t.Errorf("runtime frames in the traceback:\n%s", tb)
	}
	if !strings.Contains(errb.String(), "goroutine 1 [running]") {
		t.Errorf("the live stderr lost the raw report: %q", errb.String())
	}
}

func TestPanicInGoroutine(t *testing.T) {
	needGo(t)
	cell := `done := make(chan bool)
go func() {
	panic(fmt.Sprint("bad ", 42))
}()
<-done`
	files := handProgram([]string{"fmt"}, "", cell)
	exe := build(t, files, BuildOptions{})
	err := Run(context.Background(), exe, RunOptions{Stdout: io.Discard, Stderr: io.Discard, Source: Source{Cell: cell, Offset: 1}})
	var me *magic.Error
	if !errors.As(err, &me) || me.Name != "panic" || me.Value != "bad 42" {
		t.Fatalf("err = %#v", err)
	}
	tb := strings.Join(me.Traceback, "\n")
	for _, want := range []string{"in a function literal in the cell, line 4 of this cell", "started by the cell at line 3 of this cell"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
}

func TestCompileError(t *testing.T) {
	needGo(t)
	cell := `a := 1
fmt.Println(a)
fmt.Println(b + 1)`
	_, err := ws.Build(context.Background(), handProgram([]string{"fmt"}, "", cell), BuildOptions{Source: Source{Cell: cell, Offset: 1}})
	var me *magic.Error
	if !errors.As(err, &me) || me.Name != "CompileError" {
		t.Fatalf("err = %#v", err)
	}
	if me.Value != "line 4 of this cell: undefined: b" {
		t.Errorf("Value = %q", me.Value)
	}
	if tb := strings.Join(me.Traceback, "\n"); !strings.Contains(tb, "    fmt.Println(b + 1)") {
		t.Errorf("the line is not quoted:\n%s", tb)
	}
}

func TestBuildCached(t *testing.T) {
	needGo(t)
	files := handProgram([]string{"fmt"}, "", `fmt.Println("cached", 1)`)
	exe := build(t, files, BuildOptions{})
	start := time.Now()
	exe2 := build(t, files, BuildOptions{})
	if d := time.Since(start); exe2 != exe || d > 100*time.Millisecond {
		t.Errorf("second build: %s in %v, first %s", exe2, d, exe)
	}
}

func TestDisplayFromProgram(t *testing.T) {
	needGo(t)
	cell := `fmt.Println("before")
display.HTML("<b>bold</b>")
fmt.Println("after")`
	exe := build(t, handProgram([]string{"fmt", "gokernel/runtime/display"}, "", cell), BuildOptions{})
	var out syncBuffer
	var shown []session.Output
	var outAtDisplay string
	err := Run(context.Background(), exe, RunOptions{Stdout: &out, Stderr: os.Stderr, Display: func(o session.Output) {
		shown = append(shown, o)
		outAtDisplay = out.String()
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(shown) != 1 || shown[0].Kind != "display" || shown[0].Data["text/html"] != "<b>bold</b>" {
		t.Fatalf("displays: %#v", shown)
	}
	if outAtDisplay != "before\n" || out.String() != "before\nafter\n" {
		t.Errorf("stdout at the display %q, at the end %q", outAtDisplay, out.String())
	}
	// Without a Display callback the program prints the text form.
	out = syncBuffer{}
	if err := Run(context.Background(), exe, RunOptions{Stdout: &out, Stderr: os.Stderr}); err != nil {
		t.Fatal(err)
	}
	if want, _ := goRun(t, handProgram([]string{"fmt", "gokernel/runtime/display"}, "", cell)); out.String() != want {
		t.Errorf("plain run printed %q, go run %q", out.String(), want)
	}
}
