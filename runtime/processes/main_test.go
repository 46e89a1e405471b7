package processes

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/runtime/session"
)

// The test binary is its own child executable: started with ChildCommand
// it serves the parent with the functions registered below (arguments
// before ChildCommand select other kinds of child: see runTestChild).
func TestMain(m *testing.M) {
	if n := len(os.Args); n > 1 && os.Args[n-1] == ChildCommand {
		os.Exit(runTestChild(os.Args[1 : n-1]))
	}
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	SetExecutable(exe)
	session.SetEmitter(capture.emit)
	code := m.Run()
	session.StopAll() // what the kernel does at the end: removes the queues' socket
	os.Exit(code)
}

// testResolver stands for kernel/eval.ChildResolver: it proves that the
// child receives the session's declarations. Its only function, "decls",
// returns them; a declaration "BAD" fails the rebuild.
func testResolver(decls []string) (func(string) (reflect.Value, error), error) {
	for _, d := range decls {
		if d == "BAD" {
			return nil, errors.New("1:1: syntax error: BAD")
		}
	}
	return func(name string) (reflect.Value, error) {
		if name == "decls" {
			return reflect.ValueOf(func() []string { return decls }), nil
		}
		return reflect.Value{}, fmt.Errorf("undefined: %s", name)
	}, nil
}

// counter is a package-level variable: every child starts from its
// declared value (E7).
var counter = 0

func greet(name string) string {
	fmt.Printf("Process %d: Hello %s!\n", os.Getpid(), name)
	return fmt.Sprintf("Hello %s from %d", name, os.Getpid())
}

func pid() int { return os.Getpid() }

func square(x int) int { return x * x }

func add(a, b int) int { return a + b }

func divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func incrementTwice(name string) []int {
	var seen []int
	for round := 0; round < 2; round++ {
		counter += 3
		fmt.Printf("%s: counter is %d\n", name, counter)
		seen = append(seen, counter)
	}
	return seen
}

func boom(msg string) { panic("boom: " + msg) }

func exitWith(code int) { os.Exit(code) }

func sleepMs(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return os.Getpid()
}

func sleepThenPrint(ms int, text string) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	fmt.Println(text)
}

func printBoth(text string) {
	fmt.Fprintln(os.Stdout, "out: "+text)
	fmt.Fprintln(os.Stderr, "err: "+text)
}

func printLines(n int) int {
	for i := 0; i < n; i++ {
		fmt.Printf("line %d\n", i)
	}
	return n
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// spin is CPU-bound work for the pool benchmarks.
func spin(n int) int {
	x := uint32(n)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
	}
	return int(x % 1000)
}

func init() {
	Register("greet", greet)
	Register("pid", pid)
	Register("square", square)
	Register("add", add)
	Register("divide", divide)
	Register("incrementTwice", incrementTwice)
	Register("boom", boom)
	Register("exitWith", exitWith)
	Register("sleepMs", sleepMs)
	Register("sleepThenPrint", sleepThenPrint)
	Register("printBoth", printBoth)
	Register("sum", sum)
	Register("printLines", printLines)
	Register("spin", spin)
}

// captured records session.Emit output per cell.
type captured struct {
	mu    sync.Mutex
	out   []session.Output
	delay time.Duration // a slow kernel: each Emit takes this long
}

var capture = &captured{}

var cellRuns int

func (c *captured) emit(o session.Output) {
	c.mu.Lock()
	c.out = append(c.out, o)
	d := c.delay
	c.mu.Unlock()
	time.Sleep(d)
}

func (c *captured) setDelay(d time.Duration) {
	c.mu.Lock()
	c.delay = d
	c.mu.Unlock()
}

// text is everything emitted for cell on stream name so far.
func (c *captured) text(cell, name string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var b strings.Builder
	for _, o := range c.out {
		if o.Cell == cell && o.Kind == "stream" && o.Name == name {
			b.WriteString(o.Text)
		}
	}
	return b.String()
}

// inCell makes the test run as the notebook cell id (unique per test).
func inCell(t *testing.T) string {
	cellRuns++
	id := fmt.Sprintf("cell-%s-%d", t.Name(), cellRuns)
	session.SetCurrentCell(id)
	return id
}

// waitFor polls cond for up to 10 s: output crosses pipes asynchronously.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
