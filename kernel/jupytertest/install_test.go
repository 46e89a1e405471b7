package jupytertest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/client"
)

// `go run . install` copies go run's temporary binary into the spec, so the
// kernel starts from the spec after go run's build directory is gone.
func TestGoRunInstall(t *testing.T) {
	needGokernel(t)
	prefix := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := command(ctx, "go", "run", ".", "install", "--prefix", prefix)
	cmd.Dir = moduleRoot
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run . install: %v\n%s", err, out)
	}
	specDir := filepath.Join(prefix, "share", "jupyter", "kernels", "gokernel")
	if !strings.Contains(string(out), specDir) {
		t.Errorf("install did not say where it installed:\n%s", out)
	}
	data, err := os.ReadFile(filepath.Join(specDir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Argv []string `json:"argv"`
	}
	if err := json.Unmarshal(data, &spec); err != nil {
		t.Fatal(err)
	}
	if len(spec.Argv) != 3 || spec.Argv[0] != filepath.Join(specDir, "gokernel") {
		t.Fatalf("argv %q does not run the copied binary", spec.Argv)
	}

	c, err := client.Launch(ctx, spec.Argv, client.LaunchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := c.Execute(ctx, "20 + 22", client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Text() != "42" {
		t.Fatalf("the installed kernel computes %q, want 42 (%+v)", res.Text(), res.Error)
	}
}

// Reinstalling while a kernel runs from the spec neither fails (ETXTBSY)
// nor disturbs that kernel.
func TestReinstallWhileRunning(t *testing.T) {
	needGokernel(t)
	prefix := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	install := func() {
		t.Helper()
		if out, err := command(ctx, binary, "install", "--prefix", prefix).CombinedOutput(); err != nil {
			t.Fatalf("gokernel install: %v\n%s", err, out)
		}
	}
	install()
	installed := filepath.Join(prefix, "share", "jupyter", "kernels", "gokernel", "gokernel")
	c, err := client.Launch(ctx, []string{installed, "-f", "{connection_file}"}, client.LaunchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Execute(ctx, "y := 21", client.ExecOptions{}); err != nil {
		t.Fatal(err)
	}
	install()
	res, err := c.Execute(ctx, "y * 2", client.ExecOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Text() != "42" {
		t.Errorf("the running kernel answers %q after the reinstall, want 42 (%+v)", res.Text(), res.Error)
	}
}
