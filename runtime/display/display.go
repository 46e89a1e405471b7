// Package display shows rich output in the notebook: HTML, Markdown, SVG,
// PNG, JSON, tables and bar charts. Every function returns a *Display
// whose Update replaces the shown output in place, e.g. for progress.
//
//	d := display.Markdown("**working…**")
//	work()
//	d.Update("**done**")
//
// Outside a notebook (a plain program, a child process) the text/plain
// form is printed instead.
package display

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strings"

	"gokernel/runtime/session"
)

// Display is one output area of the notebook that can be updated.
//
//	d := display.Text("0%")
//	for i := 1; i <= 10; i++ { time.Sleep(100 * time.Millisecond); d.Update(fmt.Sprint(i*10, "%")) }
type Display struct {
	id     string
	cell   string
	what   string // constructor name, for error messages
	render func(content any) (map[string]any, error)
}

// ID returns the display's id (the display_id of the Jupyter messages).
//
//	fmt.Println(d.ID())
func (d *Display) ID() string { return d.id }

// Shown always reports true: the display is in the notebook already.
// The kernel checks it so that a cell ending in display.HTML(...) does
// not show the returned *Display a second time as the cell's value.
//
//	d := display.Text("hi")
//	fmt.Println(d.Shown()) // true
func (d *Display) Shown() bool { return true }

// String describes the display by its id, e.g. "display 3f2a…".
//
//	fmt.Println(d)
func (d *Display) String() string { return "display " + d.id }

// Update replaces what the display shows with new content of the kind it
// was made with: a string for HTML, Markdown, SVG and Text, []byte for
// PNG, any value for JSON, rows for Table, counts for Bar, a bundle for
// Show. Content of the wrong kind panics; the display stays as it was.
//
//	d := display.HTML("<b>1</b>")
//	d.Update("<b>2</b>")
func (d *Display) Update(content any) {
	data, err := d.render(content)
	if err != nil {
		panic(fmt.Sprintf("display: %s(...).Update: %v", d.what, err))
	}
	session.Emit(session.Output{Cell: d.cell, Kind: "update_display", Data: data, Metadata: map[string]any{}, DisplayID: d.id})
}

// UpdateBundle replaces what the display shows with a MIME bundle (see
// Show), whatever kind it was made with.
//
//	d.UpdateBundle(map[string]any{"text/html": "<i>new</i>", "text/plain": "new"})
func (d *Display) UpdateBundle(bundle map[string]any) {
	data, err := checkBundle(bundle)
	if err != nil {
		panic("display: UpdateBundle: " + err.Error())
	}
	session.Emit(session.Output{Cell: d.cell, Kind: "update_display", Data: data, Metadata: map[string]any{}, DisplayID: d.id})
}

// show renders content and emits a new display.
func show(what string, content any, render func(any) (map[string]any, error)) *Display {
	data, err := render(content)
	if err != nil {
		panic(fmt.Sprintf("display: %s: %v", what, err))
	}
	d := &Display{id: newID(), cell: session.CurrentCell(), what: what, render: render}
	session.Emit(session.Output{Cell: d.cell, Kind: "display", Data: data, Metadata: map[string]any{}, DisplayID: d.id})
	return d
}

func newID() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Show displays a MIME bundle: MIME type -> content. Text types take a
// string; image types a base64 string or raw []byte; application/json
// (and any +json type) any value that encodes as JSON.
//
//	display.Show(map[string]any{"text/html": "<b>hi</b>", "text/plain": "hi"})
func Show(bundle map[string]any) *Display {
	return show("Show", bundle, func(c any) (map[string]any, error) {
		b, ok := c.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("want a map[string]any bundle, got %T", c)
		}
		return checkBundle(b)
	})
}

var mimeType = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*$`)

func checkBundle(b map[string]any) (map[string]any, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("the bundle is empty")
	}
	out := make(map[string]any, len(b))
	for mime, v := range b {
		if !mimeType.MatchString(mime) {
			return nil, fmt.Errorf("%q is not a MIME type like \"text/html\"", mime)
		}
		switch {
		case mime == "application/json" || strings.HasSuffix(mime, "+json"):
			j, err := plainJSON(v)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", mime, err)
			}
			out[mime] = j
		case strings.HasPrefix(mime, "image/") && mime != "image/svg+xml":
			switch v := v.(type) {
			case []byte:
				out[mime] = base64.StdEncoding.EncodeToString(v)
			case string:
				if _, err := base64.StdEncoding.DecodeString(v); err != nil {
					return nil, fmt.Errorf("%s: the string is not base64 (pass the raw bytes as []byte): %v", mime, err)
				}
				out[mime] = v
			default:
				return nil, fmt.Errorf("%s: want []byte or a base64 string, got %T", mime, v)
			}
		default:
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("%s: want a string, got %T", mime, v)
			}
			out[mime] = s
		}
	}
	return out, nil
}

// plainJSON turns v into maps, slices and basic values (what it encodes
// to), so that any transport of the output carries it unchanged.
func plainJSON(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("cannot encode as JSON: %v", err)
	}
	var out any
	err = json.Unmarshal(b, &out)
	return out, err
}

func text(what string, mime string, plain func(string) string) func(any) (map[string]any, error) {
	return func(c any) (map[string]any, error) {
		s, ok := c.(string)
		if !ok {
			return nil, fmt.Errorf("want a string, got %T", c)
		}
		return map[string]any{mime: s, "text/plain": plain(s)}, nil
	}
}

var tag = regexp.MustCompile(`<[^>]*>`)

// HTML displays an HTML fragment.
//
//	display.HTML("<b>bold</b> and <i>italic</i>")
func HTML(s string) *Display {
	return show("HTML", s, text("HTML", "text/html", func(s string) string {
		return strings.TrimSpace(html.UnescapeString(tag.ReplaceAllString(s, "")))
	}))
}

// Markdown displays Markdown text (with LaTeX math between $ signs).
//
//	display.Markdown("# Results\n\n*3* threads, $x^2$")
func Markdown(s string) *Display {
	return show("Markdown", s, text("Markdown", "text/markdown", func(s string) string { return s }))
}

// SVG displays an SVG image given as its XML text.
//
//	display.SVG(`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><circle cx="10" cy="10" r="8"/></svg>`)
func SVG(s string) *Display {
	return show("SVG", s, func(c any) (map[string]any, error) {
		s, ok := c.(string)
		if !ok {
			return nil, fmt.Errorf("want a string, got %T", c)
		}
		if !strings.Contains(s, "<svg") {
			return nil, fmt.Errorf("the text has no <svg> element")
		}
		return map[string]any{"image/svg+xml": s, "text/plain": "<SVG image>"}, nil
	})
}

// PNG displays a PNG image given as the bytes of the file.
//
//	b, _ := os.ReadFile("plot.png")
//	display.PNG(b)
func PNG(b []byte) *Display {
	return show("PNG", b, func(c any) (map[string]any, error) {
		b, ok := c.([]byte)
		if !ok {
			return nil, fmt.Errorf("want []byte, got %T", c)
		}
		if !strings.HasPrefix(string(b), "\x89PNG\r\n\x1a\n") {
			return nil, fmt.Errorf("the %d bytes are not a PNG image (no PNG signature)", len(b))
		}
		return map[string]any{
			"image/png":  base64.StdEncoding.EncodeToString(b),
			"text/plain": fmt.Sprintf("<PNG image, %d bytes>", len(b)),
		}, nil
	})
}

// JSON displays v as a collapsible JSON tree; v is anything that
// encoding/json can encode (exported struct fields, maps, slices).
//
//	display.JSON(map[string]any{"threads": 2, "names": []string{"T1", "T2"}})
func JSON(v any) *Display {
	return show("JSON", v, func(c any) (map[string]any, error) {
		j, err := plainJSON(c)
		if err != nil {
			return nil, err
		}
		pretty, _ := json.MarshalIndent(j, "", "  ")
		return map[string]any{"application/json": j, "text/plain": string(pretty)}, nil
	})
}

// Text displays plain text in an updatable display (fmt.Println output
// cannot be replaced; a Text display can).
//
//	d := display.Text("step 1 of 3")
//	d.Update("step 2 of 3")
func Text(s string) *Display {
	return show("Text", s, func(c any) (map[string]any, error) {
		s, ok := c.(string)
		if !ok {
			return nil, fmt.Errorf("want a string, got %T", c)
		}
		return map[string]any{"text/plain": s}, nil
	})
}

// Clear clears the cell's output. With wait true the clear happens only
// when new output arrives, which avoids flicker in a loop.
//
//	for i := 0; i < 5; i++ { display.Clear(true); fmt.Println(i) }
func Clear(wait bool) {
	session.Emit(session.Output{Kind: "clear_output", Wait: wait})
}

// sortedKeys returns display labels in a natural order: numbers by value,
// the rest alphabetically.
func sortedKeys(labels []string, nums []float64, numeric bool) []int {
	idx := make([]int, len(labels))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if numeric {
			return nums[idx[a]] < nums[idx[b]]
		}
		return labels[idx[a]] < labels[idx[b]]
	})
	return idx
}
