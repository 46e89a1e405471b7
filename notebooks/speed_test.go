package notebooks_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/notebook"
)

// cellOutputs is what a learner sees under one cell of a saved notebook.
type cellOutputs struct {
	stdout, stderr string
	results        []string // text/plain of execute_result outputs
	displays       []string // text/plain of display_data outputs
	errors         []string
}

func outputsByID(nb *notebook.Notebook) map[string]cellOutputs {
	out := map[string]cellOutputs{}
	for _, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		var o cellOutputs
		for _, x := range c.Outputs {
			text, _ := x.Data["text/plain"].(string)
			switch x.Type {
			case "stream":
				if x.Name == "stderr" {
					o.stderr += x.Text
				} else {
					o.stdout += x.Text
				}
			case "execute_result":
				o.results = append(o.results, text)
			case "display_data":
				o.displays = append(o.displays, text)
			case "error":
				o.errors = append(o.errors, x.EName+": "+x.EValue)
			}
		}
		out[c.ID] = o
	}
	return out
}

// speedReference is what Go itself prints for the notebook's work: its
// setup cell compiled with `go run` and a main that prints fib(N) and the
// sum over the jobs as the cells do.
func speedReference(t *testing.T, nb *notebook.Notebook) (fibN, sum string) {
	t.Helper()
	var setup string
	for _, c := range nb.Cells {
		if c.Type == "code" && c.ID == "setup" {
			setup = c.Source
		}
	}
	if setup == "" {
		t.Fatal("05-speed.ipynb has no cell with id setup")
	}
	dir := t.TempDir()
	src := "package main\n\nimport \"fmt\"\n\n" + setup + "\n\nfunc main() {\n\tfmt.Println(fib(N))\n\tfmt.Println(\"sum of fib:\", sumFibs(jobs))\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "main.go")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=off")
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run of the setup cell: %v\n%s", err, b)
	}
	ls := lines(string(b))
	if len(ls) != 2 {
		t.Fatalf("go run printed %q", b)
	}
	return ls[0], ls[1]
}

var timeitLine = regexp.MustCompile(`^\S+ \S+ ± \S+ \S+ per loop \(mean ± std\. dev\. of 7 runs, \d+ loops? each\)\n$`)

// TestSpeedNotebook runs notebooks/05-speed.ipynb with `gokernel run`, as
// a learner or CI would, and checks what each cell must show: the same
// result interpreted, compiled with %%run (first and warm run), with
// threads and with a pool of native children, a compiled run that starts
// from declarations and leaves the session alone, the timing magics'
// lines, and the closing table. Timings are logged, never checked.
func TestSpeedNotebook(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command: the notebook's compiled parts need it")
	}
	out := filepath.Join(t.TempDir(), "out.ipynb")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	run := exec.CommandContext(ctx, binary, "run", "05-speed.ipynb", "-o", out, "--timeout", "120s")
	log, err := run.CombinedOutput()
	took := time.Since(start)
	if err != nil {
		t.Fatalf("gokernel run 05-speed.ipynb: %v\n%s", err, log)
	}
	nb, err := notebook.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	fibN, sum := speedReference(t, nb)
	cells := outputsByID(nb)
	get := func(id string) cellOutputs {
		t.Helper()
		o, ok := cells[id]
		if !ok {
			t.Fatalf("no code cell with id %q", id)
		}
		if len(o.errors) > 0 || o.stderr != "" {
			t.Errorf("cell %s: errors %q, stderr %q", id, o.errors, o.stderr)
		}
		return o
	}

	if o := get("time-one"); len(o.results) != 1 || o.results[0] != fibN || !strings.Contains(o.stdout, "Wall time:") {
		t.Errorf("%%time fib(N): value %q (go: %s), stdout %q", o.results, fibN, o.stdout)
	}
	if o := get("timeit"); !timeitLine.MatchString(o.stdout) {
		t.Errorf("%%timeit printed %q", o.stdout)
	}
	// The same sum, first line of each timed cell, whatever ran it.
	for _, id := range []string{"interpreted", "compiled", "compiled-again", "threads"} {
		o := get(id)
		if ls := lines(o.stdout); ls[0] != sum || !strings.HasPrefix(ls[len(ls)-1], "Wall time: ") {
			t.Errorf("cell %s printed %q, want %q (go run) and then the times", id, o.stdout, sum)
		}
	}
	if o := get("answer-run"); o.stdout != "in the program, answer is 0\n" {
		t.Errorf("the compiled program saw answer as %q, want its declared zero", o.stdout)
	}
	if o := get("answer-after"); len(o.results) != 1 || o.results[0] != "42" {
		t.Errorf("after %%%%run the session's answer is %q, want 42 (unchanged)", o.results)
	}
	pool := get("pool")
	ls := lines(pool.stdout)
	if ls[0] != "workers run compiled fib: true" {
		t.Errorf("the pool's workers never ran fib compiled: %q", pool.stdout)
	}
	if ls[len(ls)-1] != sum+" <nil>" || !strings.Contains(pool.stdout, "Wall time: ") {
		t.Errorf("pool cell printed %q, want %%time's lines and %q", pool.stdout, sum+" <nil>")
	}
	table := get("ratios")
	if len(table.displays) != 1 {
		t.Fatalf("want the table of times as one display, got %q", table.displays)
	}
	rows := regexp.MustCompile(`(?m)^(interpreted|compiled \(%%run\)|2 threads \(interpreted\)|pool of 2 \(native children\)) +\S+ +[0-9.]+x *$`).FindAllString(table.displays[0], -1)
	if len(rows) != 4 || !strings.HasSuffix(strings.TrimSpace(rows[0]), " 1.0x") {
		t.Errorf("table of times:\n%s", table.displays[0])
	}
	t.Logf("gokernel run 05-speed.ipynb: %v; first %%%%run %s; warm %%%%run %s\n%s", took.Round(time.Millisecond),
		wallTime(get("compiled").stdout), wallTime(get("compiled-again").stdout), table.displays[0])
}

func wallTime(out string) string {
	for _, l := range lines(out) {
		if w, ok := strings.CutPrefix(l, "Wall time: "); ok {
			return w
		}
	}
	return "?"
}
