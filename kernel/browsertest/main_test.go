package browsertest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// env is what every browser test shares: the kernel installed into a
// temporary Jupyter prefix, and the environment that makes Jupyter use
// only that prefix.
type env struct {
	tmp, moduleRoot string
	jupyterEnv      []string
	err             error
}

var (
	setupOnce sync.Once
	shared    env
)

func setup(t *testing.T) *env {
	t.Helper()
	setupOnce.Do(func() {
		tmp, err := os.MkdirTemp("", "gokernel-browsertest-")
		if err != nil {
			shared.err = err
			return
		}
		shared.tmp = tmp
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			shared.err = fmt.Errorf("go env GOMOD: %v", err)
			return
		}
		shared.moduleRoot = filepath.Dir(strings.TrimSpace(string(out)))
		prefix := filepath.Join(tmp, "prefix")
		shared.jupyterEnv = append(os.Environ(),
			"JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"),
			"JUPYTER_DATA_DIR="+filepath.Join(tmp, "data"),
			"JUPYTER_CONFIG_DIR="+filepath.Join(tmp, "config"),
			"JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"),
			"JUPYTER_NO_CONFIG=1",
		)
		bin := filepath.Join(tmp, "bin", "gokernel")
		build := exec.Command("go", "build", "-o", bin, ".")
		build.Dir = shared.moduleRoot
		if out, err := build.CombinedOutput(); err != nil {
			shared.err = fmt.Errorf("go build: %v\n%s", err, out)
		} else if out, err := exec.Command(bin, "install", "--prefix", prefix).CombinedOutput(); err != nil {
			shared.err = fmt.Errorf("gokernel install --prefix: %v\n%s", err, out)
		}
	})
	if shared.err != nil {
		if os.Getenv("GOKERNEL_REQUIRE_BINARY") == "1" {
			t.Fatal(shared.err)
		}
		t.Skip(shared.err)
	}
	return &shared
}

// need skips (or fails under GOKERNEL_REQUIRE_BROWSER=1) when ok is false.
func need(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("GOKERNEL_REQUIRE_BROWSER") == "1" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// browser finds chromium and chromedriver, or skips.
func browser(t *testing.T) (chromium, chromedriver string) {
	t.Helper()
	for _, c := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(c); err == nil {
			chromium = p
			break
		}
	}
	chromedriver, _ = exec.LookPath("chromedriver")
	need(t, chromium != "" && chromedriver != "", "no headless browser: apt-get install chromium chromium-driver")
	return chromium, chromedriver
}

// artifacts is where the test's screenshots go: $GOKERNEL_ARTIFACTS/NAME
// or a temporary directory (kept, and printed).
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("GOKERNEL_ARTIFACTS")
	if dir == "" {
		d, err := os.MkdirTemp("", "gokernel-screenshots-")
		if err != nil {
			t.Fatal(err)
		}
		dir = d
	}
	dir = filepath.Join(dir, t.Name())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots and logs in %s", dir)
	return dir
}

// server runs a Jupyter server command until the test ends and returns
// its base URL once it answers.
func server(t *testing.T, e *env, logDir, dir string, name string, args ...string) (base string, token string) {
	t.Helper()
	port := freePort(t)
	token = "gokernel-test-token"
	args = append(args, "--port="+strconv.Itoa(port))
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = e.jupyterEnv
	logf, err := os.Create(filepath.Join(logDir, "server.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// Shut down kernels first (the server's kernels die with it on
		// SIGTERM as well, but not instantly).
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			// jupyter_server asks for confirmation on the first SIGINT
			cmd.Process.Signal(os.Interrupt)
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				cmd.Process.Kill()
				<-done
			}
		}
		logf.Close()
	})
	base = fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/api/kernelspecs?token=" + token)
		if err == nil {
			var specs struct {
				Kernelspecs map[string]any `json:"kernelspecs"`
			}
			json.NewDecoder(resp.Body).Decode(&specs)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				if specs.Kernelspecs["gokernel"] == nil {
					t.Fatalf("the server does not list the gokernel kernelspec: %v", specs.Kernelspecs)
				}
				return base, token
			}
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(logDir, "server.log"))
			t.Fatalf("%s did not answer: %v\n%s", name, err, log)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// The late-output notebook: its second cell starts a goroutine, a thread
// and a process that print after it ended, while the third cell runs.
var lateCells = []string{
	"import (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc lateProcess() {\n\ttime.Sleep(1500 * time.Millisecond)\n\tfmt.Println(\"late process output\")\n}",
	"fmt.Println(\"starting background work\")\ngo func() {\n\ttime.Sleep(1500 * time.Millisecond)\n\tfmt.Println(\"late goroutine output\")\n}()\nthreads.Start(func() {\n\ttime.Sleep(1500 * time.Millisecond)\n\tfmt.Println(\"late thread output\")\n})\nif _, err := processes.Start(lateProcess); err != nil {\n\tpanic(err)\n}",
	"time.Sleep(4 * time.Second)\nfmt.Println(\"second cell done\")",
	"fmt.Println(\"third cell\")",
}

var lateLines = []string{"late goroutine output", "late thread output", "late process output"}

// writeNotebook writes a Go notebook of code cells.
func writeNotebook(t *testing.T, path string, cells []string) {
	t.Helper()
	var cs []map[string]any
	for _, c := range cells {
		cs = append(cs, map[string]any{"cell_type": "code", "metadata": map[string]any{}, "source": c,
			"outputs": []any{}, "execution_count": nil})
	}
	nb := map[string]any{"nbformat": 4, "nbformat_minor": 5, "cells": cs, "metadata": map[string]any{
		"kernelspec":    map[string]any{"name": "gokernel", "display_name": "Go", "language": "go"},
		"language_info": map[string]any{"name": "go"},
	}}
	b, _ := json.MarshalIndent(nb, "", " ")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyNotebook copies a course notebook with its outputs cleared.
func copyNotebook(t *testing.T, e *env, name, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(e.moduleRoot, "notebooks", name))
	if err != nil {
		t.Fatal(err)
	}
	var nb map[string]any
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatal(err)
	}
	for _, c := range nb["cells"].([]any) {
		cell := c.(map[string]any)
		if cell["cell_type"] == "code" {
			cell["outputs"] = []any{}
			cell["execution_count"] = nil
		}
	}
	b, _ = json.Marshal(nb)
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkLate checks the outputs (texts of the code cells, in order) of the
// late-output notebook.
func checkLate(t *testing.T, outputs []string) {
	t.Helper()
	if len(outputs) != len(lateCells) {
		t.Fatalf("%d cells, want %d", len(outputs), len(lateCells))
	}
	for _, l := range lateLines {
		if !strings.Contains(outputs[1], l) {
			t.Errorf("%q is not under the cell that started the work; outputs: %q", l, outputs)
		}
	}
	if strings.TrimSpace(outputs[2]) != "second cell done" || strings.TrimSpace(outputs[3]) != "third cell" {
		t.Errorf("later cells' outputs: %q", outputs[2:])
	}
}

// courseNotebook is the course notebook each front end runs with Run All:
// threads (E1-E3), under 10 s.
const courseNotebook = "01-threads.ipynb"
