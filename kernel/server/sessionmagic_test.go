package server_test

import (
	"strings"
	"testing"

	"gokernel/kernel/client"
)

// %whos lists the session's variables with types and values.
func TestWhos(t *testing.T) {
	k := startKernel(t)
	res := mustRun(t, k.Client, "%whos")
	if res.Stdout != "Interactive namespace is empty.\n" {
		t.Errorf("%%whos of a fresh session: %q", res.Stdout)
	}
	mustRun(t, k.Client, "type point struct{ X int }\np := point{X: 1}\nn := 42\nwords := []string{\"a\", \"b\"}\nvar ratio float64 = 0.5\nlong := strings.Repeat(\"x\", 200)")
	res = mustRun(t, k.Client, "%whos")
	lines := strings.Split(strings.TrimSpace(res.Stdout), "\n")
	if len(lines) < 6 || !strings.HasPrefix(lines[0], "Variable") || !strings.Contains(lines[0], "Type") || !strings.HasPrefix(lines[1], "----") {
		t.Fatalf("%%whos:\n%s", res.Stdout)
	}
	want := map[string][]string{"n": {"int", "42"}, "words": {"[]string", "[a b]"}, "ratio": {"float64", "0.5"}, "long": {"string", "..."}, "p": {"point", "{1}"}}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		w, ok := want[f[0]]
		if !ok {
			continue
		}
		delete(want, f[0])
		if len(f) < 3 || f[1] != w[0] || !strings.Contains(strings.Join(f[2:], " "), w[1]) {
			t.Errorf("%%whos line %q, want type %s and a value with %s", l, w[0], w[1])
		}
		if len(l) > 100 {
			t.Errorf("%%whos line not shortened: %q", l)
		}
	}
	for name := range want {
		t.Errorf("%%whos does not list %s:\n%s", name, res.Stdout)
	}
}

// %reset forgets the session's definitions: after it a name is undefined,
// the same name can be defined again with another type, and the kernel no
// longer replays the old declarations.
func TestReset(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "type point struct{ X int }\nfunc double(x int) int { return 2 * x }\nkept := double(21)")
	// Without -f it asks first; "n" keeps everything.
	var prompts []string
	answer := func(v string) client.ExecOptions {
		return client.ExecOptions{Input: func(prompt string, password bool) (string, error) {
			prompts = append(prompts, prompt)
			return v, nil
		}}
	}
	res := run(t, k.Client, "%reset", answer("n"))
	if res.Status != "ok" || len(prompts) != 1 || !strings.Contains(prompts[0], "Proceed (y/[n])?") || res.Stdout != "Nothing done.\n" {
		t.Errorf("%%reset answered n: %s, prompts %q, stdout %q", res.Status, prompts, res.Stdout)
	}
	if r := mustRun(t, k.Client, "kept"); r.Text() != "42" {
		t.Fatalf("after a declined reset kept = %s", r.Text())
	}
	// A frontend that cannot answer gets an error saying to use -f.
	res = run(t, k.Client, "%reset", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || !strings.Contains(res.Error.Evalue, "%reset -f") {
		t.Errorf("%%reset without stdin: %s %+v", res.Status, res.Error)
	}
	res = run(t, k.Client, "%reset", answer("y"))
	if res.Status != "ok" {
		t.Fatalf("%%reset answered y: %s", errorText(res))
	}
	for _, name := range []string{"kept", "double(1)", "point{}"} {
		if r := run(t, k.Client, name, client.ExecOptions{ContinueOnError: true}); r.Status != "error" {
			t.Errorf("after %%reset %s still works: %s", name, r.Text())
		}
	}
	// Same cell: reset, then define again; a type may change its shape.
	res = mustRun(t, k.Client, "kept := \"text\"\n%reset -f\ntype point struct{ Y string }\nkept := point{Y: \"new\"}\nkept.Y")
	if res.Text() != `"new"` {
		t.Errorf("defining again after %%reset -f: %s", res.Text())
	}
	if r := mustRun(t, k.Client, "%who"); strings.TrimSpace(r.Stdout) != "kept" {
		t.Errorf("%%who after the reset: %q", r.Stdout)
	}
	// Runtime helpers still work in the fresh session.
	if r := mustRun(t, k.Client, "l := threads.NewLock()\nl.Acquire()\nl.Release()\n1"); r.Text() != "1" {
		t.Errorf("runtime after %%reset: %s", r.Text())
	}
	// The kernel forgot the old declarations too: an evaluator that dies
	// comes back with the new ones only.
	mustRun(t, k.Client, "func before() int { return 1 }\n%reset -f\nimport \"time\"\nfunc after() int { return 2 }")
	pid := evaluatorPID(t, k)
	if r := run(t, k.Client, "cb := func() { panic(\"down\") }\ntime.AfterFunc(0, cb)\ntime.Sleep(time.Hour)", client.ExecOptions{ContinueOnError: true}); r.Status != "error" {
		t.Fatalf("the evaluator did not die: %s", r.Status)
	}
	waitGone(t, pid)
	if r := mustRun(t, k.Client, "after()"); r.Text() != "2" {
		t.Errorf("after the restart after() = %s", r.Text())
	}
	if r := run(t, k.Client, "before()", client.ExecOptions{ContinueOnError: true}); r.Status != "error" {
		t.Errorf("a declaration from before %%reset came back with the restart: before() = %s", r.Text())
	}
}

// %history shows the kernel's history (the same that history_request
// gives), with numbers, outputs, ranges, limits and patterns.
func TestHistoryMagic(t *testing.T) {
	k := startKernel(t)
	mustRun(t, k.Client, "a := 1")                          // 1
	mustRun(t, k.Client, "a + 1")                           // 2
	mustRun(t, k.Client, "func f() {\n\ta++\n}")            // 3
	run(t, k.Client, "a", client.ExecOptions{Silent: true}) // not stored
	res := mustRun(t, k.Client, "%history")                 // 4
	if want := "a := 1\na + 1\nfunc f() {\n\ta++\n}\n%history\n"; res.Stdout != want {
		t.Errorf("%%history:\n%q\nwant\n%q", res.Stdout, want)
	}
	res = mustRun(t, k.Client, "%history -n -o 2-3") // 5
	if want := "  2: a + 1\nOut[2]: 2\n  3: func f() {\n     \ta++\n     }\n"; res.Stdout != want {
		t.Errorf("%%history -n -o 2-3:\n%q\nwant\n%q", res.Stdout, want)
	}
	res = mustRun(t, k.Client, "%history -n -l 2") // 6
	if want := "  5: %history -n -o 2-3\n  6: %history -n -l 2\n"; res.Stdout != want {
		t.Errorf("%%history -n -l 2:\n%q\nwant\n%q", res.Stdout, want)
	}
	res = mustRun(t, k.Client, "%history -g a*1") // 7
	if want := "a := 1\na + 1\n"; res.Stdout != want {
		t.Errorf("%%history -g a*1:\n%q\nwant\n%q", res.Stdout, want)
	}
	res = run(t, k.Client, "%history 3-1", client.ExecOptions{ContinueOnError: true})
	if res.Status != "error" || res.Error.Ename != "UsageError" {
		t.Errorf("bad range: %s %+v", res.Status, res.Error)
	}
	// Listed with the others and explained.
	res = mustRun(t, k.Client, "%lsmagic")
	for _, m := range []string{"%whos", "%reset [-f]", "%history"} {
		if !strings.Contains(res.Stdout, m) {
			t.Errorf("%%lsmagic does not list %s", m)
		}
	}
	if r := mustRun(t, k.Client, "%history?"); !strings.Contains(r.Stdout, "-g PATTERN") {
		t.Errorf("%%history? says %q", r.Stdout)
	}
}
