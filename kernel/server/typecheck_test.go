package server_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
)

// checkedError runs a cell that Go rejects and returns its error, failing
// unless it is a CompileError with want in its message, at line:col, that
// quotes the line.
func checkedError(t *testing.T, k *kernel, cell, want string, line, col int) *client.ErrorContent {
	t.Helper()
	res := run(t, k.Client, cell, client.ExecOptions{})
	if res.Status != "error" || res.Error == nil {
		t.Fatalf("cell %q: status %s, stdout %q", cell, res.Status, res.Stdout)
	}
	tb := strings.Join(res.Error.Traceback, "\n")
	if res.Error.Ename != "CompileError" || !strings.Contains(res.Error.Evalue, want) {
		t.Errorf("cell %q: %s: %q, want CompileError: %q", cell, res.Error.Ename, res.Error.Evalue, want)
	}
	quoted := strings.Split(cell, "\n")[line-1]
	if !strings.Contains(tb, "line "+itoa(line)+", column "+itoa(col)+":") || !strings.Contains(tb, quoted) {
		t.Errorf("cell %q: traceback does not point at %d:%d quoting %q:\n%s", cell, line, col, quoted, tb)
	}
	return res.Error
}

func itoa(n int) string { return strconv.Itoa(n) }

// Go's own type checker runs before the interpreter: its errors, at the
// cell's line and column, and nothing of the cell runs.
func TestTypeCheckedCells(t *testing.T) {
	k := startKernelEnv(t, []string{"GOKERNEL_TYPECHECK=wait"})
	mustRun(t, k.Client, "var lk threads.Lock\nvar r any = 2\ntotal := 1")

	e := checkedError(t, k, "fmt.Println(\"before\")\nlk.Acquire(0)", "too many arguments in call to lk.Acquire\n\thave (number)\n\twant ()", 2, 12)
	if strings.Contains(e.Evalue, "cannot convert") {
		t.Errorf("the interpreter's wording reached the cell: %q", e.Evalue)
	}
	checkedError(t, k, "func sum(xs []int) int {\n\tx := 0\n\treturn len(xs)\n}", "declared and not used: x", 2, 2)
	checkedError(t, k, "fmt.Println(\"must not print\")\ntotal += r", "invalid operation: total += r (mismatched types int and any)", 2, 1)
	e = checkedError(t, k, "lk.acquire()", "lk.acquire undefined", 1, 4)
	if !strings.Contains(strings.Join(e.Traceback, "\n"), "lk.Acquire") {
		t.Errorf("no hint for a Python habit: %q", e.Traceback)
	}
	// The Go parts of a cell with magics, at their lines in the cell.
	checkedError(t, k, "%env GK_TC=1\nlk.Acquire(0)", "too many arguments in call to lk.Acquire", 2, 12)
	// The rejected cells ran nothing and defined nothing.
	res := mustRun(t, k.Client, "fmt.Println(total)\ntotal")
	if res.Stdout != "1\n" || res.Result["text/plain"] != "1" {
		t.Errorf("a fine cell: stdout %q, result %v", res.Stdout, res.Result)
	}
	// Kernel cell semantics: unused top-level variables, the final
	// expression as the value, packages without imports, redefinitions.
	res = mustRun(t, k.Client, "n := 20\nfunc twice() int { return 2 * n }\nsb := strings.Builder{}\nsb.WriteString(\"ab\")\ntwice() + sb.Len()")
	if res.Result["text/plain"] != "42" {
		t.Errorf("result %v", res.Result)
	}
	mustRun(t, k.Client, "func twice() string { return \"twice\" }\ntwice()")
	if res := run(t, k.Client, "undefinedThing + 1", client.ExecOptions{}); res.Error == nil || res.Error.Evalue != "undefined: undefinedThing" {
		t.Errorf("undefined name: %+v", res.Error)
	}
}

// Without a Go toolchain, and without the export data a kernel with one
// cached, cells are checked by the interpreter alone, as before; the
// banner says so, the cells carry no note.
func TestTypeCheckWithoutToolchain(t *testing.T) {
	k := startKernelEnv(t, []string{"GOKERNEL_GO=/nonexistent", "GOKERNEL_TYPECHECK=wait", "GOKERNEL_TYPECHECK_CACHE=" + t.TempDir()})
	info, err := k.KernelInfo(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	if banner, _ := info["banner"].(string); !strings.Contains(banner, "without Go's type check") {
		t.Errorf("banner %q", banner)
	}
	res := mustRun(t, k.Client, "var lk threads.Lock\nx := 1")
	if res.Stderr != "" {
		t.Errorf("stderr %q", res.Stderr)
	}
	start := time.Now()
	res = run(t, k.Client, "lk.Acquire(0)", client.ExecOptions{})
	if res.Error == nil || res.Error.Evalue != "cannot convert untyped int to *threads.Lock" {
		t.Errorf("without a toolchain: %+v (%v)", res.Error, time.Since(start))
	}
}

// A kernel with a toolchain caches the export data it reads; one without
// a toolchain checks cells from that cache: Go's errors, and the guard's
// findings with a note that nothing can run them compiled here.
func TestTypeCheckFromCacheWithoutToolchain(t *testing.T) {
	cache := t.TempDir()
	k := startKernelEnv(t, []string{"GOKERNEL_TYPECHECK=wait", "GOKERNEL_TYPECHECK_CACHE=" + cache})
	mustRun(t, k.Client, "var lk threads.Lock\nfmt.Println(lk)")
	k.Close()

	k = startKernelEnv(t, []string{"GOKERNEL_GO=/nonexistent", "GOKERNEL_TYPECHECK=wait", "GOKERNEL_TYPECHECK_CACHE=" + cache})
	mustRun(t, k.Client, "var lk threads.Lock\ntype T struct{ W int }")
	res := run(t, k.Client, "lk.Acquire(0)", client.ExecOptions{})
	if res.Error == nil || !strings.HasPrefix(res.Error.Evalue, "too many arguments in call to lk.Acquire") {
		t.Errorf("Go's error from the cache: %+v", res.Error)
	}
	res = run(t, k.Client, `fmt.Printf("%T\n", T{1})`, client.ExecOptions{})
	if res.Error == nil || res.Error.Ename != "NotFaithful" || !strings.Contains(res.Error.Evalue, "no Go toolchain") || res.Stdout != "" {
		t.Errorf("the guard without a toolchain: %+v, stdout %q", res.Error, res.Stdout)
	}
	// In a whole program, the finding names main, as the learner wrote it.
	res = run(t, k.Client, "package main\n\nimport \"fmt\"\n\ntype R struct{ W int }\n\nfunc main() {\n\tfmt.Printf(\"%#v\\n\", R{1})\n}\n", client.ExecOptions{})
	if res.Error == nil || res.Error.Ename != "NotFaithful" || !strings.Contains(res.Error.Evalue, "runs main,") || strings.Contains(errorText(res), "gokernel") {
		t.Errorf("the guard in a whole program: %+v", res.Error)
	}
	// A program Go accepts and the interpreter refuses (a generic
	// constructor of a generic type): not the interpreter's CompileError,
	// which would blame the program, but what it is, where the
	// interpreter stopped, and that a toolchain would run it. (Its second
	// attempt, in a fresh interpreter, once lacked the fmt that the
	// program above had imported: "undefined: fmt".)
	res = run(t, k.Client, "package main\n\nimport \"fmt\"\n\ntype Set[T comparable] struct{ m map[T]bool }\n\nfunc NewSet[T comparable](items ...T) *Set[T] {\n\ts := &Set[T]{m: map[T]bool{}}\n\tfor _, it := range items {\n\t\ts.m[it] = true\n\t}\n\treturn s\n}\n\nfunc main() {\n\tfmt.Println(len(NewSet(1, 2, 2).m))\n}\n", client.ExecOptions{})
	if res.Error == nil || res.Error.Ename != "NeedsCompiledRun" || !strings.HasPrefix(res.Error.Evalue, "Go accepts this cell, but the interpreter cannot run it (undefined type for T)") ||
		!strings.Contains(res.Error.Evalue, "no Go toolchain") || !strings.Contains(errorText(res), "line 7, column") || strings.Contains(errorText(res), "CompileError") {
		t.Errorf("a refused program without a toolchain: %+v\n%s", res.Error, errorText(res))
	}
}

// BenchmarkTypeCheckCost is the p50 of a trivial cell (`v1 = 2`) through
// the real kernel with Go's type check and without it, in sessions of 10
// and 200 declarations: what the check adds to a cell.
func BenchmarkTypeCheckCost(b *testing.B) {
	for _, n := range []int{10, 200} {
		var decls strings.Builder
		for i := 0; i < n/4; i++ {
			fmt.Fprintf(&decls, "func f%d(x int) int { return f%d(x) + 1 }\ntype T%d struct{ A, B int }\n", i, max(i-1, 0), i)
			fmt.Fprintf(&decls, "func (t T%d) String() string { return fmt.Sprint(t.A) }\nvar v%d int\n", i, i)
		}
		for _, mode := range []string{"off", "wait"} {
			b.Run(fmt.Sprintf("decls=%d/check=%s", n, mode), func(b *testing.B) {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
				defer cancel()
				c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"},
					client.LaunchOptions{Dir: b.TempDir(), Env: []string{"GOKERNEL_TYPECHECK=" + mode}})
				if err != nil {
					b.Fatal(err)
				}
				defer c.Close()
				if err := c.WaitReady(ctx); err != nil {
					b.Fatal(err)
				}
				if res, err := c.Execute(ctx, decls.String(), client.ExecOptions{}); err != nil || res.Status != "ok" {
					b.Fatal(err, res.Error)
				}
				// The check runs (or not) in this kernel: Go's wording.
				res, err := c.Execute(ctx, `v1 = "s"`, client.ExecOptions{})
				if err != nil || res.Error == nil || (res.Error.Evalue == `cannot use "s" (untyped string constant) as int value in assignment`) != (mode == "wait") {
					b.Fatalf("check=%s: %v %+v", mode, err, res.Error)
				}
				var times []time.Duration
				b.ResetTimer()
				for b.Loop() {
					start := time.Now()
					res, err := c.Execute(ctx, "v1 = 2", client.ExecOptions{})
					if err != nil || res.Status != "ok" {
						b.Fatal(err, res.Status)
					}
					times = append(times, time.Since(start))
				}
				slices.Sort(times)
				b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
			})
		}
	}
}

// Completion from Go's types offers the pointer-receiver methods of an
// addressable value, and inspect describes what the session does not.
func TestTypesCompleteAndInspect(t *testing.T) {
	k := startKernelEnv(t, []string{"GOKERNEL_TYPECHECK=wait"})
	ctx := testContext(t)
	mustRun(t, k.Client, "type Point struct{ X, Y int }\nfunc (p *Point) Move(dx int) { p.X += dx }\nvar pt Point\nvar sbs strings.Builder")
	mustRun(t, k.Client, "1") // the checker is ready once a cell was checked
	complete := func(code string) map[string]string {
		t.Helper()
		m, err := k.Request(ctx, client.Shell, "complete_request", map[string]any{"code": code, "cursor_pos": len(code)})
		if err != nil {
			t.Fatal(err)
		}
		v := content(t, m)
		matches, _ := v["matches"].([]any)
		meta, _ := v["metadata"].(map[string]any)
		items, _ := meta["_jupyter_types_experimental"].([]any)
		out := map[string]string{}
		for i, it := range items {
			item := it.(map[string]any)
			if item["text"] != matches[i] {
				t.Errorf("item %v is not match %v", item, matches[i])
			}
			out[item["text"].(string)], _ = item["type"].(string)
		}
		if want := float64(len(code)); v["cursor_end"] != want {
			t.Errorf("complete %q: cursor_end %v", code, v["cursor_end"])
		}
		return out
	}
	if got := complete("var sb strings.Builder\nsb.Wri"); got["WriteString"] != "method" || got["WriteByte"] != "method" {
		t.Errorf("sb.Wri: %v", got)
	}
	if got := complete("sbs.Gr"); got["Grow"] != "method" {
		t.Errorf("sbs.Gr: %v", got)
	}
	if got := complete("pt."); got["Move"] != "method" || got["X"] != "field" {
		t.Errorf("pt.: %v", got)
	}
	code := "var sb strings.Builder\nsb.WriteString(\"x\")"
	m, err := k.Request(ctx, client.Shell, "inspect_request", map[string]any{"code": code, "cursor_pos": strings.Index(code, "Wri") + 2, "detail_level": 0})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := content(t, m)["data"].(map[string]any)
	if text, _ := data["text/plain"].(string); !strings.Contains(text, "WriteString(s string) (int, error)") {
		t.Errorf("inspect sb.WriteString: %q", text)
	}
}
