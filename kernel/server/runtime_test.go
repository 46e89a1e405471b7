package server_test

import (
	"strings"
	"testing"

	"gokernel/kernel/client"
	"gokernel/kernel/gotool"
	"gokernel/kernel/wire"
)

// The runtime, the second time round (issue 9), through the real kernel:
// lost process errors, typed pool results, the second-pool note, progress
// displays and hints for Python habits.

const unreadNote = "the cell did not read the error"

// streamText is the text of a stream message of name ("" if m is not one).
func streamText(t *testing.T, m *wire.Message, name string) string {
	if m.Header.MsgType != "stream" {
		return ""
	}
	c := content(t, m)
	if c["name"] != name {
		return ""
	}
	s, _ := c["text"].(string)
	return s
}

// An error of a process that the cell did not read is printed into that
// cell, after what the cell printed and before its reply; one that the
// cell read is not.
func TestUnreadProcessErrorInStartingCell(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "func boom(x int) { panic(\"kaboom\") }\nfunc fails(x int) error { return fmt.Errorf(\"failed with %d\", x) }")

	res := mustRun(t, k.Client, "p, _ := processes.Start(boom, 1)\np.Join()\nfmt.Println(\"end\")")
	if !strings.Contains(res.Stderr, "error: process boom (pid ") || !strings.Contains(res.Stderr, unreadNote) || !strings.Contains(res.Stderr, "kaboom") {
		t.Errorf("panic, Join alone: stderr %q", res.Stderr)
	}
	end, report := -1, -1
	for i, m := range res.IOPub {
		if strings.Contains(streamText(t, m, "stdout"), "end") {
			end = i
		}
		if strings.Contains(streamText(t, m, "stderr"), unreadNote) {
			report = i
		}
	}
	if end < 0 || report < end {
		t.Errorf("the report (message %d) does not follow the cell's output (message %d): %v", report, end, types(res.IOPub))
	}

	// (A cell ending in q.Join() shows the error as its value: that reads it.)
	res = mustRun(t, k.Client, "q, _ := processes.Start(fails, 7)\nq.Join()\nfmt.Println(\"done\")")
	if !strings.Contains(res.Stderr, "error: process fails") || !strings.Contains(res.Stderr, "failed with 7") {
		t.Errorf("returned error, Join alone: stderr %q", res.Stderr)
	}
	res = mustRun(t, k.Client, "r, _ := processes.Start(boom, \"not an int\")")
	if !strings.Contains(res.Stderr, "error: processes.Start(boom) failed, and "+unreadNote) || !strings.Contains(res.Stderr, "cannot use a string as int") {
		t.Errorf("failed start, error dropped: stderr %q", res.Stderr)
	}

	// Read: Err, a printed Join error, a printed Start error.
	for _, code := range []string{
		"a, _ := processes.Start(fails, 1)\na.Join()\nfmt.Println(a.Err())",
		"b, _ := processes.Start(fails, 2)\nif err := b.Join(); err != nil {\n\tfmt.Println(\"failed:\", err)\n}",
		"c, err := processes.Start(boom, \"x\")\nfmt.Println(err)",
	} {
		res = mustRun(t, k.Client, code)
		if strings.Contains(res.Stderr, unreadNote) {
			t.Errorf("an error the cell read was reported:\n%s\nstderr %q", code, res.Stderr)
		}
		if !strings.Contains(res.Stdout, "fail") && !strings.Contains(res.Stdout, "cannot use") {
			t.Errorf("the cell did not print its error:\n%s\nstdout %q", code, res.Stdout)
		}
	}
}

// Pool results in the target's type: total += r works, interpreted and
// in a %%run program (which compiles the runtime from source).
func TestTypedPoolResults(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "func square(x int) int { return x * x }")
	sum := "total := 0\nfor _, r := range squares {\n\ttotal += r\n}\nfmt.Println(\"total\", total, err)"
	res := mustRun(t, k.Client, "pool := processes.NewPool(2)\nvar squares []int\nerr := pool.MapInto(square, []int{1, 2, 3, 4}, &squares)\n"+sum)
	if !strings.Contains(res.Stdout, "total 30 <nil>") {
		t.Errorf("interpreted MapInto: stdout %q stderr %q", res.Stdout, res.Stderr)
	}
	res = mustRun(t, k.Client, "squares = nil\nerr = pool.MapAsync(square, []int{5, 6}).GetInto(&squares)\n"+sum+"\npool.Close()")
	if !strings.Contains(res.Stdout, "total 61 <nil>") {
		t.Errorf("interpreted GetInto: stdout %q stderr %q", res.Stdout, res.Stderr)
	}
	if _, err := gotool.Find(); err != nil {
		t.Skipf("no Go toolchain for %%%%run: %v", err)
	}
	res = mustRun(t, k.Client, "%%run\npool := processes.NewPool(2)\nvar squares []int\nerr := pool.MapInto(square, []int{1, 2, 3}, &squares)\npool.Close()\n"+sum)
	if !strings.Contains(res.Stdout, "total 14 <nil>") {
		t.Errorf("%%%%run MapInto: stdout %q stderr %q", res.Stdout, res.Stderr)
	}
}

// A cell that makes a pool while another is open gets a note in its
// stderr (a rerun of the cell that made a pool); once the others are
// closed, none.
func TestSecondPoolNote(t *testing.T) {
	k := startKernel(t)
	const note = "note: another pool is still open"
	res := mustRun(t, k.Client, "pool := processes.NewPool(1)")
	if strings.Contains(res.Stderr, "note:") {
		t.Errorf("note for the first pool: %q", res.Stderr)
	}
	res = mustRun(t, k.Client, "pool := processes.NewPool(1)")
	if !strings.Contains(res.Stderr, note) || !strings.Contains(res.Stderr, "pool.Close()") || !strings.Contains(res.Stderr, "processes.OpenPools()") {
		t.Errorf("rerun of the pool cell: stderr %q", res.Stderr)
	}
	res = mustRun(t, k.Client, "for _, p := range processes.OpenPools() {\n\tp.Close()\n}\nother := processes.NewPool(1)\nother.Close()")
	if strings.Contains(res.Stderr, "note:") {
		t.Errorf("note after the others were closed: %q", res.Stderr)
	}
}

// A progress bar is one display that updates in place: display_data,
// then update_display_data messages with the same display_id, the last
// one showing the end; from a cell's loop, from threads, and from a
// pool's map.
func TestProgressDisplayUpdates(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "func slow(x int) int {\n\ttime.Sleep(30 * time.Millisecond)\n\treturn x\n}")
	for _, c := range []struct{ name, code, final string }{
		{"loop", "bar := display.Progress(5, \"steps\")\nfor i := 0; i < 5; i++ {\n\ttime.Sleep(150 * time.Millisecond)\n\tbar.Add(1)\n}", "steps 100% |"},
		{"threads", "tbar := display.Progress(40, \"threads\")\nvar ts []*threads.Thread\nfor i := 0; i < 4; i++ {\n\tts = append(ts, threads.Start(func() {\n\t\tfor j := 0; j < 10; j++ {\n\t\t\ttime.Sleep(20 * time.Millisecond)\n\t\t\ttbar.Add(1)\n\t\t}\n\t}))\n}\nfor _, t := range ts {\n\tt.Join()\n}", "40/40"},
		{"pool", "pool := processes.NewPool(2)\nout, err := pool.MapProgress(slow, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})\npool.Close()\nfmt.Println(len(out), err)", "slow 100% |████████████████████| 16/16"},
	} {
		res := mustRun(t, k.Client, c.code)
		id, updates, last := "", 0, ""
		for _, m := range res.IOPub {
			switch m.Header.MsgType {
			case "display_data", "update_display_data":
			default:
				continue
			}
			v := content(t, m)
			tr, _ := v["transient"].(map[string]any)
			did, _ := tr["display_id"].(string)
			data, _ := v["data"].(map[string]any)
			last, _ = data["text/plain"].(string)
			if _, ok := data["text/html"].(string); !ok {
				t.Errorf("%s: no text/html in %v", c.name, data)
			}
			if m.Header.MsgType == "display_data" {
				if id != "" {
					t.Errorf("%s: a second display_data", c.name)
				}
				id = did
				continue
			}
			if id == "" || did != id {
				t.Errorf("%s: update_display_data for %q before or beside the display %q", c.name, did, id)
			}
			updates++
		}
		if id == "" || updates == 0 || !strings.Contains(last, c.final) {
			t.Errorf("%s: display %q, %d updates, last %q (want %q); messages %v", c.name, id, updates, last, c.final, types(res.IOPub))
		}
	}
}

// Python habits get a hint naming the Go way.
func TestPythonHabitHints(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "counter := shared.NewInt(0)\nfunc f(a, b int) {}")
	for _, c := range []struct{ code, want string }{
		{"counter.value += 1", "counter.Add(1)"},
		{"threads.Start(f, args=[]any{1, 2})", "Go has no keyword arguments"},
		{"lock := threads.NewLock()\nlock.acquire()", "lock.Acquire"},
	} {
		res := run(t, k.Client, c.code, client.ExecOptions{})
		if res.Status != "error" || res.Error == nil {
			t.Errorf("%q: status %s", c.code, res.Status)
			continue
		}
		tb := strings.Join(res.Error.Traceback, "\n")
		if !strings.Contains(tb, "hint") || !strings.Contains(tb, c.want) {
			t.Errorf("%q: traceback lacks a hint with %q:\n%s", c.code, c.want, tb)
		}
	}
}
