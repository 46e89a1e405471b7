package server_test

import (
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

// Without a Go toolchain cells are checked by the interpreter alone, as
// before; the banner says so, the cells carry no note.
func TestTypeCheckWithoutToolchain(t *testing.T) {
	k := startKernelEnv(t, []string{"GOKERNEL_GO=/nonexistent", "GOKERNEL_TYPECHECK=wait"})
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
