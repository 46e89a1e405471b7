package sessiontest

import (
	"context"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
)

// goRunFailure is what `go run` writes to stdout for a program of decls
// and a main of body that must fail, and the first line of its stderr.
func goRunFailure(t *testing.T, decls, body string) (stdout, firstErr string) {
	t.Helper()
	out, errOut, err := goRunProgram(t, decls, body)
	if err == nil {
		t.Fatalf("go run succeeded: %s", out)
	}
	line, _, _ := strings.Cut(errOut, "\n")
	return out, line
}

// An interpreted cell whose goroutines all wait ends with Go's fatal
// error, as `go run` of the same program does, instead of hanging until
// it is interrupted; the session goes on. Waits that something ends (a
// goroutine asleep, a timer, a second cell's input) are left alone.
func TestDeadlockIsGoFatalError(t *testing.T) {
	for _, c := range []struct{ name, decls, body string }{
		{"receive", `import "fmt"`, "ch := make(chan int)\nfmt.Println(\"waiting\")\n<-ch"},
		{"lock held by a goroutine that returned", "import (\n\t\"fmt\"\n\t\"sync\"\n)",
			"var wg sync.WaitGroup\nvar mu sync.Mutex\nfor i := range 3 {\n\twg.Add(1)\n\tgo func() {\n\t\tmu.Lock()\n\t\tif i == 1 {\n\t\t\treturn\n\t\t}\n\t\tmu.Unlock()\n\t\twg.Done()\n\t}()\n}\nwg.Wait()\nfmt.Println(\"done\")"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantOut, wantErr := goRunFailure(t, c.decls, c.body)
			k := start(t)
			k.ok(c.decls)
			r := k.exec(c.body)
			got := describe(r)
			if r.Status != "error" || got != wantErr || r.Stdout != wantOut {
				t.Errorf("got %s, stdout %q; go run: %s, stdout %q", got, r.Stdout, wantErr, wantOut)
			}
			if strings.Contains(r.Stderr, "compiled") {
				t.Errorf("the cell ran compiled, not interpreted: %s", r.Stderr)
			}
			if !strings.Contains(strings.Join(r.Error.Traceback, "\n"), "Goroutines waiting") {
				t.Errorf("the traceback does not say what waits: %q", r.Error.Traceback)
			}
			if r := k.ok(`fmt.Println("alive")`); r.Stdout != "alive\n" {
				t.Errorf("next cell printed %q", r.Stdout)
			}
		})
	}
	k := start(t)
	// Threads of the course's runtime that take two locks in opposite
	// orders: Go's fatal error too, and the waits are released.
	r := k.exec("a, b := threads.NewLock(), threads.NewLock()\nready := threads.NewBarrier(2)\nt1 := threads.Start(func() { a.Acquire(); ready.Wait(); b.Acquire() })\nt2 := threads.Start(func() { b.Acquire(); ready.Wait(); a.Acquire() })\nt1.Join()\nt2.Join()")
	if got := describe(r); got != "fatal error: all goroutines are asleep - deadlock!" || !strings.Contains(strings.Join(r.Error.Traceback, "\n"), "threads.(*Lock).Acquire") {
		t.Errorf("two threads, two locks: %s, traceback %q", got, r.Error.Traceback)
	}
	k.ok("import (\n\t\"fmt\"\n\t\"time\"\n)")
	for _, body := range []string{
		// A goroutine that sleeps, then sends.
		"ch := make(chan int)\ngo func() { time.Sleep(1500 * time.Millisecond); ch <- 1 }()\nfmt.Println(<-ch)",
		// A thread holds the lock for a while.
		"l := threads.NewLock()\nt3 := threads.Start(func() { l.Acquire(); time.Sleep(1500 * time.Millisecond); l.Release() })\ntime.Sleep(100 * time.Millisecond)\nl.Acquire()\nt3.Join()\nfmt.Println(1)",
		// A timer is the only thing that can end the wait.
		"select {\ncase <-time.After(1500 * time.Millisecond):\n\tfmt.Println(1)\n}",
	} {
		if r := k.ok(body); r.Stdout != "1\n" {
			t.Errorf("%s: printed %q", body, r.Stdout)
		}
	}
	// Once the session's timers have fired, a deadlock is one again.
	r = k.exec("ch := make(chan int)\n<-ch")
	if got := describe(r); got != "fatal error: all goroutines are asleep - deadlock!" {
		t.Errorf("a deadlock after a timer fired: %s", got)
	}
	// A ticker never stops by itself (its Stop is not seen): from then on
	// waits are left alone, as a hang the learner interrupts.
	k.ok("tk := time.NewTicker(time.Hour)\ntk.Stop()")
	waited := make(chan *client.ExecResult, 1)
	go func() { waited <- k.exec("ch := make(chan int)\n<-ch") }()
	select {
	case r := <-waited:
		t.Fatalf("a wait after a ticker ended: %s", describe(r))
	case <-time.After(3 * time.Second):
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := k.k.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	if r := <-waited; r.Error == nil || r.Error.Ename != "Interrupted" {
		t.Errorf("a wait after a ticker, interrupted: %s", describe(r))
	}
}
