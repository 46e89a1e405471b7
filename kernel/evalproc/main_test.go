package evalproc

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// evaluatorCmd is the argv of the real evaluator process the tests run.
var evaluatorCmd []string

// evaluatorBuildFlags are extra `go build` flags for it (-race with -race).
var evaluatorBuildFlags []string

func TestMain(m *testing.M) {
	if os.Getenv(orphanHelperEnv) != "" {
		os.Exit(orphanHelper())
	}
	dir, err := os.MkdirTemp("", "evalproc-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := func() int {
		defer os.RemoveAll(dir)
		bin := filepath.Join(dir, "gokernel")
		args := append(append([]string{"build"}, evaluatorBuildFlags...), "-o", bin, "gokernel")
		if out, err := exec.Command("go", args...).CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "building gokernel failed: %v\n%s\n", err, out)
			return 1
		}
		evaluatorCmd = []string{bin, EvaluatorCommand}
		return m.Run()
	}()
	os.Exit(code)
}

// recorder collects OnOutput calls.
type recorder struct {
	mu    sync.Mutex
	outs  []Output
	hooks []func(Output)
}

func (r *recorder) on(o Output) {
	r.mu.Lock()
	r.outs = append(r.outs, o)
	hooks := r.hooks
	r.mu.Unlock()
	for _, h := range hooks {
		h(o)
	}
}

func (r *recorder) onOutput(h func(Output)) {
	r.mu.Lock()
	r.hooks = append(r.hooks, h)
	r.mu.Unlock()
}

// text is the concatenated text of stream name of cell.
func (r *recorder) text(cell, name string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	for _, o := range r.outs {
		if o.Kind == "stream" && o.Cell == cell && o.Name == name {
			b.WriteString(o.Text)
		}
	}
	return b.String()
}

// count is the number of outputs of cell.
func (r *recorder) count(cell string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, o := range r.outs {
		if o.Cell == cell {
			n++
		}
	}
	return n
}

func (r *recorder) all() []Output {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Output(nil), r.outs...)
}

// waitFor polls cond (output arrives asynchronously); it fails the test
// after a deadline far beyond any expected delay.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// testLogf logs through t until the test ends (goroutines of the
// supervisor may log a little later).
func testLogf(t testing.TB) func(string, ...any) {
	var mu sync.Mutex
	done := false
	t.Cleanup(func() { mu.Lock(); done = true; mu.Unlock() })
	return func(f string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			t.Logf(f, args...)
		}
	}
}

func start(t testing.TB, edit ...func(*Options)) (*Supervisor, *recorder) {
	t.Helper()
	rec := &recorder{}
	opts := Options{Command: evaluatorCmd, OnOutput: rec.on, Logf: testLogf(t)}
	if _, ok := t.(*testing.B); ok {
		opts.Logf = nil
	}
	for _, e := range edit {
		e(&opts)
	}
	s, err := Start(opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, rec
}

var cellSeq int

func newCell() string {
	cellSeq++
	return fmt.Sprintf("cell-%d", cellSeq)
}

// run executes code as a new cell and returns the cell id and reply.
func execCell(t testing.TB, s *Supervisor, code string) (string, ExecReply) {
	t.Helper()
	cell := newCell()
	rep, err := s.Execute(context.Background(), ExecRequest{Cell: cell, Code: code}, nil)
	if err != nil {
		t.Fatalf("Execute(%q): %v", code, err)
	}
	return cell, rep
}

// mustRun executes code and fails the test unless the cell succeeds.
func mustExec(t testing.TB, s *Supervisor, code string) (string, ExecReply) {
	t.Helper()
	cell, rep := execCell(t, s, code)
	if rep.Status != "ok" {
		t.Fatalf("cell %q: %s: %+v", code, rep.Status, rep.Error)
	}
	return cell, rep
}

func plain(rep ExecReply) string {
	s, _ := rep.Result["text/plain"].(string)
	return s
}

// imports imports pkgs, one per cell.
func imports(t testing.TB, s *Supervisor, pkgs ...string) {
	t.Helper()
	for _, p := range pkgs {
		mustExec(t, s, fmt.Sprintf("import %q", p))
	}
}
