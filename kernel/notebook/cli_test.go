package notebook

import (
	"bytes"
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

var (
	buildOnce sync.Once
	builtBin  string
	builtErr  error
)

// gokernelBinary builds the real binary once per test run. While the
// packages it needs do not build yet the test skips, unless
// GOKERNEL_REQUIRE_BINARY=1 (as in CI) makes that a failure.
func gokernelBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			builtErr = err
			return
		}
		dir, err := os.MkdirTemp("", "gokernel-notebook-test-")
		if err != nil {
			builtErr = err
			return
		}
		bin := filepath.Join(dir, "gokernel")
		build := exec.Command("go", "build", "-o", bin, ".")
		build.Dir = filepath.Dir(strings.TrimSpace(string(out)))
		if out, err := build.CombinedOutput(); err != nil {
			lines := strings.SplitN(string(out), "\n", 4)
			builtErr = fmt.Errorf("go build: %v\n%s", err, strings.Join(lines[:min(3, len(lines))], "\n"))
			return
		}
		builtBin = bin
	})
	if builtErr != nil {
		if os.Getenv("GOKERNEL_REQUIRE_BINARY") == "1" {
			t.Fatalf("gokernel binary: %v", builtErr)
		}
		t.Skipf("gokernel binary does not build yet (set GOKERNEL_REQUIRE_BINARY=1 to fail instead): %v", builtErr)
	}
	return builtBin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// gokernelRun runs `gokernel run args...` and returns exit code, stdout and
// stderr.
func gokernelRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	bin := gokernelBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{"run"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("gokernel run %q did not finish: %v\n%s\n%s", args, err, stdout.String(), stderr.String())
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

func TestGokernelRunHello(t *testing.T) {
	src := filepath.Join("..", "..", "notebooks", "00-hello.ipynb")
	orig, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "hello.ipynb")
	os.WriteFile(in, orig, 0o644)
	out := filepath.Join(dir, "out.ipynb")

	code, stdout, stderr := gokernelRun(t, in, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"In [1]: import \"fmt\"", "Hello from Go!", "42", "144", "[0 1 4 9 16]", "wrote " + out} {
		if !strings.Contains(stdout, want) {
			t.Errorf("terminal output lacks %q:\n%s", want, stdout)
		}
	}
	if data, _ := os.ReadFile(in); !bytes.Equal(data, orig) {
		t.Error("-o changed the input notebook")
	}
	nb, err := ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{ // cell id -> its one output
		"print":      "stream: Hello from Go!\n",
		"value":      "execute_result: 42",
		"func":       "execute_result: 144",
		"goroutines": "stream: [0 1 4 9 16]\n",
	}
	count := 0
	for _, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		count++
		if c.ExecutionCount == nil || *c.ExecutionCount != count {
			t.Errorf("cell %q execution_count %v, want %d", c.ID, c.ExecutionCount, count)
		}
		var got []string
		for _, o := range c.Outputs {
			text := o.Text
			if o.Type != "stream" {
				text, _ = o.Data["text/plain"].(string)
			}
			got = append(got, o.Type+": "+text)
		}
		if len(got) != 1 || got[0] != want[c.ID] {
			t.Errorf("cell %q outputs %q, want [%q]", c.ID, got, want[c.ID])
		}
	}
	li, _ := nb.Metadata["language_info"].(map[string]any)
	if li["name"] != "go" {
		t.Errorf("language_info %v", li)
	}
	// What Jupyter's own library makes of the file.
	if exec.Command("/usr/bin/python3", "-c", "import nbformat").Run() == nil {
		check := "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))"
		if out, err := exec.Command("/usr/bin/python3", "-c", check, out).CombinedOutput(); err != nil {
			t.Errorf("nbformat rejects the executed notebook: %v\n%s", err, out)
		}
	}
}

func TestGokernelRunStopsOnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fail.ipynb")
	nb := codeNotebook(`import "fmt"`, `panic("boom")`, `fmt.Println("after")`)
	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(path)
	// Without -o or --inplace the outputs are shown and nothing is saved.
	code, stdout, stderr := gokernelRun(t, path)
	if code != 1 || !strings.Contains(stderr, "cell 2 failed") || !strings.Contains(stderr, "boom") || strings.Contains(stdout+stderr, "wrote") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, orig) {
		t.Fatal("gokernel run without --inplace changed the notebook")
	}
	code, stdout, stderr = gokernelRun(t, path, "--inplace")
	if code != 1 || !strings.Contains(stderr, "wrote "+path) {
		t.Fatalf("--inplace: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	back, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if o := back.Cells[1].Outputs; len(o) == 0 || o[len(o)-1].Type != "error" {
		t.Errorf("the failed cell has no error output: %+v", o)
	}
	if back.Cells[2].ExecutionCount != nil {
		t.Error("the cell after the failure ran")
	}

	// With --allow-errors the last cell runs, and the exit code still
	// reports the failure.
	code, _, stderr = gokernelRun(t, path, "--allow-errors", "--inplace")
	back, _ = ReadFile(path)
	if code != 1 || len(back.Cells[2].Outputs) != 1 || back.Cells[2].Outputs[0].Text != "after\n" {
		t.Errorf("--allow-errors: exit %d, last cell %+v\n%s", code, back.Cells[2].Outputs, stderr)
	}
}

func TestGokernelRunTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "loop.ipynb")
	nb := codeNotebook("for {\n}", "1 + 1")
	if err := nb.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := gokernelRun(t, path, "--timeout", "2s")
	if code != 1 || !strings.Contains(stderr, "timed out after 2s") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
