package server_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"runtime"
	"strings"
	"testing"

	"gokernel/kernel/client"
	"gokernel/kernel/wire"
)

func TestKernelInfo(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	for _, channel := range []string{client.Shell, client.Control} {
		m, err := k.Request(ctx, channel, "kernel_info_request", nil)
		if err != nil {
			t.Fatal(err)
		}
		if m.Header.MsgType != "kernel_info_reply" {
			t.Fatalf("%s: reply type %s", channel, m.Header.MsgType)
		}
		info := content(t, m)
		want := map[string]any{"status": "ok", "protocol_version": "5.4", "implementation": "gokernel"}
		for key, v := range want {
			if info[key] != v {
				t.Errorf("%s: %s = %v, want %v", channel, key, info[key], v)
			}
		}
		if s, _ := info["implementation_version"].(string); s == "" {
			t.Errorf("no implementation_version")
		}
		if s, _ := info["banner"].(string); s == "" {
			t.Errorf("no banner")
		}
		if links, _ := info["help_links"].([]any); len(links) < 2 {
			t.Errorf("help_links = %v", info["help_links"])
		}
		li, _ := info["language_info"].(map[string]any)
		wantLang := map[string]any{
			"name": "go", "version": strings.TrimPrefix(runtime.Version(), "go"), "mimetype": "text/x-go",
			"file_extension": ".go", "pygments_lexer": "go", "codemirror_mode": "go",
		}
		for key, v := range wantLang {
			if li[key] != v {
				t.Errorf("language_info.%s = %v, want %v", key, li[key], v)
			}
		}
	}
	if err := k.Heartbeat(ctx); err != nil {
		t.Errorf("heartbeat: %v", err)
	}
}

// Every request, on shell and control, is wrapped in status busy and idle
// with the request as parent.
func TestStatusAroundRequests(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	for _, channel := range []string{client.Shell, client.Control} {
		call, err := k.Send(channel, "kernel_info_request", nil)
		if err != nil {
			t.Fatal(err)
		}
		_, pub, err := call.Wait(ctx, nil, nil)
		call.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(types(pub), " "); got != "status:busy status:idle" {
			t.Errorf("%s: IOPub %s", channel, got)
		}
		for _, m := range pub {
			if m.Parent.MsgID != call.ID || m.Parent.MsgType != "kernel_info_request" {
				t.Errorf("%s: parent %+v", channel, m.Parent)
			}
		}
	}
}

func TestComms(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	m, err := k.Request(ctx, client.Shell, "comm_info_request", map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	info := content(t, m)
	if comms, ok := info["comms"].(map[string]any); !ok || len(comms) != 0 || info["status"] != "ok" {
		t.Errorf("comm_info_reply %v", info)
	}

	call, err := k.Send(client.Shell, "comm_open", map[string]any{"comm_id": "c-1", "target_name": "no.such.target", "data": map[string]any{}})
	if err != nil {
		t.Fatal(err)
	}
	pub := waitIdle(t, call)
	var closed bool
	for _, m := range pub {
		if m.Header.MsgType == "comm_close" {
			closed = content(t, m)["comm_id"] == "c-1"
		}
	}
	if !closed {
		t.Errorf("comm_open to an unknown target: IOPub %v, want comm_close of c-1", types(pub))
	}

	// comm_msg and comm_close of unknown comms are ignored: no reply.
	for _, typ := range []string{"comm_msg", "comm_close"} {
		call, err := k.Send(client.Shell, typ, map[string]any{"comm_id": "c-2", "data": map[string]any{}})
		if err != nil {
			t.Fatal(err)
		}
		waitIdle(t, call)
		assertNoReply(t, k, call)
	}
}

// waitIdle waits for the IOPub status idle of a request that gets no reply.
func waitIdle(t *testing.T, call *client.Call) []*wire.Message {
	t.Helper()
	pub, err := call.WaitIdle(testContext(t))
	if err != nil {
		t.Fatalf("no idle for %s: %v", call.Request.Header.MsgType, err)
	}
	return pub
}

// assertNoReply proves that call got no reply: a kernel_info request sent
// after it on the same socket is answered, and shell replies come in order.
func assertNoReply(t *testing.T, k *kernel, call *client.Call) {
	t.Helper()
	if _, err := k.KernelInfo(testContext(t)); err != nil {
		t.Fatal(err)
	}
	defer call.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // Reply returns a reply already received, else fails at once
	if m, err := call.Reply(ctx); err == nil {
		t.Errorf("%s got a reply %s", call.Request.Header.MsgType, m.Header.MsgType)
	}
}

func TestUnknownMessageIgnored(t *testing.T) {
	k := startKernel(t)
	call, err := k.Send(client.Shell, "frobnicate_request", map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	waitIdle(t, call)
	assertNoReply(t, k, call)
	if !strings.Contains(k.log.String(), "frobnicate_request") {
		t.Errorf("unknown type not logged; log:\n%s", k.log.String())
	}
}

// Messages with a bad signature, malformed frames or bad JSON are dropped
// with a log line and never executed; the kernel keeps serving.
func TestBadMessagesDropped(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	tap := k.Tap()
	defer tap.Close()

	good, err := k.Message("execute_request", client.ExecuteContent(`forged := "ran"`, client.ExecOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	forged, err := wire.NewSigner("not the key").Encode(good)
	if err != nil {
		t.Fatal(err)
	}
	unsigned, err := wire.NewSigner("").Encode(good)
	if err != nil {
		t.Fatal(err)
	}
	valid, err := k.Signer().Encode(good)
	if err != nil {
		t.Fatal(err)
	}
	badJSON := resign(k, valid, 4, []byte(`{"code": "forged := 1"`)) // content cut short
	badHeader := resign(k, valid, 1, []byte(`["not", "a", "header"]`))
	notObject := resign(k, valid, 4, []byte(`"forged := 1"`))
	cases := map[string][][]byte{
		"bad signature":     forged,
		"no signature":      unsigned,
		"no delimiter":      valid[1:],
		"too few frames":    valid[:4],
		"content bad JSON":  badJSON,
		"header bad JSON":   badHeader,
		"content not a map": notObject,
		"empty":             {{}},
	}
	for name, frames := range cases {
		if err := k.SendFrames(client.Shell, frames); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if err := k.SendFrames(client.Control, forged); err != nil {
		t.Fatal(err)
	}
	// The shell reader handles messages in order: once this is answered,
	// everything above has been read and judged.
	if _, err := k.KernelInfo(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Request(ctx, client.Control, "kernel_info_request", nil); err != nil {
		t.Fatal(err)
	}
	res := run(t, k.Client, `forged`, client.ExecOptions{})
	if res.Status != "error" {
		t.Errorf("a dropped message ran: forged = %q", res.Text())
	}
	for {
		m, err := tap.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.Parent != nil && m.Parent.MsgID == good.Header.MsgID {
			t.Errorf("IOPub %s for a dropped message", m.Header.MsgType)
		}
		if m.Parent != nil && m.Parent.MsgID == res.Reply.Parent.MsgID && m.Header.MsgType == "status" && content(t, m)["execution_state"] == "idle" {
			break
		}
	}
	if n := strings.Count(k.log.String(), "dropped"); n < len(cases) {
		t.Errorf("%d drop log lines for %d bad messages; log:\n%s", n, len(cases), k.log.String())
	}
}

// resign replaces frame i after the delimiter (1 header ... 4 content) and
// signs the result with the right key, so only the content is wrong.
func resign(k *kernel, frames [][]byte, i int, frame []byte) [][]byte {
	out := append([][]byte(nil), frames...)
	d := 0
	for d < len(out) && string(out[d]) != string(wire.Delimiter) {
		d++
	}
	out[d+1+i] = frame
	mac := hmac.New(sha256.New, []byte(k.ConnectionInfo().Key))
	for _, p := range out[d+2 : d+6] {
		mac.Write(p)
	}
	out[d+1] = []byte(hex.EncodeToString(mac.Sum(nil)))
	return out
}

// With an empty key the client signs nothing (empty signature frames) and
// the kernel serves it.
func TestUnsignedConnection(t *testing.T) {
	ctx := testContext(t)
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"}, client.LaunchOptions{Dir: t.TempDir(), Unsigned: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	res := mustRun(t, c, `1 + 1`)
	if res.Text() != "2" {
		t.Errorf("result %q", res.Text())
	}
}

// TestIPCTransport serves a kernel over Unix sockets (transport "ipc"),
// as jupyter_client does with --transport=ipc.
func TestIPCTransport(t *testing.T) {
	ctx := testContext(t)
	dir := t.TempDir()
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"}, client.LaunchOptions{Dir: dir, IPC: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if res := mustRun(t, c, `6 * 7`); res.Text() != "42" {
		t.Errorf("result %q", res.Text())
	}
	if _, err := os.Stat(c.ConnectionInfo().IP + "-1"); err != nil {
		t.Errorf("shell is not on a Unix socket: %v", err)
	}
}

func TestTwoClients(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	other, err := client.Connect(k.ConnectionInfo())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	tapA, tapB := k.Tap(), other.Tap()
	defer tapA.Close()
	defer tapB.Close()

	a := mustRun(t, k.Client, `shared := "from A"`)
	b := mustRun(t, other, `shared + " seen by B"`)
	if b.Text() != `"from A seen by B"` {
		t.Errorf("B's result %q", b.Text())
	}
	if a.Reply.Parent.Session != k.Session || b.Reply.Parent.Session != other.Session {
		t.Errorf("replies crossed: A's parent session %s, B's %s", a.Reply.Parent.Session, b.Reply.Parent.Session)
	}
	// Both clients see the IOPub traffic of both cells.
	for name, tap := range map[string]*client.Tap{"A": tapA, "B": tapB} {
		seen := map[string]bool{}
		for !seen[a.Reply.Parent.MsgID] || !seen[b.Reply.Parent.MsgID] {
			m, err := tap.Next(ctx)
			if err != nil {
				t.Fatalf("client %s: %v", name, err)
			}
			if m.Header.MsgType == "execute_input" {
				seen[m.Parent.MsgID] = true
			}
		}
	}
}

func TestHistory(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	cells := []string{`a := 1`, `b := a + 1`, `fmt.Sprint(a + b)`, `a + b`}
	mustRun(t, k.Client, `import "fmt"`) // line 1
	for _, c := range cells {            // lines 2-5
		mustRun(t, k.Client, c)
	}
	run(t, k.Client, `notStored := 1`, client.ExecOptions{NoHistory: true})

	history := func(req map[string]any) [][]any {
		t.Helper()
		m, err := k.Request(ctx, client.Shell, "history_request", req)
		if err != nil {
			t.Fatal(err)
		}
		var r struct {
			Status  string  `json:"status"`
			History [][]any `json:"history"`
		}
		if err := json.Unmarshal(m.Content, &r); err != nil || r.Status != "ok" {
			t.Fatalf("history_reply %s: %v", m.Content, err)
		}
		return r.History
	}
	line := func(e []any) (session, n int, input any) {
		return int(e[0].(float64)), int(e[1].(float64)), e[2]
	}

	tail := history(map[string]any{"hist_access_type": "tail", "n": 2, "output": false, "raw": true})
	if len(tail) != 2 {
		t.Fatalf("tail 2: %v", tail)
	}
	for i, e := range tail {
		s, n, in := line(e)
		if s < 1 || n != 4+i || in != cells[2+i] {
			t.Errorf("tail[%d] = %v, want line %d %q", i, e, 4+i, cells[2+i])
		}
	}

	rng := history(map[string]any{"hist_access_type": "range", "session": 0, "start": 2, "stop": 4, "output": true, "raw": true})
	if len(rng) != 2 {
		t.Fatalf("range 2-4: %v", rng)
	}
	for i, e := range rng {
		_, n, pair := line(e)
		io, ok := pair.([]any)
		if n != 2+i || !ok || len(io) != 2 || io[0] != cells[i] {
			t.Errorf("range[%d] = %v", i, e)
		}
	}
	out := history(map[string]any{"hist_access_type": "range", "session": 0, "start": 5, "stop": 6, "output": true, "raw": true})
	if len(out) != 1 || out[0][2].([]any)[1] != "3" {
		t.Errorf("range with output of a + b: %v", out)
	}

	found := history(map[string]any{"hist_access_type": "search", "pattern": "*a + b*", "output": false, "raw": true})
	if len(found) != 2 {
		t.Errorf("search *a + b*: %v", found)
	}
	for _, e := range history(map[string]any{"hist_access_type": "tail", "n": 100, "output": false, "raw": true}) {
		if _, _, in := line(e); in == "notStored := 1" {
			t.Errorf("store_history=false cell in history")
		}
	}
}

// A signed message sent a second time is dropped with a log line: the
// captured frames of an `n++` cell, replayed, leave n incremented once.
func TestReplayedMessageDropped(t *testing.T) {
	k := startKernel(t)
	ctx := testContext(t)
	mustRun(t, k.Client, "n := 0")
	msg, err := k.Message("execute_request", client.ExecuteContent("n++", client.ExecOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	frames, err := k.Signer().Encode(msg) // what goes over the wire
	if err != nil {
		t.Fatal(err)
	}
	call, err := k.SendMessage(client.Shell, msg)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := call.Wait(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	call.Close()
	for range 2 {
		if err := k.SendFrames(client.Shell, frames); err != nil {
			t.Fatal(err)
		}
	}
	if err := k.SendFrames(client.Control, frames); err != nil {
		t.Fatal(err)
	}
	// Shell is served in order: a replay that got through runs before this.
	if res := mustRun(t, k.Client, "n"); res.Text() != "1" {
		t.Errorf("n = %s after one n++ and three replays of it, want 1", res.Text())
	}
	if got := strings.Count(k.log.String(), "duplicate signature"); got != 3 {
		t.Errorf("%d duplicate-signature log lines for 3 replays; log:\n%s", got, k.log.String())
	}
}
