package browsertest

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// A minimal W3C WebDriver client for chromedriver.

type driver struct {
	t       *testing.T
	url     string // http://127.0.0.1:PORT/session/ID
	cmd     *exec.Cmd
	shots   string // screenshot directory
	counter int
}

// freePort is a TCP port of the loopback interface nobody listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startBrowser starts chromedriver and a headless chromium session.
func startBrowser(t *testing.T, chromedriver, chromium, shots string) *driver {
	t.Helper()
	port := freePort(t)
	cmd := exec.Command(chromedriver, "--port="+strconv.Itoa(port))
	logf, _ := os.Create(filepath.Join(shots, "chromedriver.log"))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	d := &driver{t: t, cmd: cmd, shots: shots}
	t.Cleanup(func() {
		if d.url != "" {
			req, _ := http.NewRequest(http.MethodDelete, d.url, nil)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}
		cmd.Process.Kill()
		cmd.Wait()
		logf.Close()
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(base + "/status")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chromedriver did not start: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{
			"binary": chromium,
			"args": []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,1024", "--user-data-dir=" + filepath.Join(shots, "profile")},
		},
	}}}
	var created struct {
		SessionID string `json:"sessionId"`
	}
	d.do(http.MethodPost, base+"/session", caps, &created)
	d.url = base + "/session/" + created.SessionID
	d.do(http.MethodPost, d.url+"/timeouts", map[string]any{"script": 60000, "pageLoad": 60000}, nil)
	return d
}

// do sends one command; result receives the response's "value".
func (d *driver) do(method, url string, body any, result any) {
	d.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, url, r)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatalf("webdriver %s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	var out struct {
		Value json.RawMessage `json:"value"`
	}
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, &out); err != nil {
		d.t.Fatalf("webdriver %s %s: %v: %.300s", method, url, err, data)
	}
	if resp.StatusCode != http.StatusOK {
		d.t.Fatalf("webdriver %s %s: %s: %.1000s", method, url, resp.Status, out.Value)
	}
	if result != nil {
		if err := json.Unmarshal(out.Value, result); err != nil {
			d.t.Fatalf("webdriver %s %s: %v: %.300s", method, url, err, out.Value)
		}
	}
}

func (d *driver) open(url string) {
	d.t.Helper()
	d.do(http.MethodPost, d.url+"/url", map[string]any{"url": url}, nil)
}

// js runs script (a function body; arguments in `arguments`) in the page
// and decodes its result into result.
func (d *driver) js(result any, script string, args ...any) {
	d.t.Helper()
	if args == nil {
		args = []any{}
	}
	d.do(http.MethodPost, d.url+"/execute/sync", map[string]any{"script": script, "args": args}, result)
}

// jsAsync runs script, which must call arguments[arguments.length-1]
// with its result.
func (d *driver) jsAsync(result any, script string, args ...any) {
	d.t.Helper()
	if args == nil {
		args = []any{}
	}
	d.do(http.MethodPost, d.url+"/execute/async", map[string]any{"script": script, "args": args}, result)
}

// waitJS polls script until it returns true.
func (d *driver) waitJS(what string, timeout time.Duration, script string, args ...any) {
	d.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var ok bool
		d.js(&ok, script, args...)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			d.screenshot("timeout")
			d.t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// press presses keys together in the focused element, as the learner
// does (WebDriver key codes: \ue004 Tab, \ue008 Shift).
func (d *driver) press(keys ...string) {
	d.t.Helper()
	var acts []any
	for _, k := range keys {
		acts = append(acts, map[string]any{"type": "keyDown", "value": k})
	}
	for i := len(keys) - 1; i >= 0; i-- {
		acts = append(acts, map[string]any{"type": "keyUp", "value": keys[i]})
	}
	d.do(http.MethodPost, d.url+"/actions", map[string]any{"actions": []any{map[string]any{
		"type": "key", "id": "keyboard", "actions": acts}}}, nil)
	d.do(http.MethodDelete, d.url+"/actions", nil, nil)
}

// click clicks, with the mouse, the first visible element that matches
// the CSS selector css; it reports false if there is none.
func (d *driver) click(css string) bool {
	d.t.Helper()
	var ids []map[string]string
	d.do(http.MethodPost, d.url+"/elements", map[string]any{"using": "css selector", "value": css}, &ids)
	for _, el := range ids {
		var id string
		for _, v := range el { // the one key is the W3C element identifier
			id = v
		}
		var shown bool
		d.do(http.MethodGet, d.url+"/element/"+id+"/displayed", nil, &shown)
		if shown {
			d.do(http.MethodPost, d.url+"/element/"+id+"/click", map[string]any{}, nil)
			return true
		}
	}
	return false
}

// screenshot saves the page as NN-name.png in the artifacts directory.
func (d *driver) screenshot(name string) string {
	d.t.Helper()
	var b64 string
	d.do(http.MethodGet, d.url+"/screenshot", nil, &b64)
	png, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		d.t.Fatal(err)
	}
	d.counter++
	path := filepath.Join(d.shots, fmt.Sprintf("%02d-%s.png", d.counter, name))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		d.t.Fatal(err)
	}
	d.t.Logf("screenshot %s", path)
	return path
}
