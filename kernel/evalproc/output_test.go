package evalproc

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOutputOfAllKindsCapturedInOrder(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import ("fmt"; "os"; "os/exec")`)
	cell, _ := mustExec(t, s, `
fmt.Println("one")
os.Stdout.Write([]byte("two\n"))
cmd := exec.Command("echo", "three")
cmd.Stdout = os.Stdout
cmd.Run()
fmt.Println("four")
fmt.Fprintln(os.Stderr, "to stderr")
child := exec.Command("sh", "-c", "echo child-stderr >&2")
child.Stderr = os.Stderr
child.Run()
`)
	// Execute has returned: everything must already be delivered.
	if got, want := rec.text(cell, "stdout"), "one\ntwo\nthree\nfour\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got, want := rec.text(cell, "stderr"), "to stderr\nchild-stderr\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	for _, o := range rec.all() {
		if o.Cell != cell && strings.Contains(o.Text, "one") {
			t.Errorf("output %q tagged with %q, want %q", o.Text, o.Cell, cell)
		}
	}
}

func TestReplyComesAfterAllOutput(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import ("fmt"; "os"; "strings")`)
	// Output written last, right before the cell ends, in pieces that do
	// not end lines, on both streams.
	cell, _ := mustExec(t, s, `
for i := 0; i < 2000; i++ { fmt.Print(strings.Repeat("x", 99), "|") }
for i := 0; i < 2000; i++ { fmt.Fprint(os.Stderr, "e") }
fmt.Print("END")
`)
	out := rec.text(cell, "stdout")
	if want := strings.Repeat(strings.Repeat("x", 99)+"|", 2000) + "END"; out != want {
		t.Errorf("stdout has %d bytes, want %d (ends %q)", len(out), len(want), out[max(0, len(out)-10):])
	}
	if got := rec.text(cell, "stderr"); got != strings.Repeat("e", 2000) {
		t.Errorf("stderr has %d bytes, want 2000", len(got))
	}
}

func TestGoroutineOutputAfterCellKeepsItsCell(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import ("fmt"; "time")`)
	cell, _ := mustExec(t, s, `go func() { time.Sleep(200 * time.Millisecond); fmt.Println("late") }()`)
	waitFor(t, "the goroutine's output", func() bool { return rec.text(cell, "stdout") == "late\n" })
}

func TestManyLinesAreCoalesced(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import "fmt"`)
	cell, _ := mustExec(t, s, `for i := 0; i < 100000; i++ { fmt.Println(i) }`)
	var want strings.Builder
	for i := 0; i < 100000; i++ {
		fmt.Fprintln(&want, i)
	}
	if got := rec.text(cell, "stdout"); got != want.String() {
		t.Fatalf("got %d bytes, want %d", len(got), want.Len())
	}
	n := rec.count(cell)
	t.Logf("100000 lines (%d bytes) in %d OnOutput calls", want.Len(), n)
	if n > 1000 {
		t.Errorf("%d OnOutput calls for 100000 lines: output is not coalesced", n)
	}
}

// A line printed before a wait must be published while the cell still
// waits. The cell waits for a file that OnOutput creates when the line
// arrives, so no clock is involved: if the line were held until the cell
// ends, the cell would give up after 20 s and the test fails.
func TestLineIsPublishedWhileCellWaits(t *testing.T) {
	flag := filepath.Join(t.TempDir(), "seen")
	s, rec := start(t)
	rec.onOutput(func(o Output) {
		if strings.Contains(o.Text, "before the wait") {
			os.WriteFile(flag, nil, 0o600)
		}
	})
	mustExec(t, s, `import ("fmt"; "os"; "time")`)
	cell, _ := mustExec(t, s, fmt.Sprintf(`
fmt.Println("before the wait")
exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
seen := false
for i := 0; i < 2000 && !seen; i++ {
	seen = exists(%q)
	time.Sleep(10 * time.Millisecond)
}
fmt.Println("seen:", seen)
`, flag))
	if got := rec.text(cell, "stdout"); got != "before the wait\nseen: true\n" {
		t.Errorf("stdout = %q: the line was not published while the cell waited", got)
	}
}

func TestSplitMultibyteCharactersSurvive(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import "os"`)
	// Write a 3-byte character one byte at a time, across flushes.
	cell, _ := mustExec(t, s, `
b := []byte("héllo €uro 😀")
for i := range b { os.Stdout.Write(b[i:i+1]) }
`)
	if got := rec.text(cell, "stdout"); got != "héllo €uro 😀" {
		t.Errorf("stdout = %q", got)
	}
}

func TestStdinRoundTrip(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import "fmt"`)
	cell := newCell()
	var promptSeen string
	rep, err := s.Execute(context.Background(), ExecRequest{Cell: cell, AllowStdin: true, Code: `
fmt.Print("name? ")
name := ""
fmt.Scanln(&name)
fmt.Println("hello", name)
`}, func(prompt string, password bool) (string, error) {
		promptSeen = rec.text(cell, "stdout")
		return "Ada", nil
	})
	if err != nil || rep.Status != "ok" {
		t.Fatalf("Execute: %v %+v", err, rep.Error)
	}
	if promptSeen != "name? " {
		t.Errorf("when input was asked, the cell's output was %q, want the prompt %q", promptSeen, "name? ")
	}
	if got := rec.text(cell, "stdout"); got != "name? hello Ada\n" {
		t.Errorf("stdout = %q", got)
	}
}

func TestStdinNotAllowedFailsClearly(t *testing.T) {
	s, rec := start(t)
	mustExec(t, s, `import "fmt"`)
	cell := newCell()
	rep, err := s.Execute(context.Background(), ExecRequest{Cell: cell, AllowStdin: false, Code: `
name := ""
_, err := fmt.Scanln(&name)
fmt.Println("err:", err)
`}, func(string, bool) (string, error) {
		t.Error("input called although stdin is not allowed")
		return "", nil
	})
	if err != nil || rep.Status != "ok" {
		t.Fatalf("Execute: %v %+v", err, rep.Error)
	}
	if got := rec.text(cell, "stdout"); !strings.Contains(got, "err: stdin is not available") {
		t.Errorf("stdout = %q, want the read to fail with a clear error", got)
	}
	if got := rec.text(cell, "stderr"); !strings.Contains(got, "allow_stdin is false") {
		t.Errorf("stderr = %q, want the reason printed", got)
	}
}
