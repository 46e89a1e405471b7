package jupytertest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel/notebook"
)

func TestKernelspecListed(t *testing.T) {
	needGokernel(t)
	if _, err := exec.LookPath("jupyter-kernelspec"); err != nil {
		t.Skip("jupyter kernelspec not installed: apt-get install jupyter-client")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := command(ctx, "jupyter", "kernelspec", "list", "--json").Output()
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Kernelspecs map[string]struct {
			Spec struct {
				Argv []string `json:"argv"`
			} `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &list); err != nil {
		t.Fatal(err)
	}
	argv := list.Kernelspecs["gokernel"].Spec.Argv
	if len(argv) == 0 || !strings.HasPrefix(argv[0], specPrefix) {
		t.Fatalf("jupyter sees gokernel argv %q, want the binary under %s\n%s", argv, specPrefix, out)
	}
}

// observed is what testdata/client_session.py records.
type observed struct {
	Ready      bool `json:"ready"`
	KernelInfo struct {
		Status       string `json:"status"`
		LanguageInfo struct {
			Name string `json:"name"`
		} `json:"language_info"`
	} `json:"kernel_info"`
	Print          execution `json:"print"`
	Value          execution `json:"value"`
	Define         execution `json:"define"`
	AfterInterrupt execution `json:"after_interrupt"`
	AfterRestart   execution `json:"after_restart"`
	Interrupt      struct {
		ParentMatches bool    `json:"parent_matches"`
		Status        string  `json:"status"`
		Seconds       float64 `json:"seconds"`
	} `json:"interrupt"`
	Restart struct {
		NewProcess bool `json:"new_process"`
		OldAlive   bool `json:"old_alive"`
	} `json:"restart"`
	ProcessesBeforeShutdown int   `json:"processes_before_shutdown"`
	LeftAfterShutdown       []int `json:"left_after_shutdown"`
	IsAlive                 bool  `json:"is_alive"`
}

type execution struct {
	Status  string `json:"status"`
	Outputs []struct {
		Type  string `json:"type"`
		Name  string `json:"name"`
		Text  string `json:"text"`
		EName string `json:"ename"`
	} `json:"outputs"`
}

func (e execution) text(typ string) string {
	var s strings.Builder
	for _, o := range e.Outputs {
		if o.Type == typ {
			s.WriteString(o.Text)
		}
	}
	return s.String()
}

// One session as a notebook front end runs it: ready, kernel_info,
// execute, interrupt of an endless cell, restart, shutdown. ipykernel runs
// the same script as a control, so a failure on gokernel is gokernel's.
func TestJupyterClientSession(t *testing.T) {
	needPython(t, "jupyter_client", "python3-jupyter-client")
	plans := map[string]map[string]string{
		"gokernel": {
			"print_code":  "import \"fmt\"\nfmt.Println(\"hi\")",
			"value_code":  "6 * 7",
			"define_code": "x := 41",
			"use_code":    "x + 1",
			"loop_code":   "for {\n}",
		},
		"python3": {
			"print_code":  "print('hi')",
			"value_code":  "6 * 7",
			"define_code": "x = 41",
			"use_code":    "x + 1",
			"loop_code":   "while True: pass",
		},
	}
	for _, name := range []string{"gokernel", "python3"} {
		t.Run(name, func(t *testing.T) {
			if name == "gokernel" {
				needGokernel(t)
			} else {
				needPython(t, "ipykernel", "python3-ipykernel")
			}
			plan, _ := json.Marshal(plans[name])
			out := python(t, 3*time.Minute, string(plan), "client_session.py", name)
			var o observed
			if err := json.Unmarshal(out, &o); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if !o.Ready || o.KernelInfo.Status != "ok" {
				t.Errorf("not ready or kernel_info failed: %+v", o.KernelInfo)
			}
			if want := map[string]string{"gokernel": "go", "python3": "python"}[name]; o.KernelInfo.LanguageInfo.Name != want {
				t.Errorf("language_info.name = %q, want %q", o.KernelInfo.LanguageInfo.Name, want)
			}
			if o.Print.Status != "ok" || o.Print.text("stream") != "hi\n" {
				t.Errorf("print: %+v", o.Print)
			}
			if o.Value.Status != "ok" || o.Value.text("execute_result") != "42" {
				t.Errorf("value: %+v", o.Value)
			}
			if !o.Interrupt.ParentMatches || o.Interrupt.Status != "error" {
				t.Errorf("interrupt of the endless cell: %+v", o.Interrupt)
			}
			if o.AfterInterrupt.Status != "ok" || o.AfterInterrupt.text("execute_result") != "42" {
				t.Errorf("after the interrupt the kernel lost its state or stopped working: %+v", o.AfterInterrupt)
			}
			if !o.Restart.NewProcess || o.Restart.OldAlive {
				t.Errorf("restart: %+v", o.Restart)
			}
			if o.AfterRestart.Status != "error" {
				t.Errorf("x is still defined after the restart: %+v", o.AfterRestart)
			}
			if o.IsAlive || len(o.LeftAfterShutdown) > 0 {
				t.Errorf("after shutdown: alive=%v, processes left %v of %d", o.IsAlive, o.LeftAfterShutdown, o.ProcessesBeforeShutdown)
			}
			if t.Failed() {
				t.Logf("everything client_session.py observed:\n%s", out)
			}
			t.Logf("%s: interrupt answered in %.3fs; %d processes before shutdown", name, o.Interrupt.Seconds, o.ProcessesBeforeShutdown)
		})
	}
}

// Every notebook in notebooks/ runs under nbclient (as `jupyter nbconvert
// --execute` and CI notebook runners do) without an unexpected error.
func TestNbclientNotebooks(t *testing.T) {
	needGokernel(t)
	needPython(t, "nbclient", "python3-nbclient")
	paths, _ := filepath.Glob(filepath.Join(moduleRoot, "notebooks", "*.ipynb"))
	if len(paths) == 0 {
		t.Fatal("no notebooks in notebooks/")
	}
	for _, src := range paths {
		t.Run(filepath.Base(src), func(t *testing.T) {
			dst := filepath.Join(t.TempDir(), "out.ipynb")
			python(t, 5*time.Minute, "", "nbclient_run.py", "gokernel", "120", src, dst)
			nb, err := notebook.ReadFile(dst)
			if err != nil {
				t.Fatal(err)
			}
			for i, c := range nb.Cells {
				if c.Type == "code" && strings.TrimSpace(c.Source) != "" && c.ExecutionCount == nil {
					t.Errorf("cell %d did not run", i+1)
				}
			}
			if filepath.Base(src) == "00-hello.ipynb" {
				checkHello(t, nb)
			}
		})
	}
}

// checkHello checks the outputs of notebooks/00-hello.ipynb by cell id.
func checkHello(t *testing.T, nb *notebook.Notebook) {
	t.Helper()
	want := map[string][2]string{ // cell id -> output type, text
		"print":      {"stream", "Hello from Go!\n"},
		"value":      {"execute_result", "42"},
		"func":       {"execute_result", "144"},
		"goroutines": {"stream", "[0 1 4 9 16]\n"},
	}
	for _, c := range nb.Cells {
		w, ok := want[c.ID]
		if !ok {
			continue
		}
		delete(want, c.ID)
		var got []string
		for _, o := range c.Outputs {
			text := o.Text
			if o.Type != "stream" {
				text, _ = o.Data["text/plain"].(string)
			}
			got = append(got, o.Type+": "+text)
		}
		if len(got) != 1 || got[0] != w[0]+": "+w[1] {
			t.Errorf("cell %q outputs %q, want [%s: %q]", c.ID, got, w[0], w[1])
		}
	}
	for id := range want {
		t.Errorf("00-hello.ipynb has no cell %q", id)
	}
}

// jupyter console, given one cell on stdin after its first prompt, prints
// the cell's output and exits at end of input.
func TestJupyterConsole(t *testing.T) {
	needGokernel(t)
	if _, err := exec.LookPath("jupyter-console"); err != nil {
		t.Skip("jupyter console not installed: apt-get install jupyter-console")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := command(ctx, "jupyter", "console", "--kernel", "gokernel", "--simple-prompt")
	cmd.Dir = t.TempDir()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &promptWatcher{prompt: "In [1]: ", seen: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Type after the prompt, as a person does. jupyter console runs a cell
	// without first making sure its IOPub subscription is live; typed
	// before that, the cell's idle status can be lost and the console
	// waits for it forever. The pause covers that start-up window.
	go func() {
		defer stdin.Close()
		select {
		case <-out.seen:
		case <-ctx.Done():
			return
		}
		time.Sleep(time.Second)
		io.WriteString(stdin, "import \"fmt\"\nfmt.Println(\"console says\", 6*7)\n")
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("jupyter console: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "console says 42") {
		t.Errorf("console output lacks the cell's output:\n%s", out.String())
	}
}

// promptWatcher collects output and closes seen once prompt has appeared.
type promptWatcher struct {
	prompt string
	seen   chan struct{}
	mu     sync.Mutex
	buf    bytes.Buffer
	closed bool
}

func (w *promptWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if !w.closed && strings.Contains(w.buf.String(), w.prompt) {
		w.closed = true
		close(w.seen)
	}
	return len(p), nil
}

func (w *promptWatcher) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}
