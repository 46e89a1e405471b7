package gostd_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"gokernel/kernel/eval"
	"gokernel/kernel/gostd"
)

// newInterp sets up an interpreter as the session does: stdlib symbols,
// then gostd.Sources.
func newInterp(tb testing.TB, stdout io.Writer) *interp.Interpreter {
	tb.Helper()
	in := interp.New(interp.Options{Stdout: stdout, Stderr: io.Discard})
	if err := in.Use(stdlib.Symbols); err != nil {
		tb.Fatal(err)
	}
	for i, src := range gostd.Sources {
		if _, err := in.Compile(src); err != nil {
			tb.Fatalf("gostd.Sources[%d]: %v", i, err)
		}
	}
	return in
}

// TestPrograms runs each of programs with `go run` and in yaegi: the
// outputs must be the same.
func TestPrograms(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH: the expected outputs come from `go run`")
	}
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			file := filepath.Join(dir, "main.go")
			if err := os.WriteFile(file, []byte(p.src), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(goCmd, "run", file)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=on")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("go run: %v\n%s", err, stderr.Bytes())
			}

			var got bytes.Buffer
			in := newInterp(t, &got)
			// Evaluating a main package runs its main function.
			if _, err := in.Eval(p.src); err != nil {
				t.Fatalf("yaegi: %v\noutput so far:\n%s", err, got.Bytes())
			}
			if got.String() != string(want) {
				t.Errorf("yaegi's output differs from go run's\n%s", diff(string(want), got.String()))
			}
		})
	}
}

// diff shows the lines of want and got side by side from the first that
// differs.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := i; j < i+8 && (j < len(w) || j < len(g)); j++ {
		var wl, gl string
		if j < len(w) {
			wl = w[j]
		}
		if j < len(g) {
			gl = g[j]
		}
		fmt.Fprintf(&b, "line %d:\n  go run: %s\n  yaegi:  %s\n", j+1, wl, gl)
	}
	return b.String()
}

// TestIterImport declares functions with iter.Seq[int] and
// iter.Seq2[string, int] results in interpreted code, cell by cell as the
// session evaluates them, and checks what they yield against the same
// functions compiled here.
func TestIterImport(t *testing.T) {
	in := newInterp(t, io.Discard)
	for _, src := range []string{
		`import "iter"`,
		`func upTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}`,
		`func counts(words []string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, w := range words {
			if !yield(w, len(w)) {
				return
			}
		}
	}
}`,
		`import ("slices"; "maps")`,
		`func sumUntil3() int {
	n := 0
	upTo(10)(func(i int) bool { n += i; return i < 3 })
	return n
}`,
		`func secondCount() string {
	next, stop := iter.Pull2(counts([]string{"go", "yaegi", "iter"}))
	defer stop()
	next()
	k, v, _ := next()
	return k + string(rune('0'+v))
}`,
	} {
		if _, err := in.Eval(src); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
	}

	upTo := func(n int) iter.Seq[int] {
		return func(yield func(int) bool) {
			for i := 1; i <= n; i++ {
				if !yield(i) {
					return
				}
			}
		}
	}
	counts := func(words []string) iter.Seq2[string, int] {
		return func(yield func(string, int) bool) {
			for _, w := range words {
				if !yield(w, len(w)) {
					return
				}
			}
		}
	}
	words := []string{"go", "yaegi", "iter"}
	for _, c := range []struct {
		expr string
		want any
	}{
		{`slices.Collect(upTo(4))`, slices.Collect(upTo(4))},
		{`slices.Collect(upTo(0)) == nil`, slices.Collect(upTo(0)) == nil},
		{`maps.Collect(counts([]string{"go", "yaegi", "iter"}))`, maps.Collect(counts(words))},
		{`sumUntil3()`, func() int { n := 0; upTo(10)(func(i int) bool { n += i; return i < 3 }); return n }()},
		{`secondCount()`, func() string {
			next, stop := iter.Pull2(counts(words))
			defer stop()
			next()
			k, v, _ := next()
			return k + string(rune('0'+v))
		}()},
	} {
		v, err := in.Eval(c.expr)
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if got, want := fmtValue(v.Interface()), fmtValue(c.want); got != want {
			t.Errorf("%s = %s, want %s", c.expr, got, want)
		}
	}
}

func fmtValue(v any) string { return fmt.Sprint(v) }

// TestSession checks that sessions load the sources: cells use
// slices.Sort, slices.Sorted(maps.Keys(m)) and iter.Seq.
func TestSession(t *testing.T) {
	var out bytes.Buffer
	s, err := eval.New(eval.Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, cell := range []string{
		`xs := []int{3, 1, 2}
slices.Sort(xs)
fmt.Println(xs)`,
		`m := map[string]int{"b": 1, "a": 2}
fmt.Println(slices.Sorted(maps.Keys(m)))`,
		`import "iter"

func evens(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}`,
		`fmt.Println(slices.Collect(evens(7)))`,
	} {
		if _, err := s.Execute(ctx, cell); err != nil {
			t.Fatalf("%s: %v", cell, err)
		}
	}
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	m := map[string]int{"b": 1, "a": 2}
	want := fmt.Sprintln(xs) + fmt.Sprintln(slices.Sorted(maps.Keys(m))) + fmt.Sprintln([]int{0, 2, 4, 6})
	if out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}

// BenchmarkLoad measures what gostd adds to making an interpreter:
// compiling Sources after Use(stdlib.Symbols).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		in := interp.New(interp.Options{})
		if err := in.Use(stdlib.Symbols); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, src := range gostd.Sources {
			if _, err := in.Compile(src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestPanicAfterSort: a panic in a function that sorted (pdqsort, and
// symMerge of the stable sort) ends the program, as Go's does. With the sorts
// calling themselves, yaegi's unwinding walked a cycle of generic
// instances forever (the cell hung, then the evaluator died).
func TestPanicAfterSort(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := make([]int, 200)
	for i := range xs {
		xs[i] = (i * 7919) % 101
	}
	slices.Sort(xs)
	slices.SortStableFunc(xs, func(a, b int) int { return b/10 - a/10 })
	slices.SortFunc(xs, func(a, b int) int { return a - b })
	fmt.Println(xs[0], xs[100], xs[199])
	panic("after the sorts")
}
`
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH: the expected output comes from `go run`")
	}
	file := filepath.Join(t.TempDir(), "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goCmd, "run", file)
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=on")
	want, err := cmd.Output()
	if err == nil {
		t.Fatal("go run: the program did not panic")
	}
	var got bytes.Buffer
	in := newInterp(t, &got)
	done := make(chan error, 1)
	go func() {
		_, err := in.Eval(src)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "after the sorts") {
			t.Fatalf("yaegi: %v, want the panic", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the panic after the sorts did not end in 30 s")
	}
	if got.String() != string(want) {
		t.Errorf("output %q, go run: %q", got.String(), want)
	}
}
