package display_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"sync"
	"testing"

	"gokernel/runtime/display"
	"gokernel/runtime/session"
)

// record installs an emitter (as the kernel does) and returns what it got.
func record(t *testing.T) func() []session.Output {
	var mu sync.Mutex
	var got []session.Output
	session.SetEmitter(func(o session.Output) { mu.Lock(); got = append(got, o); mu.Unlock() })
	t.Cleanup(func() { session.SetEmitter(nil) })
	return func() []session.Output {
		mu.Lock()
		defer mu.Unlock()
		return append([]session.Output(nil), got...)
	}
}

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil || !strings.Contains(fmt.Sprint(r), want) {
			t.Fatalf("panic %v, want one containing %q", r, want)
		}
	}()
	f()
}

func TestKinds(t *testing.T) {
	got := record(t)
	session.SetCurrentCell("c1")
	png := []byte("\x89PNG\r\n\x1a\nrest-of-image")
	display.HTML("<b>bold</b> &amp; more")
	display.Markdown("# Title")
	display.SVG(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`)
	display.PNG(png)
	display.JSON(struct {
		Name  string
		Count int `json:"count"`
	}{"T1", 3})
	display.Text("plain")
	display.Clear(true)
	out := got()
	if len(out) != 7 {
		t.Fatalf("%d outputs", len(out))
	}
	want := []map[string]any{
		{"text/html": "<b>bold</b> &amp; more", "text/plain": "bold & more"},
		{"text/markdown": "# Title", "text/plain": "# Title"},
		{"image/svg+xml": `<svg xmlns="http://www.w3.org/2000/svg"></svg>`, "text/plain": "<SVG image>"},
		{"image/png": base64.StdEncoding.EncodeToString(png), "text/plain": "<PNG image, 21 bytes>"},
		{"application/json": map[string]any{"Name": "T1", "count": 3.0}, "text/plain": "{\n  \"Name\": \"T1\",\n  \"count\": 3\n}"},
		{"text/plain": "plain"},
	}
	ids := map[string]bool{}
	for i, w := range want {
		o := out[i]
		if o.Kind != "display" || o.Cell != "c1" || o.DisplayID == "" || ids[o.DisplayID] {
			t.Fatalf("output %d: kind %q cell %q id %q", i, o.Kind, o.Cell, o.DisplayID)
		}
		ids[o.DisplayID] = true
		if fmt.Sprint(o.Data) != fmt.Sprint(w) {
			t.Errorf("output %d:\n got %v\nwant %v", i, o.Data, w)
		}
	}
	if c := out[6]; c.Kind != "clear_output" || !c.Wait {
		t.Fatalf("clear: %+v", c)
	}
}

func TestUpdateKeepsIDAndCell(t *testing.T) {
	got := record(t)
	session.SetCurrentCell("first")
	d := display.Text("0%")
	session.SetCurrentCell("second") // e.g. a thread updates after its cell ended
	d.Update("100%")
	d.UpdateBundle(map[string]any{"text/html": "<b>done</b>", "text/plain": "done"})
	out := got()
	if len(out) != 3 {
		t.Fatalf("%d outputs", len(out))
	}
	for _, o := range out[1:] {
		if o.Kind != "update_display" || o.DisplayID != d.ID() || o.Cell != "first" {
			t.Fatalf("update %+v, display id %s", o, d.ID())
		}
	}
	if out[1].Data["text/plain"] != "100%" || out[2].Data["text/html"] != "<b>done</b>" {
		t.Fatalf("updates %v %v", out[1].Data, out[2].Data)
	}
	mustPanic(t, "Text(...).Update: want a string, got int", func() { d.Update(42) })
	if !d.Shown() || d.String() != "display "+d.ID() {
		t.Fatalf("Shown %v, String %q", d.Shown(), d.String())
	}
	if len(got()) != 3 {
		t.Fatal("a bad update emitted something")
	}
}

func TestBadInput(t *testing.T) {
	got := record(t)
	mustPanic(t, "not a PNG image", func() { display.PNG([]byte("GIF89a")) })
	mustPanic(t, "no <svg> element", func() { display.SVG("<p>x</p>") })
	mustPanic(t, "cannot encode as JSON", func() { display.JSON(map[string]any{"f": func() {}}) })
	mustPanic(t, "not a MIME type", func() { display.Show(map[string]any{"html": "x"}) })
	mustPanic(t, "empty", func() { display.Show(nil) })
	mustPanic(t, "text/html: want a string, got int", func() { display.Show(map[string]any{"text/html": 1}) })
	mustPanic(t, "not base64", func() { display.Show(map[string]any{"image/png": "%%%"}) })
	mustPanic(t, "row 1 has 3 cells, but there are 2 headers", func() {
		display.Table([]string{"a", "b"}, [][]any{{1}, {1, 2, 3}})
	})
	mustPanic(t, "want a map", func() { display.Bar([]int{1}) })
	mustPanic(t, "not a number", func() { display.Bar(map[string]string{"a": "b"}) })
	mustPanic(t, ">= 0", func() { display.Bar(map[string]int{"a": -1}) })
	if n := len(got()); n != 0 {
		t.Fatalf("bad input emitted %d outputs", n)
	}
}

func TestShowBundle(t *testing.T) {
	got := record(t)
	raw := []byte{1, 2, 3}
	display.Show(map[string]any{
		"image/jpeg":                    raw,
		"application/vnd.vegalite+json": map[string]int{"a": 1},
		"text/plain":                    "pic",
	})
	d := got()[0].Data
	if d["image/jpeg"] != base64.StdEncoding.EncodeToString(raw) || fmt.Sprint(d["application/vnd.vegalite+json"]) != "map[a:1]" {
		t.Fatalf("bundle %v", d)
	}
}

func TestTable(t *testing.T) {
	got := record(t)
	d := display.Table([]string{"name", "n"}, [][]any{{"James", 3}, {"<Tom>", 12}, {"Sam"}})
	o := got()[0]
	wantText := "name   n\n-----  --\nJames  3\n<Tom>  12\nSam"
	if o.Data["text/plain"] != wantText {
		t.Fatalf("text:\n%s", o.Data["text/plain"])
	}
	h := o.Data["text/html"].(string)
	if !strings.Contains(h, "<th>name</th><th>n</th>") || !strings.Contains(h, "<td>&lt;Tom&gt;</td><td>12</td>") || !strings.Contains(h, "<td>Sam</td><td></td>") {
		t.Fatalf("html:\n%s", h)
	}
	d.Update([][]any{{"Larry", 4}})
	if u := got()[1]; !strings.Contains(u.Data["text/plain"].(string), "Larry  4") {
		t.Fatalf("update %v", u.Data)
	}
	display.Table(nil, [][]any{{1, 2}})
	if p := got()[2].Data["text/plain"]; p != "1  2" {
		t.Fatalf("headerless %q", p)
	}
}

// E2 reruns: how often each final counter value happened.
func TestBar(t *testing.T) {
	got := record(t)
	outcomes := map[int]int{12: 40, 10: 20, 8: 1, 9: 0}
	d := display.Bar(outcomes)
	o := got()[0]
	want := " 8 | █ 1\n 9 |  0\n10 | ████████████████████ 20\n12 | ████████████████████████████████████████ 40"
	if o.Data["text/plain"] != want {
		t.Fatalf("text:\n%s\nwant:\n%s", o.Data["text/plain"], want)
	}
	if !strings.Contains(o.Data["text/html"].(string), "width:50.0%") {
		t.Fatalf("html %s", o.Data["text/html"])
	}
	d.Update(map[string]float64{"b": 1.5, "a": 3})
	if u := got()[1].Data["text/plain"]; u != "a | ████████████████████████████████████████ 3\nb | ████████████████████ 1.5" {
		t.Fatalf("update:\n%s", u)
	}
	display.Bar(map[string]int{})
	if e := got()[2].Data["text/plain"]; e != "(no counts)" {
		t.Fatalf("empty %q", e)
	}
}
