// Package interptest runs runtime/processes with the kernel's own
// interpreted child (kernel/eval.ChildResolver). It is a package of its
// own so that the interpreter is not linked into runtime/processes' test
// binary, whose children stand for compiled ones in its benchmarks.
package interptest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"gokernel/kernel/eval"
	"gokernel/runtime/processes"
	"gokernel/runtime/session"
)

// The test binary is its own child: the kernel's interpreted child.
func TestMain(m *testing.M) {
	if n := len(os.Args); n > 1 && os.Args[n-1] == processes.ChildCommand {
		os.Exit(processes.RunChild(eval.ChildResolver))
	}
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	processes.SetExecutable(exe)
	session.SetEmitter(func(session.Output) {})
	code := m.Run()
	session.StopAll()
	os.Exit(code)
}

// The kernel's interpreted child runs a Map of numbers on the fast paths
// (binary batches, direct calls of a func(int) int) with the results,
// panics and tracebacks of the interpreter.
func TestInterpretedChildFastPaths(t *testing.T) {
	decls := []string{
		`import "fmt"`,
		`func sq(x int) int { return x * x }`,
		`func crash(x int) int { if x == 3 { panic(fmt.Sprint("three from ", x)) }; return -x }`,
		`func half(x float64) float64 { return x / 2 }`,
		`func name(x int) string { return fmt.Sprint("n", x) }`,
	}
	session.SetDeclarations(func() []string { return decls })
	defer session.SetDeclarations(nil)
	session.SetCurrentCell("interpreted-fast-paths")

	// In the parent only the signatures matter: the child has its own.
	intFn := func(int) int { return 0 }
	pool := processes.NewPool(2)
	defer pool.Terminate()
	items := make([]int, 1000)
	for i := range items {
		items[i] = i
	}
	got, err := pool.Map(processes.Func("sq", intFn), items)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("sq(%d) = %v", i, v)
		}
	}
	halves, err := pool.Map(processes.Func("half", func(float64) float64 { return 0 }), []float64{1, 3, -5e300})
	if err != nil || len(halves) != 3 || halves[0] != 0.5 || halves[1] != 1.5 || halves[2] != -2.5e300 {
		t.Errorf("half: %v, %v", halves, err)
	}
	names, err := pool.Map(processes.Func("name", func(int) string { return "" }), []int{4, 5})
	if err != nil || len(names) != 2 || names[0] != "n4" || names[1] != "n5" {
		t.Errorf("name: %v, %v", names, err)
	}
	got, err = pool.Map(processes.Func("crash", intFn), items[:10])
	var te *processes.TaskError
	if !errors.As(err, &te) || te.Panic != "three from 3" || !strings.HasPrefix(err.Error(), "item 3: crash panicked") {
		t.Fatalf("crash: %v", err)
	}
	if strings.Contains(te.Trace, "callFrom") || strings.Contains(te.Trace, "callEach") {
		t.Errorf("traceback shows the machinery:\n%s", te.Trace)
	}
	for i, v := range got {
		if i != 3 && v != -i || i == 3 && v != nil {
			t.Errorf("crash(%d) = %v", i, v)
		}
	}
}
