package eval

import (
	"reflect"
	"strings"
	"testing"
)

// Inspect shows parameter names and doc comments from the Go source, for
// the standard library (GOROOT of the go command) and the runtime.
func TestInspectSourceDocs(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	run(t, s, "var sb strings.Builder")
	check := func(code string, cursor int, want ...string) {
		t.Helper()
		found, data := s.Inspect(code, cursor, 0)
		if !found {
			t.Fatalf("Inspect(%q, %d): not found", code, cursor)
		}
		contains(t, "inspect "+code, data["text/plain"].(string), want...)
	}
	check("strings.TrimSpace(x)", 12, "func strings.TrimSpace(s string) string",
		"TrimSpace returns a slice (substring) of the string s")
	check("threads.Start(f)", 10, "func threads.Start(fn any, args ...any) *Thread", "Start makes a Thread")
	check("sb.WriteString", 6, "func (b *Builder) WriteString(s string) (int, error)", "WriteString appends the contents of s")
	check("strings.Builder", 10, "type strings.Builder struct", "A Builder is used to efficiently build a string")

	// Without a toolchain: the signature from the symbol tables.
	t.Setenv("GOKERNEL_GO", "/nonexistent/go")
	found, data := s.Inspect("utf8.RuneLen(r)", 8, 0)
	if !found || !strings.HasPrefix(data["text/plain"].(string), "func utf8.RuneLen(int32) int") {
		t.Errorf("without a toolchain: %v %q", found, data["text/plain"])
	}
}

// Completion items carry their kinds (JupyterLab's icons).
func TestCompleteTypes(t *testing.T) {
	s := newSession(t, Options{Preload: true})
	run(t, s, `type point struct{ X, y int }
func (p point) Norm() int { return p.X*p.X + p.y*p.y }
func area(w, h int) int { return w * h }
const answer = 42
var pt = point{1, 2}
count := 3`)
	kinds := func(code string) map[string]string {
		matches, _, _ := s.Complete(code, len(code))
		types := s.CompleteTypes(code, len(code), matches)
		if len(types) != len(matches) {
			t.Fatalf("%d types for %d matches", len(types), len(matches))
		}
		out := map[string]string{}
		for i, m := range matches {
			out[m] = types[i]
		}
		return out
	}
	want := func(code string, w map[string]string) {
		t.Helper()
		got := kinds(code)
		for name, kind := range w {
			if got[name] != kind {
				t.Errorf("complete %q: %s is %q, want %q (all: %v)", code, name, got[name], kind, got)
			}
		}
	}
	want("fo", map[string]string{"for": "keyword"})
	want("ar", map[string]string{"area": "function"})
	want("po", map[string]string{"point": "type"})
	want("ans", map[string]string{"answer": "constant"})
	want("cou", map[string]string{"count": "variable"})
	want("strin", map[string]string{"strings": "module", "string": "type"})
	want("le", map[string]string{"len": "function"})
	want("strings.Tr", map[string]string{"TrimSpace": "function"})
	want("strings.Bu", map[string]string{"Builder": "type"})
	want("pt.", map[string]string{"X": "field", "Norm": "method"})
	want("threads.St", map[string]string{"Start": "function"})
	if !reflect.DeepEqual(s.CompleteTypes("x", 1, nil), []string{}) {
		t.Error("types of no matches")
	}
}
