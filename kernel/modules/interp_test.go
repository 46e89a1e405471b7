package modules_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"gokernel/kernel/eval"
)

// The interpreter loads a module's packages from source through the
// session's GOPATH, skipping files for other systems (//go:build plan9).
func TestInterpretedImport(t *testing.T) {
	s := setup(t)
	if err := s.Get(context.Background(), []string{"example.com/greet@v1.0.0"}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	sess, err := eval.New(eval.Options{GoPath: s.GoPath(), Sources: s.SourceFS()})
	if err != nil {
		t.Fatal(err)
	}
	res, err := sess.Execute(context.Background(), "import \"example.com/greet\"\ngreet.Hello(\"x\")")
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Data["text/plain"]; got != `"Hello, x!"` {
		t.Errorf("greet.Hello(\"x\") = %v", got)
	}
}

// A pure-Go package that yaegi cannot run: the error names the package
// and yaegi's reason (not the "import cycle" of a second attempt).
func TestExplainFailedImport(t *testing.T) {
	s := setup(t)
	if err := s.Get(context.Background(), []string{"example.com/modern@v1.0.0"}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	sess, err := eval.New(eval.Options{GoPath: s.GoPath(), Sources: s.SourceFS()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = sess.Execute(context.Background(), "import \"example.com/modern\"\nmodern.Clear()")
	var ee *eval.Error
	if !errors.As(err, &ee) {
		t.Fatalf("importing example.com/modern: %v", err)
	}
	msg, ok := s.Explain(ee.Value)
	want := "cannot interpret package example.com/modern: the interpreter failed on it: example.com/modern/modern.go:6:2: undefined: clear"
	if !ok || !strings.HasPrefix(msg, want) {
		t.Errorf("Explain(%q) = %q, %v; want %q...", ee.Value, msg, ok, want)
	}
	if _, ok := s.Explain(`1:8: import "fmt" error: x`); ok {
		t.Error("Explain took a standard package's error")
	}
}
