package racereport

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// program is built once with -race; each scenario runs it with its name as
// the argument, so one build serves every test. Its //line directives make
// frames look like a cell's: "session" for earlier cells, "cell" for this
// one. Markers (// @name) let the tests find the cell lines they expect.
const program = `package main

import (
	"fmt"
	"os"
	"sync"

	"gokernel/runtime/threads"
)

//line session:1
var counter int

//line session:3
func addOne() {
	counter++ // @add
}

//line cell:1
func worker(n int, start chan bool) {
	<-start
	for i := 0; i < n; i++ {
		addOne() // @call
	}
}

func goroutines() {
	var wg sync.WaitGroup
	start := make(chan bool)
	wg.Add(2)
	go func() { defer wg.Done(); worker(1000, start) }() // @go1
	go func() { defer wg.Done(); worker(1000, start) }() // @go2
	close(start)
	wg.Wait()
}

func threadsRace() {
	start := make(chan bool)
	t1 := threads.Start(worker, 1000, start) // @t1
	t2 := threads.Start(worker, 1000, start) // @t2
	close(start)
	t1.Join()
	t2.Join()
}

func lockedWorker(n int, lock *threads.Lock) {
	for i := 0; i < n; i++ {
		lock.Acquire()
		counter++
		lock.Release()
	}
}

func threadsLocked() {
	lock := threads.NewLock()
	t1 := threads.Start(lockedWorker, 1000, lock)
	t2 := threads.Start(lockedWorker, 1000, lock)
	t1.Join()
	t2.Join()
}

func goroutinesLocked() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

func local() {
	total := 0
	done := make(chan bool)
	go func() { // @localgo
		total++ // @local1
		done <- true
	}()
	total++ // @local2
	<-done
}

func mapRace() {
	m := map[int]int{}
	done := make(chan bool)
	go func() {
		m[1] = 1 // @map1
		done <- true
	}()
	m[2] = 2 // @map2
	<-done
}

func main() {
	fmt.Fprintln(os.Stderr, "scenario", os.Args[1], "starting")
	switch os.Args[1] {
	case "goroutines":
		goroutines()
	case "threads":
		threadsRace()
	case "threads-locked":
		threadsLocked()
	case "goroutines-locked":
		goroutinesLocked()
	case "local":
		local()
	case "map":
		mapRace()
	}
	fmt.Println(counter)
	fmt.Fprintln(os.Stderr, "scenario", os.Args[1], "done")
}
`

// cellLine finds the line marked "// @name" and returns its file and line
// as the //line directive before it maps them.
func cellLine(t *testing.T, name string) (string, int) {
	t.Helper()
	directive := regexp.MustCompile(`^//line (\w+):(\d+)$`)
	file, base, at := "", 0, 0
	for i, l := range strings.Split(program, "\n") {
		if m := directive.FindStringSubmatch(l); m != nil {
			file, at = m[1], i
			base, _ = strconv.Atoi(m[2])
			continue
		}
		if strings.HasSuffix(l, "// @"+name) {
			return file, base + i - at - 1
		}
	}
	t.Fatalf("no marker @%s in the program", name)
	return "", 0
}

type run struct {
	stdout, stderr string
	status         int
}

var (
	buildOnce sync.Once
	binary    string
	buildSkip string
	buildErr  error
	runsMu    sync.Mutex
	runs      = map[string]*run{}
)

// moduleRoot is the gokernel module's directory, found from this file.
func moduleRoot(t *testing.T) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("runtime.Caller failed")
	}
	for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			t.Fatal("no go.mod above " + file)
		}
	}
}

// raceBinary builds the program with -race once per test binary, in a
// temporary module that uses this checkout through a go.work file (no
// network: gokernel/runtime/threads needs only the standard library).
func raceBinary(t *testing.T) string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH: cannot build with -race")
	}
	root := moduleRoot(t)
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "racereport")
		if err != nil {
			buildErr = err
			return
		}
		write := func(name, text string) {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil && buildErr == nil {
				buildErr = err
			}
		}
		goVersion := strings.TrimPrefix(runtime.Version(), "go")
		write("go.mod", "module x\n\ngo 1.26\n")
		write("go.work", "go "+goVersion+"\n\nuse (\n\t.\n\t"+root+"\n)\n")
		write("main.go", program)
		if buildErr != nil {
			return
		}
		binary = filepath.Join(dir, "prog")
		cmd := exec.Command(goCmd, "build", "-race", "-buildvcs=false", "-o", binary, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK="+filepath.Join(dir, "go.work"), "CGO_ENABLED=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			if bytes.Contains(out, []byte("-race")) && (bytes.Contains(out, []byte("not supported")) || bytes.Contains(out, []byte("requires cgo"))) {
				buildSkip = "the race detector is not supported here: " + string(out)
				return
			}
			if bytes.Contains(out, []byte("C compiler")) && bytes.Contains(out, []byte("not found")) {
				buildSkip = "no C compiler for the race detector: " + string(out)
				return
			}
			buildErr = errors.New("go build -race: " + err.Error() + "\n" + string(out))
		}
	})
	if buildSkip != "" {
		t.Skip(buildSkip)
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// runScenario runs one scenario of the program once per test binary.
func runScenario(t *testing.T, name string) *run {
	t.Helper()
	bin := raceBinary(t)
	runsMu.Lock()
	defer runsMu.Unlock()
	if r, ok := runs[name]; ok {
		return r
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, name)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), "GORACE=atexit_sleep_ms=0") // not the default 1 s wait at exit
	err := cmd.Run()
	r := &run{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.status = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	runs[name] = r
	return r
}

// raceReports runs a racy scenario and returns its reports, names
// resolved from the binary's symbols. counter++ reads and writes, so the
// race detector may report a race on it twice (read/write, write/write).
func raceReports(t *testing.T, name string) []Report {
	t.Helper()
	r := runScenario(t, name)
	if r.status != ExitStatus {
		t.Fatalf("scenario %s: exit status %d, want %d; stderr:\n%s", name, r.status, ExitStatus, r.stderr)
	}
	reports := Parse(r.stderr)
	if n := strings.Count(r.stderr, "WARNING: DATA RACE"); len(reports) == 0 || len(reports) != n {
		t.Fatalf("scenario %s: %d reports parsed of %d; stderr:\n%s", name, len(reports), n, r.stderr)
	}
	g, err := ReadGlobals(binary)
	if err != nil {
		t.Fatal(err)
	}
	for i := range reports {
		reports[i].Resolve(g)
		t.Log("\n" + reports[i].Format())
	}
	return reports
}

func lineOf(t *testing.T, marker string) Frame {
	file, line := cellLine(t, marker)
	return Frame{File: file, Line: line}
}

func sameLine(f, want Frame) bool { return f.File == want.File && f.Line == want.Line }

// checkCounterRace checks a race of two workers on counter, started at the
// lines marked start1 and start2.
func checkCounterRace(t *testing.T, scenario, start1, start2 string) {
	for _, rep := range raceReports(t, scenario) {
		checkCounterReport(t, rep, scenario, start1, start2)
	}
}

func checkCounterReport(t *testing.T, rep Report, scenario, start1, start2 string) {
	if rep.Variable != "counter" {
		t.Errorf("Variable = %q, want counter", rep.Variable)
	}
	add, call := lineOf(t, "add"), lineOf(t, "call")
	for _, a := range []Access{rep.Current, rep.Previous} {
		if len(a.Stack) < 2 || !sameLine(a.Stack[0], add) || a.Stack[0].Func != "addOne" || !sameLine(a.Stack[1], call) || a.Stack[1].Func != "worker" {
			t.Errorf("access by goroutine %d: stack %+v, want addOne at %v then worker at %v", a.Goroutine, a.Stack, add, call)
		}
		for _, f := range a.Stack {
			if f.File != "cell" && f.File != "session" {
				t.Errorf("a frame of %s is left in the learner's stack: %+v", f.File, f)
			}
		}
	}
	if !rep.Previous.Previous || rep.Current.Previous {
		t.Errorf("Previous flags: current %v, previous %v", rep.Current.Previous, rep.Previous.Previous)
	}
	if rep.Current.Goroutine == rep.Previous.Goroutine {
		t.Errorf("both accesses by goroutine %d", rep.Current.Goroutine)
	}
	// The two goroutines were started at the two marked lines, one each.
	want := map[int]bool{lineOf(t, start1).Line: true, lineOf(t, start2).Line: true}
	for _, g := range []int{rep.Current.Goroutine, rep.Previous.Goroutine} {
		st := rep.Started[g]
		if len(st) == 0 {
			t.Errorf("no start site for goroutine %d: %+v", g, rep.Started)
			continue
		}
		if st[0].File != "cell" || !want[st[0].Line] {
			t.Errorf("goroutine %d started at %+v, want one of cell lines %v", g, st[0], want)
		}
		delete(want, st[0].Line)
		if rep.Threads[g] != (scenario == "threads") {
			t.Errorf("Threads[%d] = %v in scenario %s", g, rep.Threads[g], scenario)
		}
	}
	out := rep.Format()
	for _, s := range []string{"DATA RACE on counter", "of the cell that declared addOne", "worker, line " + strconv.Itoa(call.Line) + " of this cell", "lock"} {
		if !strings.Contains(out, s) {
			t.Errorf("Format lacks %q:\n%s", s, out)
		}
	}
}

func TestGoroutinesCounterRace(t *testing.T) { checkCounterRace(t, "goroutines", "go1", "go2") }

func TestThreadsCounterRace(t *testing.T) { checkCounterRace(t, "threads", "t1", "t2") }

func TestLockedNoReport(t *testing.T) {
	for _, name := range []string{"threads-locked", "goroutines-locked"} {
		t.Run(name, func(t *testing.T) {
			r := runScenario(t, name)
			if r.status != 0 || len(Parse(r.stderr)) != 0 || strings.Contains(r.stderr, "DATA RACE") {
				t.Fatalf("exit status %d, stderr:\n%s", r.status, r.stderr)
			}
			if strings.TrimSpace(r.stdout) != "2000" {
				t.Errorf("counter = %q, want 2000", r.stdout)
			}
		})
	}
}

func TestLocalVariableRace(t *testing.T) {
	rep := raceReports(t, "local")[0]
	if rep.Variable != "" || rep.Map {
		t.Errorf("Variable = %q, Map = %v; want neither", rep.Variable, rep.Map)
	}
	want := map[int]string{lineOf(t, "local1").Line: "a func literal in local", lineOf(t, "local2").Line: "local"}
	for _, a := range []Access{rep.Current, rep.Previous} {
		if len(a.Stack) == 0 || a.Stack[0].File != "cell" || want[a.Stack[0].Line] != a.Stack[0].Func {
			t.Errorf("access by goroutine %d at %+v, want one of %v", a.Goroutine, a.Stack, want)
			continue
		}
		delete(want, a.Stack[0].Line)
	}
	g := rep.Current.Goroutine
	if g == 0 {
		g = rep.Previous.Goroutine
	}
	if st := rep.Started[g]; len(st) == 0 || !sameLine(st[0], lineOf(t, "localgo")) {
		t.Errorf("goroutine %d started at %+v, want %v", g, st, lineOf(t, "localgo"))
	}
	if (rep.Current.Goroutine == 0) == (rep.Previous.Goroutine == 0) {
		t.Errorf("want exactly one access by the main goroutine: %d and %d", rep.Current.Goroutine, rep.Previous.Goroutine)
	}
	if !strings.Contains(rep.Format(), "the main goroutine") {
		t.Errorf("Format does not name the main goroutine:\n%s", rep.Format())
	}
}

func TestMapRace(t *testing.T) {
	rep := raceReports(t, "map")[0]
	if !rep.Map || rep.Variable != "" {
		t.Errorf("Map = %v, Variable = %q; want a map race", rep.Map, rep.Variable)
	}
	want := map[int]bool{lineOf(t, "map1").Line: true, lineOf(t, "map2").Line: true}
	for _, a := range []Access{rep.Current, rep.Previous} {
		if !a.Write {
			t.Errorf("access by goroutine %d is a read; both wrote the map", a.Goroutine)
		}
		if len(a.Stack) == 0 || a.Stack[0].File != "cell" || !want[a.Stack[0].Line] {
			t.Errorf("access stack %+v, want a cell line of %v", a.Stack, want)
			continue
		}
		delete(want, a.Stack[0].Line)
		if len(a.Full) < 2 || !isMapFunc(a.Full[0].Symbol) {
			t.Errorf("full stack %+v does not start in the runtime's map code", a.Full)
		}
	}
	if !strings.Contains(rep.Format(), "DATA RACE on a map") {
		t.Errorf("Format:\n%s", rep.Format())
	}
}
