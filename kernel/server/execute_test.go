package server_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/wire"
)

func TestExecute(t *testing.T) {
	k := startKernel(t)
	first := mustRun(t, k.Client, `import "fmt"`)
	res := mustRun(t, k.Client, "x := 6 * 7\nfmt.Println(\"hello\")\nx")
	if res.Stdout != "hello\n" || res.Text() != "42" {
		t.Errorf("stdout %q, result %q", res.Stdout, res.Text())
	}
	if res.ExecutionCount != first.ExecutionCount+1 {
		t.Errorf("execution_count %d after %d", res.ExecutionCount, first.ExecutionCount)
	}
	if got, want := strings.Join(types(res.IOPub), " "), "status:busy execute_input stream execute_result status:idle"; got != want {
		t.Errorf("IOPub %s\nwant  %s", got, want)
	}
	for _, m := range res.IOPub {
		if m.Parent == nil || m.Parent.MsgID != res.Reply.Parent.MsgID {
			t.Errorf("%s has parent %+v", m.Header.MsgType, m.Parent)
		}
		v := content(t, m)
		switch m.Header.MsgType {
		case "execute_input":
			if v["code"] != "x := 6 * 7\nfmt.Println(\"hello\")\nx" || v["execution_count"] != float64(res.ExecutionCount) {
				t.Errorf("execute_input %v", v)
			}
		case "execute_result":
			if v["execution_count"] != float64(res.ExecutionCount) {
				t.Errorf("execute_result %v", v)
			}
		}
	}
}

func TestExecuteError(t *testing.T) {
	k := startKernel(t)
	before := mustRun(t, k.Client, `1`)
	for _, tc := range []struct{ code, want string }{
		{`panic("boom")`, "boom"},
		{`undefinedThing + 1`, "undefinedThing"},
		{`func broken( {`, ""},
	} {
		res := run(t, k.Client, tc.code, client.ExecOptions{})
		if res.Status != "error" || res.Error == nil || res.Error.Ename == "" {
			t.Errorf("%q: status %s, error %+v", tc.code, res.Status, res.Error)
			continue
		}
		if !strings.Contains(errorText(res), tc.want) {
			t.Errorf("%q: error does not mention %q:\n%s", tc.code, tc.want, errorText(res))
		}
		if len(res.Error.Traceback) == 0 {
			t.Errorf("%q: empty traceback", tc.code)
		}
		var published bool
		for _, m := range res.IOPub {
			if m.Header.MsgType == "error" {
				v := content(t, m)
				published = v["ename"] == res.Error.Ename && v["evalue"] == res.Error.Evalue
			}
		}
		if !published {
			t.Errorf("%q: no IOPub error matching the reply: %v", tc.code, types(res.IOPub))
		}
	}
	after := mustRun(t, k.Client, `2`)
	if after.ExecutionCount != before.ExecutionCount+4 {
		t.Errorf("failed cells count too: %d after %d", after.ExecutionCount, before.ExecutionCount)
	}
}

func TestSilentAndNoHistory(t *testing.T) {
	k := startKernel(t)
	before := mustRun(t, k.Client, `1`)
	silent := run(t, k.Client, "silentVar := 5\nsilentVar", client.ExecOptions{Silent: true})
	if silent.Status != "ok" {
		t.Fatalf("silent cell: %s", errorText(silent))
	}
	for _, m := range silent.IOPub {
		if m.Header.MsgType == "execute_input" || m.Header.MsgType == "execute_result" {
			t.Errorf("silent cell published %s", m.Header.MsgType)
		}
	}
	noHist := run(t, k.Client, `silentVar + 1`, client.ExecOptions{NoHistory: true})
	if noHist.Text() != "6" {
		t.Errorf("store_history=false cell: result %q (silent cell's variable lost?)", noHist.Text())
	}
	after := mustRun(t, k.Client, `3`)
	if silent.ExecutionCount != before.ExecutionCount || noHist.ExecutionCount != before.ExecutionCount || after.ExecutionCount != before.ExecutionCount+1 {
		t.Errorf("execution counts %d, silent %d, no history %d, next %d", before.ExecutionCount, silent.ExecutionCount, noHist.ExecutionCount, after.ExecutionCount)
	}
}

func TestUserExpressions(t *testing.T) {
	k := startKernel(t)
	res := run(t, k.Client, `ueVar := 21`, client.ExecOptions{UserExpressions: map[string]string{"double": "ueVar * 2", "bad": "nope("}})
	ue, _ := res.ReplyContent["user_expressions"].(map[string]any)
	double, _ := ue["double"].(map[string]any)
	data, _ := double["data"].(map[string]any)
	if double["status"] != "ok" || data["text/plain"] != "42" {
		t.Errorf("user_expressions.double = %v", ue["double"])
	}
	if bad, _ := ue["bad"].(map[string]any); bad["status"] != "error" {
		t.Errorf("user_expressions.bad = %v", ue["bad"])
	}
}

// After a failed cell, execute requests already queued are aborted (they
// were written expecting it to succeed); other requests are still served.
func TestStopOnError(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"time\"\n)")
	// The second cell and the rest are queued while the first sleeps.
	first, err := k.SendExecute("time.Sleep(time.Second)\npanic(\"first fails\")", client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	queued := []*client.Call{}
	for _, code := range []string{`fmt.Println("second ran")`, `fmt.Println("third ran")`} {
		c, err := k.SendExecute(code, client.ExecOptions{})
		if err != nil {
			t.Fatal(err)
		}
		queued = append(queued, c)
	}
	info, err := k.Send(client.Shell, "kernel_info_request", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := wait(t, ctx, first)
	if r.Status != "error" {
		t.Errorf("first cell: %s", r.Status)
	}
	for i, c := range queued {
		r := wait(t, ctx, c)
		if r.Status != "aborted" || r.Stdout != "" {
			t.Errorf("queued cell %d: status %s, stdout %q", i+2, r.Status, r.Stdout)
		}
	}
	if m, err := info.Reply(ctx); err != nil || content(t, m)["status"] != "ok" {
		t.Errorf("queued kernel_info: %v", err)
	}
	if r := mustRun(t, k.Client, `fmt.Println("later ran")`); r.Stdout != "later ran\n" {
		t.Errorf("cell after the abort: %q", r.Stdout)
	}

	// stop_on_error=false: the queue keeps going.
	first, err = k.SendExecute("time.Sleep(time.Second)\npanic(\"fails again\")", client.ExecOptions{ContinueOnError: true})
	if err != nil {
		t.Fatal(err)
	}
	next, err := k.SendExecute(`fmt.Println("next ran")`, client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r := wait(t, ctx, first); r.Status != "error" {
		t.Errorf("failing cell: %s", r.Status)
	}
	if r := wait(t, ctx, next); r.Status != "ok" || r.Stdout != "next ran\n" {
		t.Errorf("cell after a failure with stop_on_error=false: %s %q", r.Status, r.Stdout)
	}
}

// A request sent in answer to a failed cell's reply is not "queued behind"
// it and must run: only what was waiting before the reply is aborted.
func TestStopOnErrorSparesRequestsSentAfterTheReply(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, `import "fmt"`)
	for i := range 30 {
		failing, err := k.SendExecute(`panic("fails")`, client.ExecOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := failing.Reply(ctx); err != nil {
			t.Fatal(err)
		}
		next, err := k.SendExecute(`fmt.Println("ran")`, client.ExecOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if r := wait(t, ctx, next); r.Status != "ok" || r.Stdout != "ran\n" {
			t.Fatalf("round %d: the cell sent after the failure's reply: status %s, stdout %q", i, r.Status, r.Stdout)
		}
		failing.Close()
	}
}

func wait(t *testing.T, ctx context.Context, c *client.Call) *client.ExecResult {
	t.Helper()
	defer c.Close()
	reply, pub, err := c.Wait(ctx, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return client.Summarize(reply, pub)
}

func TestCompleteInspectIsComplete(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, `import "strings"`)
	mustRun(t, k.Client, `myLongVariable := 1`)

	for code, want := range map[string]string{"for i := 0; i < 3; i++ {": "incomplete", "x := 1": "complete", "x := )": "invalid"} {
		m, err := k.Request(ctx, client.Shell, "is_complete_request", map[string]any{"code": code})
		if err != nil {
			t.Fatal(err)
		}
		if got := content(t, m)["status"]; got != want {
			t.Errorf("is_complete %q = %v, want %s", code, got, want)
		}
	}

	code := "myLongVar"
	m, err := k.Request(ctx, client.Shell, "complete_request", map[string]any{"code": code, "cursor_pos": len(code)})
	if err != nil {
		t.Fatal(err)
	}
	v := content(t, m)
	matches, _ := v["matches"].([]any)
	if v["status"] != "ok" || !contains(matches, "myLongVariable") || v["cursor_end"] != float64(len(code)) {
		t.Errorf("complete %q: %v", code, v)
	}

	code = "strings.ToUpper"
	m, err = k.Request(ctx, client.Shell, "inspect_request", map[string]any{"code": code, "cursor_pos": len(code), "detail_level": 0})
	if err != nil {
		t.Fatal(err)
	}
	v = content(t, m)
	data, _ := v["data"].(map[string]any)
	if text, _ := data["text/plain"].(string); v["status"] != "ok" || v["found"] != true || !strings.Contains(text, "ToUpper") {
		t.Errorf("inspect %q: %v", code, v)
	}
}

func contains(list []any, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestInput(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, `import "fmt"`)
	code := "var name string\nfmt.Print(\"name? \")\nfmt.Scanln(&name)\nfmt.Println(\"hi\", name)"
	var prompts int
	res := run(t, k.Client, code, client.ExecOptions{Input: func(prompt string, password bool) (string, error) {
		prompts++
		return "gopher", nil
	}})
	if res.Status != "ok" || prompts != 1 || !strings.HasSuffix(res.Stdout, "hi gopher\n") {
		t.Errorf("input round trip: status %s, %d input requests, stdout %q", res.Status, prompts, res.Stdout)
	}
	// The input_request came on stdin with the cell as parent: checked by
	// the client, which only answers requests of its own call.

	res = run(t, k.Client, code, client.ExecOptions{}) // allow_stdin=false
	if out := res.Stderr + errorText(res); !strings.Contains(out, "allow_stdin") {
		t.Errorf("reading stdin without allow_stdin: stderr %q, error %q", res.Stderr, errorText(res))
	}

	// An interrupt ends a cell that waits for input; the answer that comes
	// after it is dropped and the kernel goes on.
	res = run(t, k.Client, code, client.ExecOptions{Input: func(prompt string, password bool) (string, error) {
		if err := k.Interrupt(testContext(t)); err != nil {
			t.Error(err)
		}
		return "too late", nil
	}})
	if res.Status != "error" || strings.Contains(res.Stdout, "too late") {
		t.Errorf("interrupted input: status %s, stdout %q", res.Status, res.Stdout)
	}
	if r := mustRun(t, k.Client, `fmt.Println("next")`); r.Stdout != "next\n" {
		t.Errorf("after an interrupted input: %q", r.Stdout)
	}
}

func TestInterrupt(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"time\"\n)")
	mustRun(t, k.Client, `kept := "still here"`)
	// An interrupt while nothing runs must not hit the next cell.
	if err := k.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	if err := k.Process().Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	for !strings.Contains(k.log.String(), "SIGINT") { // handled, not only sent
		select {
		case <-ctx.Done():
			t.Fatal("SIGINT not handled")
		case <-time.After(5 * time.Millisecond):
		}
	}
	if _, err := k.KernelInfo(ctx); err != nil { // the kernel survived SIGINT
		t.Fatal(err)
	}
	if r := mustRun(t, k.Client, "time.Sleep(10 * time.Millisecond)\nkept"); r.Text() != `"still here"` {
		t.Errorf("after idle interrupts: kept = %q", r.Text())
	}
	interrupts := map[string]func() error{
		"interrupt_request": func() error { return k.Interrupt(ctx) },
		"SIGINT":            func() error { return k.Process().Signal(os.Interrupt) },
	}
	for _, code := range []string{"fmt.Println(\"started\")\nfor {\n}", "fmt.Println(\"started\")\ntime.Sleep(time.Hour)"} {
		for how, interrupt := range interrupts {
			res := runUntilOutput(t, k, code, "started", interrupt)
			if res.Status != "error" {
				t.Errorf("%s of %q: status %s", how, code, res.Status)
			}
			if r := mustRun(t, k.Client, `kept`); r.Text() != `"still here"` {
				t.Errorf("after %s of %q: kept = %q", how, code, r.Text())
			}
		}
	}
}

// runUntilOutput runs code, calls act once the cell has printed marker
// (so it is surely running) and returns the cell's result.
func runUntilOutput(t *testing.T, k *kernel, code, marker string, act func() error) *client.ExecResult {
	t.Helper()
	acted := false
	res, err := k.Execute(testContext(t), code, client.ExecOptions{OnIOPub: func(m *wire.Message) {
		if !acted && m.Header.MsgType == "stream" && strings.Contains(string(m.Content), marker) {
			acted = true
			if err := act(); err != nil {
				t.Error(err)
			}
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !acted {
		t.Fatalf("%q never printed %q", code, marker)
	}
	return res
}

func TestLargeOutputCoalesced(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, `import "fmt"`)
	const n = 100000
	res := mustRun(t, k.Client, fmt.Sprintf("for i := 0; i < %d; i++ {\n\tfmt.Println(i)\n}", n))
	var want strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintln(&want, i)
	}
	if res.Stdout != want.String() {
		t.Errorf("stdout: %d bytes, want %d", len(res.Stdout), want.Len())
	}
	streams := 0
	for _, m := range res.IOPub {
		if m.Header.MsgType == "stream" {
			streams++
		}
	}
	t.Logf("%d lines (%d bytes) in %d stream messages", n, want.Len(), streams)
	if streams > 200 {
		t.Errorf("%d lines came in %d stream messages; want them coalesced", n, streams)
	}
}

// Output is delivered while the cell runs, not when it ends: the line
// printed before a 1 s sleep comes in its own message, before the reply.
// (TestInterrupt proves the same without any timing: its cells never end
// unless interrupted, and the interrupt waits for their first line.)
func TestOutputWhileRunning(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"time\"\n)")
	call, err := k.SendExecute("fmt.Println(\"before\")\ntime.Sleep(time.Second)\nfmt.Println(\"after\")", client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer call.Close()
	var streams []string
	replied := map[int]bool{}
	reply, pub, err := call.Wait(testContext(t), func(m *wire.Message) {
		if m.Header.MsgType != "stream" {
			return
		}
		done, cancel := context.WithCancel(context.Background())
		cancel()
		_, replyErr := call.Reply(done) // fails at once unless the reply is here
		replied[len(streams)] = replyErr == nil
		streams = append(streams, content(t, m)["text"].(string))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := client.Summarize(reply, pub); r.Stdout != "before\nafter\n" {
		t.Errorf("stdout %q", r.Stdout)
	}
	if len(streams) < 2 || streams[0] != "before\n" || replied[0] {
		t.Errorf("stream messages %q (reply already there for the first: %v); want \"before\\n\" alone, before the reply", streams, replied[0])
	}
}

// Rich output of runtime/display reaches IOPub as display_data,
// update_display_data (same display_id) and clear_output.
func TestDisplayMessages(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	tap := k.Tap()
	defer tap.Close()
	first := mustRun(t, k.Client, `d := display.HTML("<b>one</b>")`)
	mustRun(t, k.Client, `d.Update("<b>two</b>")`)
	last := mustRun(t, k.Client, `display.Clear(true)`)

	var shown, updated map[string]any
	var cleared bool
	for {
		m, err := tap.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		switch m.Header.MsgType {
		case "display_data":
			shown = content(t, m)
			if m.Parent.MsgID != first.Reply.Parent.MsgID {
				t.Errorf("display_data parent %s, want the cell that showed it", m.Parent.MsgID)
			}
		case "update_display_data":
			updated = content(t, m)
		case "clear_output":
			cleared = content(t, m)["wait"] == true
		}
		if m.Header.MsgType == "status" && m.Parent.MsgID == last.Reply.Parent.MsgID && content(t, m)["execution_state"] == "idle" {
			break
		}
	}
	id := func(c map[string]any) any {
		tr, _ := c["transient"].(map[string]any)
		return tr["display_id"]
	}
	html := func(c map[string]any) any {
		data, _ := c["data"].(map[string]any)
		return data["text/html"]
	}
	if shown == nil || html(shown) != "<b>one</b>" || id(shown) == nil || id(shown) == "" {
		t.Errorf("display_data %v", shown)
	}
	if updated == nil || html(updated) != "<b>two</b>" || id(updated) != id(shown) {
		t.Errorf("update_display_data %v (shown with id %v)", updated, id(shown))
	}
	if !cleared {
		t.Errorf("no clear_output with wait=true")
	}
}

// Output of work a cell started lands in that cell, even when it comes
// after the cell ended and another one runs (E6: asynchronous pool output).
func TestLateOutputGoesToItsCell(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, "import (\n\"fmt\"\n\"os\"\n\"time\"\n)")
	// The child prints once the flag file exists: only the second cell
	// creates it, so the greeting surely comes after the first one ended.
	mustRun(t, k.Client, `func greetLater(flag string) {
	for {
		if _, err := os.Stat(flag); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("late hello")
}`)
	flag := filepath.Join(t.TempDir(), "go")
	tap := k.Tap()
	defer tap.Close()
	starter := mustRun(t, k.Client, fmt.Sprintf(`worker, err := processes.Start(greetLater, %q)
if err != nil {
	panic(err)
}`, flag))
	joiner := mustRun(t, k.Client, fmt.Sprintf("os.WriteFile(%q, nil, 0o600)\nworker.Join()", flag))
	for {
		m, err := tap.Next(ctx)
		if err != nil {
			t.Fatalf("no late greeting: %v", err)
		}
		if m.Header.MsgType == "stream" && strings.Contains(content(t, m)["text"].(string), "late hello") {
			if m.Parent == nil || m.Parent.MsgID != starter.Reply.Parent.MsgID {
				t.Errorf("late output's parent %+v; want the starting cell %s (the joining cell is %s)", m.Parent, starter.Reply.Parent.MsgID, joiner.Reply.Parent.MsgID)
			}
			return
		}
	}
}
