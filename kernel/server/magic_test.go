package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gokernel/kernel/client"
)

// Magics and shell lines through the real kernel: the output lands in the
// cell in order with what Go prints, the session keeps its state, an
// interrupt stops a shell command, and is_complete/complete know magics.
func TestMagicsThroughTheKernel(t *testing.T) {
	k := startKernel(t)
	dir := t.TempDir()
	res := mustRun(t, k.Client, "%cd "+dir+"\nfmt.Println(\"go first\")\n!echo shell second\nfmt.Println(\"go third\")")
	if res.Stdout != dir+"\ngo first\nshell second\ngo third\n" {
		t.Errorf("stdout %q", res.Stdout)
	}
	mustRun(t, k.Client, "%%writefile hello.txt\nhi there\n")
	if b, err := os.ReadFile(filepath.Join(dir, "hello.txt")); err != nil || string(b) != "hi there\n" {
		t.Errorf("%%%%writefile wrote %q, %v (relative to the %%cd directory)", b, err)
	}
	res = mustRun(t, k.Client, "%%html\n<i>x</i>")
	if len(res.Displays) != 1 || res.Displays[0]["text/html"] != "<i>x</i>" {
		t.Errorf("%%%%html displays %v", res.Displays)
	}
	res = mustRun(t, k.Client, "%lsmagic")
	for _, m := range []string{"%%writefile", "%time", "%timeit", "%env", "!COMMAND"} {
		if !strings.Contains(res.Stdout, m) {
			t.Errorf("%%lsmagic does not list %s:\n%s", m, res.Stdout)
		}
	}
	// A magic line is never a Go syntax error; an unknown one says which exist.
	res = run(t, k.Client, "%nosuch", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || res.Error.Ename != "UsageError" || !strings.Contains(res.Error.Evalue, "%lsmagic") {
		t.Errorf("unknown magic: %s %+v", res.Status, res.Error)
	}
	// %env reaches cells and shell lines alike.
	res = mustRun(t, k.Client, "%env GK_TEST_VAR=42\n!echo $GK_TEST_VAR\nos.Getenv(\"GK_TEST_VAR\")")
	if !strings.HasSuffix(res.Stdout, "42\n") || res.Text() != `"42"` {
		t.Errorf("%%env: stdout %q, value %s", res.Stdout, res.Text())
	}
	// %time shows the value and the times.
	mustRun(t, k.Client, "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }")
	res = mustRun(t, k.Client, "%time fib(15)")
	if res.Text() != "610" || !strings.Contains(res.Stdout, "Wall time:") {
		t.Errorf("%%time: value %s, stdout %q", res.Text(), res.Stdout)
	}
	// An interrupt stops a shell command at once; the session lives on.
	mustRun(t, k.Client, "kept := 7")
	res = runUntilOutput(t, k, "!echo started; sleep 60", "started", func() error { return k.Interrupt(testContext(t)) })
	if res.Status != "error" || res.Error.Ename != "Interrupted" {
		t.Errorf("interrupted shell line: %s %+v", res.Status, res.Error)
	}
	if r := mustRun(t, k.Client, "kept"); r.Text() != "7" {
		t.Errorf("after the interrupt kept = %s", r.Text())
	}

	ctx := testContext(t)
	for code, want := range map[string]string{"%%run\nfor {": "complete", "!ls\nfor i := 0; i < 3; i++ {": "incomplete", "%time x := 1": "complete"} {
		m, err := k.Request(ctx, client.Shell, "is_complete_request", map[string]any{"code": code})
		if err != nil {
			t.Fatal(err)
		}
		if got := content(t, m)["status"]; got != want {
			t.Errorf("is_complete %q = %v, want %s", code, got, want)
		}
	}
	code := "%tim"
	m, err := k.Request(ctx, client.Shell, "complete_request", map[string]any{"code": code, "cursor_pos": len(code)})
	if err != nil {
		t.Fatal(err)
	}
	matches, _ := content(t, m)["matches"].([]any)
	if len(matches) < 2 || matches[0] != "%time" {
		t.Errorf("completing %q: %v", code, matches)
	}
}
