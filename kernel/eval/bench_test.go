package eval

import (
	"context"
	"testing"
)

// BenchmarkExecuteTrivial measures a cell `1+1` end to end: split, parse,
// rewrite, compile, run, display.
func BenchmarkExecuteTrivial(b *testing.B) {
	s := newSession(b, Options{})
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Execute(ctx, "1+1"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkYaegiTrivial is the interpreter alone on the same cell, for
// comparison with BenchmarkExecuteTrivial.
func BenchmarkYaegiTrivial(b *testing.B) {
	s := newSession(b, Options{})
	for b.Loop() {
		if _, err := s.in.Eval("1+1"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteStatements is a typical small cell of statements.
func BenchmarkExecuteStatements(b *testing.B) {
	s := newSession(b, Options{})
	ctx := context.Background()
	if _, err := s.Execute(ctx, "total := 0"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Execute(ctx, "for i := 0; i < 10; i++ { total += i }\ntotal"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewSession is the cost of a session (and of a rebuild).
func BenchmarkNewSession(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{Preload: true}); err != nil {
			b.Fatal(err)
		}
	}
}
