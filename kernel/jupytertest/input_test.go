package jupytertest

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A cell that reads stdin, answered with jupyter_client's
// KernelClient.input() (empty parent header, as jupyter console and the
// classic Notebook send it): the unfinished line printed before the read
// is the request's prompt, as Python's input("name? ") makes it, and the
// cell goes on with the answer. ipykernel runs the Python equivalent as
// a control.
func TestInputWithKernelClient(t *testing.T) {
	needPython(t, "jupyter_client", "python3-jupyter-client")
	plans := map[string]map[string]string{
		"gokernel": {"code": "var name string\nfmt.Print(\"name? \")\nfmt.Scanln(&name)\nfmt.Println(\"hello\", name)", "answer": "alice"},
		"python3":  {"code": "name = input(\"name? \")\nprint(\"hello\", name)", "answer": "alice"},
	}
	for _, name := range []string{"gokernel", "python3"} {
		t.Run(name, func(t *testing.T) {
			if name == "gokernel" {
				needGokernel(t)
			} else {
				needPython(t, "ipykernel", "python3-ipykernel")
			}
			plan, _ := json.Marshal(plans[name])
			out := python(t, 2*time.Minute, string(plan), "input_session.py", name)
			var o struct {
				Requests []struct {
					MsgType       string `json:"msg_type"`
					Prompt        string `json:"prompt"`
					ParentMatches bool   `json:"parent_matches"`
				} `json:"requests"`
				Status string   `json:"status"`
				Stdout string   `json:"stdout"`
				Errors []string `json:"errors"`
			}
			if err := json.Unmarshal(out, &o); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if len(o.Requests) != 1 || o.Requests[0].MsgType != "input_request" || !o.Requests[0].ParentMatches || o.Requests[0].Prompt != "name? " {
				t.Errorf("input requests %+v, want one with prompt %q", o.Requests, "name? ")
			}
			if o.Status != "ok" || o.Stdout != "hello alice\n" || len(o.Errors) > 0 {
				t.Errorf("status %s, stdout %q (the prompt belongs beside the box, not in the stream), errors %q", o.Status, o.Stdout, o.Errors)
			}
		})
	}
}

// jupyter console in a real terminal (tmux): the cell's prompt shows once,
// the answer typed after it reaches the cell, as with Python's input().
func TestInputInJupyterConsole(t *testing.T) {
	needGokernel(t)
	for _, p := range []struct{ cmd, pkg string }{{"jupyter-console", "jupyter-console"}, {"tmux", "tmux"}} {
		if _, err := exec.LookPath(p.cmd); err != nil {
			t.Skipf("%s not installed: apt-get install %s", p.cmd, p.pkg)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	// A server of its own, so the test neither sees nor disturbs others.
	sock := filepath.Join(dir, "tmux.sock")
	tmux := func(args ...string) string {
		t.Helper()
		out, err := command(ctx, "tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %q: %v\n%s", args, err, out)
		}
		return string(out)
	}
	env := strings.Join(jupyterEnv, " ")
	tmux("new-session", "-d", "-x", "120", "-y", "40", "-c", dir,
		"env "+env+" jupyter console --kernel gokernel; sleep 600")
	defer command(context.Background(), "tmux", "-S", sock, "kill-server").Run()
	screen := func() string { return tmux("capture-pane", "-p", "-J", "-S", "-200") }
	waitFor := func(what string, ok func(string) bool) string {
		t.Helper()
		for {
			s := screen()
			if ok(s) {
				return s
			}
			select {
			case <-ctx.Done():
				t.Fatalf("waiting for %s; the terminal shows:\n%s", what, s)
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	waitFor("the first prompt", func(s string) bool { return strings.Contains(s, "In [1]:") })
	time.Sleep(time.Second) // see TestJupyterConsole: IOPub must be live first
	tmux("send-keys", "-l", `import "fmt"`)
	tmux("send-keys", "Enter")
	waitFor("the second prompt", func(s string) bool { return strings.Contains(s, "In [2]:") })
	// One line, so the console runs it at once (a multi-line cell would
	// wait for a blank line); the prompt is cut in the source so that
	// only the cell's prompt shows "name? ".
	tmux("send-keys", "-l", `var name string; fmt.Print("na" + "me? "); fmt.Scanln(&name); fmt.Println("hello", name)`)
	tmux("send-keys", "Enter")
	waitFor("the input prompt", func(s string) bool { return strings.Contains(s, "name? ") })
	tmux("send-keys", "-l", "alice")
	tmux("send-keys", "Enter")
	s := waitFor("the answer's output", func(s string) bool { return strings.Contains(s, "hello alice") && strings.Contains(s, "In [3]:") })
	if n := strings.Count(s, "name? "); n != 1 || !strings.Contains(s, "name? alice\n") {
		t.Errorf("the terminal should show %q once, then the cell's output; it shows:\n%s", "name? alice", s)
	}
	if os.Getenv("GOKERNEL_TEST_VERBOSE") != "" {
		t.Logf("terminal:\n%s", s)
	}
}
