package notebook

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// ipykernel stands in for gokernel in the tests of Run itself: the same
// protocol, a kernel that exists whatever state the gokernel packages are in.
func ipykernelArgv(t *testing.T) []string {
	t.Helper()
	if err := exec.Command("/usr/bin/python3", "-c", "import ipykernel").Run(); err != nil {
		t.Skip("ipykernel not installed: apt-get install python3-ipykernel")
	}
	return []string{"/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"}
}

func codeNotebook(sources ...string) *Notebook {
	nb := &Notebook{NBFormat: 4, NBFormatMinor: 5, Metadata: map[string]any{"keep": "me"}}
	for _, s := range sources {
		nb.Cells = append(nb.Cells, &Cell{Type: "code", Source: s})
	}
	return nb
}

// syncBuffer is written by Run's output callbacks and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func runWith(t *testing.T, nb *Notebook, opts RunOptions) (error, string) {
	t.Helper()
	var out syncBuffer
	opts.Out, opts.Err = &out, &out
	opts.Env = append(opts.Env, "PYDEVD_DISABLE_FILE_VALIDATION=1") // quiets ipykernel
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := Run(ctx, nb, opts)
	return err, out.String()
}

func TestRunOutputs(t *testing.T) {
	argv := ipykernelArgv(t)
	nb := codeNotebook(
		"print('one')\nprint('two')\nimport sys; print('err', file=sys.stderr)",
		"6 * 7",
		"",
		"from IPython.display import display, HTML\nh = display(HTML('<b>x</b>'), display_id=True)",
		"h.update(HTML('<i>y</i>'))",
	)
	nb.Cells = append(nb.Cells[:2], append([]*Cell{{Type: "markdown", Source: "# text"}}, nb.Cells[2:]...)...)
	err, echo := runWith(t, nb, RunOptions{Argv: argv})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, echo)
	}
	c := nb.Cells
	if len(c[0].Outputs) != 2 || c[0].Outputs[0].Text != "one\ntwo\n" || c[0].Outputs[1].Name != "stderr" {
		t.Errorf("stream outputs not merged per stream: %+v", c[0].Outputs)
	}
	if *c[0].ExecutionCount != 1 || *c[1].ExecutionCount != 2 {
		t.Errorf("execution counts %v %v", *c[0].ExecutionCount, *c[1].ExecutionCount)
	}
	r := c[1].Outputs
	if len(r) != 1 || r[0].Type != "execute_result" || r[0].Data["text/plain"] != "42" || *r[0].ExecutionCount != 2 {
		t.Errorf("execute_result: %+v", r)
	}
	if c[3].ExecutionCount != nil || len(c[3].Outputs) != 0 {
		t.Errorf("the empty cell was run: %+v", c[3])
	}
	// The display of cell 5 was updated in place by cell 6.
	d := c[4].Outputs
	if len(d) != 1 || d[0].Type != "display_data" || d[0].Data["text/html"] != "<i>y</i>" {
		t.Errorf("display after update: %+v", d)
	}
	for _, want := range []string{"In [1]: print('one')", "one\ntwo\n", "Out[2]: 42", "<IPython.core.display.HTML object>"} {
		if !strings.Contains(echo, want) {
			t.Errorf("terminal echo lacks %q:\n%s", want, echo)
		}
	}
	if nb.Metadata["keep"] != "me" {
		t.Error("notebook metadata lost")
	}
	ks, _ := nb.Metadata["kernelspec"].(map[string]any)
	li, _ := nb.Metadata["language_info"].(map[string]any)
	if ks["name"] != "gokernel" || li["name"] != "python" {
		t.Errorf("kernelspec %v, language_info %v", ks, li)
	}
}

func TestRunStopsAtFirstError(t *testing.T) {
	argv := ipykernelArgv(t)
	nb := codeNotebook("x = 1", "1/0", "print('after')")
	err, echo := runWith(t, nb, RunOptions{Argv: argv})
	var ce *CellError
	if !errors.As(err, &ce) || ce.Index != 1 || !strings.Contains(err.Error(), "ZeroDivisionError") {
		t.Fatalf("err = %v", err)
	}
	o := nb.Cells[1].Outputs
	if len(o) != 1 || o[0].Type != "error" || o[0].EName != "ZeroDivisionError" || len(o[0].Traceback) == 0 {
		t.Errorf("error output: %+v", o)
	}
	if nb.Cells[2].ExecutionCount != nil {
		t.Error("a cell after the failure ran")
	}
	if !strings.Contains(echo, "ZeroDivisionError") {
		t.Errorf("traceback not shown:\n%s", echo)
	}
}

func TestRunAllowErrorsAndTag(t *testing.T) {
	argv := ipykernelArgv(t)
	nb := codeNotebook("1/0", "raise KeyError('k')", "print('after')")
	nb.Cells[0].Metadata = map[string]any{"tags": []any{"raises-exception"}}
	err, _ := runWith(t, nb, RunOptions{Argv: argv, AllowErrors: true})
	var ce *CellError
	if !errors.As(err, &ce) || ce.Index != 1 {
		t.Fatalf("want only cell 2 reported as failed, got %v", err)
	}
	if strings.Contains(err.Error(), "ZeroDivision") {
		t.Errorf("the tagged cell counted as a failure: %v", err)
	}
	if len(nb.Cells[2].Outputs) != 1 || nb.Cells[2].Outputs[0].Text != "after\n" {
		t.Errorf("the run did not go on after the error: %+v", nb.Cells[2].Outputs)
	}

	// The tag alone lets the run go on, and then nothing failed; a cell
	// tagged skip-execution is not run.
	nb = codeNotebook("1/0", "print('after')", "print('skipped')")
	nb.Cells[0].Metadata = map[string]any{"tags": []any{"raises-exception"}}
	nb.Cells[2].Metadata = map[string]any{"tags": []any{"skip-execution"}}
	if err, echo := runWith(t, nb, RunOptions{Argv: argv}); err != nil || nb.Cells[1].Outputs[0].Text != "after\n" {
		t.Errorf("tagged failure: %v\n%s", err, echo)
	}
	if nb.Cells[2].ExecutionCount != nil {
		t.Error("the skip-execution cell ran")
	}
}

func TestRunTimeoutInterrupts(t *testing.T) {
	argv := ipykernelArgv(t)
	nb := codeNotebook("import time\nprint('start', flush=True)\ntime.sleep(120)", "print('never')")
	err, _ := runWith(t, nb, RunOptions{Argv: argv, Timeout: 3 * time.Second})
	if err == nil || !strings.Contains(err.Error(), "timed out after 3s") {
		t.Fatalf("err = %v", err)
	}
	o := nb.Cells[0].Outputs
	if len(o) == 0 || o[0].Text != "start\n" {
		t.Errorf("outputs before the timeout lost: %+v", o)
	}
	// The kernel was interrupted, not left running the cell: its
	// KeyboardInterrupt is recorded.
	if last := o[len(o)-1]; last.Type != "error" || last.EName != "KeyboardInterrupt" {
		t.Errorf("last output %+v, want the KeyboardInterrupt error", last)
	}
	if nb.Cells[0].ExecutionCount == nil {
		t.Error("the interrupted cell has no execution count")
	}
	if nb.Cells[1].ExecutionCount != nil {
		t.Error("ran a cell after the timeout")
	}
}

func TestRunKernelThatDoesNotStart(t *testing.T) {
	nb := codeNotebook("1")
	err := Run(context.Background(), nb, RunOptions{Argv: []string{"/nonexistent/kernel", "-f", "{connection_file}"}})
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/kernel") {
		t.Errorf("err = %v", err)
	}
}

func TestParseRunArgs(t *testing.T) {
	ra, err := parseRunArgs([]string{"a.ipynb", "-o", "b.ipynb", "--timeout", "30s", "--allow-errors"})
	if err != nil || ra.in != "a.ipynb" || ra.out != "b.ipynb" || ra.timeout != 30*time.Second || !ra.allowErrors {
		t.Errorf("%+v %v", ra, err)
	}
	// Nothing is saved unless asked, as with `jupyter execute`.
	ra, err = parseRunArgs([]string{"--timeout=1m", "a.ipynb"})
	if err != nil || ra.out != "" || ra.timeout != time.Minute {
		t.Errorf("%+v %v", ra, err)
	}
	ra, err = parseRunArgs([]string{"a.ipynb", "--inplace"})
	if err != nil || ra.out != "a.ipynb" {
		t.Errorf("--inplace: %+v %v", ra, err)
	}
	for _, bad := range [][]string{{}, {"a", "b"}, {"a", "--timeout", "soon"}, {"a", "-o"}, {"a", "--frobnicate"}, {"a", "--timeout=-1s"}, {"a", "--inplace", "-o", "b"}, {"a", "--inplace=yes"}} {
		if _, err := parseRunArgs(bad); err == nil {
			t.Errorf("parseRunArgs(%q) accepted", bad)
		}
	}
}

// `gokernel run` with a bad notebook path or a bad notebook says so and
// changes nothing.
func TestRunMainBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.ipynb")
	os.WriteFile(bad, []byte(`{"nbformat": 3}`), 0o644)
	for _, args := range [][]string{{filepath.Join(dir, "missing.ipynb")}, {bad}} {
		var out, errOut bytes.Buffer
		if code := runMain(args, &out, &errOut); code != 1 || errOut.Len() == 0 {
			t.Errorf("run %q: exit %d, stderr %q", args, code, errOut.String())
		}
	}
	if data, _ := os.ReadFile(bad); string(data) != `{"nbformat": 3}` {
		t.Errorf("bad notebook was rewritten: %s", data)
	}
	var out, errOut bytes.Buffer
	if code := runMain([]string{"--nope"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "usage:") {
		t.Errorf("bad flag: exit %d, %q", code, errOut.String())
	}
}
