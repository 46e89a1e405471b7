package server_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gokernel/kernel/wire"
)

// Output belongs to the cell that started the work: what goroutines (the
// go statement, goroutines they start, threads.Start) print after their
// cell ended lands under that cell, whether no cell runs at that moment
// or another one does, and a late goroutine panic too.
func TestLateGoroutineOutputGoesToItsCell(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	dir := t.TempDir()
	flag := func(name string) string { return filepath.Join(dir, name) }
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"log\"\n\"os\"\n\"time\"\n)\nlog.SetFlags(0)")
	mustRun(t, k.Client, `func waitFor(flag string) {
	for {
		if _, err := os.Stat(flag); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}
var done = make(chan bool, 10)`)
	tap := k.Tap()
	defer tap.Close()

	// Every piece of work waits for a flag that is only created once the
	// starting cell has ended.
	starter := mustRun(t, k.Client, fmt.Sprintf(`fmt.Println("starter runs")
go func() {
	waitFor(%[1]q)
	fmt.Println("late from go, idle")
	done <- true
}()
go func() {
	waitFor(%[2]q)
	go func() {
		fmt.Println("late from a nested go")
		done <- true
	}()
	fmt.Println("late from go, while another cell runs")
	done <- true
}()
threads.Start(func() {
	waitFor(%[2]q)
	fmt.Println("late from threads.Start")
	done <- true
})
go func() {
	waitFor(%[2]q)
	fmt.Fprintln(os.Stderr, "late stderr from go")
	log.Println("late log from go")
	done <- true
}()
go func() {
	waitFor(%[3]q)
	var m map[string]int
	m["boom"] = 1
}()`, flag("idle"), flag("busy"), flag("panic")))

	// No cell runs: the first goroutine prints.
	if err := os.WriteFile(flag("idle"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	late := map[string]*wire.Message{}
	next := func(want string) {
		t.Helper()
		for late[want] == nil {
			m, err := tap.Next(ctx)
			if err != nil {
				t.Fatalf("waiting for %q: %v (seen %v)", want, err, keys(late))
			}
			if m.Header.MsgType != "stream" {
				continue
			}
			text, _ := content(t, m)["text"].(string)
			for _, line := range strings.SplitAfter(text, "\n") {
				if line != "" {
					late[strings.TrimSpace(line)] = m
				}
			}
			if strings.Contains(text, "panic in goroutine") {
				late["panic"] = m
			}
		}
	}
	next("late from go, idle")

	// Another cell runs while the rest print.
	runner := mustRun(t, k.Client, fmt.Sprintf(`fmt.Println("runner before")
os.WriteFile(%q, nil, 0o600)
for i := 0; i < 5; i++ {
	<-done
}
fmt.Println("runner after")`, flag("busy")))
	if !strings.Contains(runner.Stdout, "runner before\nrunner after\n") {
		t.Errorf("the running cell's own output: %q", runner.Stdout)
	}
	for _, s := range []string{"late from go, while another cell runs", "late from a nested go", "late from threads.Start", "late stderr from go", "late log from go"} {
		if strings.Contains(runner.Stdout+runner.Stderr, s) {
			t.Errorf("%q landed in the running cell: %q", s, runner.Stdout)
		}
		next(s)
	}
	if err := os.WriteFile(flag("panic"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	next("panic")

	for what, m := range late {
		if !strings.HasPrefix(what, "late") && what != "panic" {
			continue
		}
		if m.Parent == nil || m.Parent.MsgID != starter.Reply.Parent.MsgID {
			t.Errorf("%q: parent %+v, want the starting cell %s (the running cell was %s)", what, m.Parent, starter.Reply.Parent.MsgID, runner.Reply.Parent.MsgID)
		}
	}
	for _, what := range []string{"late stderr from go", "late log from go"} {
		if m := late[what]; m != nil && content(t, m)["name"] != "stderr" {
			t.Errorf("%q came as %v, want stderr", what, content(t, m)["name"])
		}
	}
	if m := late["panic"]; m != nil {
		if c := content(t, m); c["name"] != "stderr" || !strings.Contains(c["text"].(string), "assignment to entry in nil map") {
			t.Errorf("late panic report: %v", c)
		}
	}

	// The kernel still works, and a goroutine in a running cell still
	// prints into it.
	r := mustRun(t, k.Client, `ch := make(chan bool)
go func() { fmt.Println("inside"); ch <- true }()
<-ch`)
	if r.Stdout != "inside\n" {
		t.Errorf("goroutine output of the running cell: %q", r.Stdout)
	}
}

func keys(m map[string]*wire.Message) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
