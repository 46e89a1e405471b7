package threads_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gokernel/kernel/eval/evaltest"
	"gokernel/runtime/session"
)

// interpret runs the chunks (as the kernel splits a cell: declarations
// and statements apart) in an interpreter set up as the kernel's, and
// returns what they printed.
func interpret(t *testing.T, chunks ...string) (string, error) {
	t.Helper()
	i, out := evaltest.New(t, `import ("fmt"; "time"; "gokernel/runtime/threads")`)
	for n, c := range chunks {
		if n%2 == 1 { // run every other chunk as the kernel does: compiled, then executed
			p, err := i.Compile(c)
			if err != nil {
				return out.String(), err
			}
			if _, err := i.ExecuteWithContext(context.Background(), p); err != nil {
				return out.String(), err
			}
			continue
		}
		if _, err := i.EvalWithContext(context.Background(), c); err != nil {
			return out.String(), err
		}
	}
	return out.String(), nil
}

// E1 from interpreted code: a func literal with an int argument.
func TestInterpretedHello(t *testing.T) {
	out, err := interpret(t, `
ts := []*threads.Thread{}
for i := 1; i <= 5; i++ {
	ts = append(ts, threads.Start(func(n int) { fmt.Printf("Hello from Thread %d\n", n) }, i))
}
for _, t := range ts {
	t.Join()
}`)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	slices.Sort(lines)
	want := "Hello from Thread 1,Hello from Thread 2,Hello from Thread 3,Hello from Thread 4,Hello from Thread 5"
	if strings.Join(lines, ",") != want {
		t.Fatalf("output %q", out)
	}
}

// E3 from interpreted code: a lock around each "add 3 and print" block
// keeps the blocks whole and the totals in order.
func TestInterpretedLockedCounter(t *testing.T) {
	out, err := interpret(t, `
counter := 0
lock := threads.NewLock()
work := func(name string) {
	for round := 0; round < 2; round++ {
		lock.Acquire()
		for k := 0; k < 3; k++ {
			counter++
			fmt.Println(name, "added")
			time.Sleep(time.Millisecond)
		}
		fmt.Println("counter", counter)
		lock.Release()
	}
}
a := threads.New(work, "T1").Named("T1").Start()
b := threads.New(work, "T2").Named("T2").Start()
a.Join()
b.Join()`)
	if err != nil {
		t.Fatal(err)
	}
	got := regexp.MustCompile(`counter \d+`).FindAllString(out, -1)
	if strings.Join(got, ",") != "counter 3,counter 6,counter 9,counter 12" {
		t.Fatalf("totals %q in\n%s", got, out)
	}
	// every block is three adds by one thread, then its total
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i := 0; i < len(lines); i += 4 {
		if lines[i] != lines[i+1] || lines[i] != lines[i+2] || !strings.HasPrefix(lines[i+3], "counter") {
			t.Fatalf("interleaved block at line %d:\n%s", i, out)
		}
	}
}

// Interpreted types and functions as arguments, and the checks' errors.
func TestInterpretedArgumentTypes(t *testing.T) {
	out, err := interpret(t, `
type point struct{ X, Y int }`, `
show := func(p point, label string, f func(int) int) { fmt.Println(label, p.X+p.Y, f(2)) }
threads.Start(show, point{1, 2}, "sum", func(n int) int { return n * 10 }).Join()
threads.NewArgs(show, []any{point{3, 4}, "args", func(n int) int { return n }}).Start().Join()
fmt.Println(threads.Current().Name())
done := make(chan string)
go func() { done <- threads.Current().Name() }()
fmt.Println(<-done)
`, `fmt.Println(threads.Current().Name())`)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^sum 3 20\nargs 7 2\nMainThread\nGoroutine-\d+\nMainThread\n$`).MatchString(out) {
		t.Fatalf("output %q", out)
	}
	_, err = interpret(t, `threads.Start(func(n int) {}, "one")`)
	if err == nil || !strings.Contains(err.Error(), "argument 1") {
		t.Fatalf("wrong argument type from a cell: %v", err)
	}
	_, err = interpret(t, `threads.Start(func(a, b int) {}, 1)`)
	if err == nil || !strings.Contains(err.Error(), "takes 2 arguments, got 1") {
		t.Fatalf("missing argument from a cell: %v", err)
	}
}

// A panic in an interpreted thread is caught; the session goes on.
func TestInterpretedPanic(t *testing.T) {
	captured := captureStderr(t)
	session.SetCurrentCell("y")
	out, err := interpret(t, `
t := threads.New(func() { var m map[string]int; m["x"] = 1 }).Named("T1").Start()
t.Join()
fmt.Println("still here:", t.Err() != nil)`)
	if err != nil {
		t.Fatal(err)
	}
	// yaegi itself also prints where the interpreted panic happened
	if !strings.HasSuffix(out, "still here: true\n") {
		t.Fatalf("output %q", out)
	}
	if captured() != "[y]Exception in thread \"T1\": assignment to entry in nil map\n" {
		t.Fatalf("report %q", captured()) // the interpreter reports the position itself
	}
}

// Interpreted types with methods, passed through the variadic ...any.
func TestInterpretedTypesWithMethods(t *testing.T) {
	out, err := interpret(t, `
type counter struct{ n int }
func (c *counter) Inc() { c.n++ }
func (c counter) String() string { return "counter" }
type named int
func (n named) Name() string { return "n" }`, `
c := &counter{}
threads.Start(func(c *counter, k named) { c.Inc(); fmt.Println(c.n, k.Name(), int(k)) }, c, named(3)).Join()
threads.Start(func(c counter) { fmt.Println(c.n) }, *c).Join()
threads.Start(func(e error) { fmt.Println(e) }, fmt.Errorf("x")).Join()`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "1 n 3\n1\nx\n" {
		t.Fatalf("output %q", out)
	}
}
