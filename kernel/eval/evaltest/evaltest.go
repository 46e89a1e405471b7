// Package evaltest gives the tests of the runtime packages an interpreter
// set up as the kernel's: the standard library and the generated symbol
// tables of gokernel's runtime (kernel/eval/symbols).
package evaltest

import (
	"bytes"
	"sync"
	"testing"

	"gokernel/kernel/eval/symbols"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// Output collects what interpreted code prints; goroutines may share it.
type Output struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (o *Output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.b.Write(p)
}

// String is everything printed so far.
func (o *Output) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.b.String()
}

// New returns an interpreter whose standard output and error go to the
// returned Output, after evaluating imports (an import declaration).
func New(t testing.TB, imports string) (*interp.Interpreter, *Output) {
	t.Helper()
	out := &Output{}
	i := interp.New(interp.Options{Stdout: out, Stderr: out})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(symbols.Symbols); err != nil {
		t.Fatal(err)
	}
	if _, err := i.Eval(imports); err != nil {
		t.Fatal(err)
	}
	return i, out
}
