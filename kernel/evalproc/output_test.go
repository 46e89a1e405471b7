package evalproc

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestOutputOfAllKindsCapturedInOrder(t *testing.T) {
	s, rec := start(t)
	imports(t, s, "fmt", "os")
	cell, _ := mustExec(t, s, `
fmt.Println("one")
os.Stdout.Write([]byte("two\n"))
p, _ := os.StartProcess("/bin/echo", []string{"echo", "three"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
p.Wait()
fmt.Println("four")
fmt.Fprintln(os.Stderr, "to stderr")
p, _ = os.StartProcess("/bin/sh", []string{"sh", "-c", "echo child-stderr >&2"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
p.Wait()
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
	imports(t, s, "fmt", "os", "strings")
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
	imports(t, s, "fmt", "time")
	cell, _ := mustExec(t, s, `go func() { time.Sleep(200 * time.Millisecond); fmt.Println("late") }()`)
	waitFor(t, "the goroutine's output", func() bool { return rec.text(cell, "stdout") == "late\n" })
}

func TestManyLinesAreCoalesced(t *testing.T) {
	s, rec := start(t)
	imports(t, s, "fmt")
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
	imports(t, s, "fmt", "os", "time")
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
	imports(t, s, "os")
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
	imports(t, s, "fmt")
	cell := newCell()
	var shown, prompt string
	rep, err := s.Execute(context.Background(), ExecRequest{Cell: cell, AllowStdin: true, Code: `
fmt.Println("first")
fmt.Print("name? ")
name := ""
fmt.Scanln(&name)
fmt.Println("hello", name)
`}, func(p string, password bool) (string, error) {
		shown, prompt = rec.text(cell, "stdout"), p
		return "Ada", nil
	})
	if err != nil || rep.Status != "ok" {
		t.Fatalf("Execute: %v %+v", err, rep.Error)
	}
	// The unfinished line is the input box's prompt, as Python's
	// input("name? "), and not also in the stream; what came before it
	// was shown first.
	if prompt != "name? " || shown != "first\n" {
		t.Errorf("when input was asked: prompt %q, output %q; want the prompt %q after the output %q", prompt, shown, "name? ", "first\n")
	}
	if got := rec.text(cell, "stdout"); got != "first\nhello Ada\n" {
		t.Errorf("stdout = %q", got)
	}
}

func TestStdinNotAllowedFailsClearly(t *testing.T) {
	s, rec := start(t)
	imports(t, s, "fmt")
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

// A cell that prints without end: the evaluator is slowed down to the pace
// of OnOutput (here a slow one) instead of output piling up anywhere.
func TestEndlessPrintingKeepsMemoryBounded(t *testing.T) {
	var delivered atomic.Int64
	s, _ := start(t, func(o *Options) {
		o.OnOutput = func(o Output) {
			delivered.Add(int64(len(o.Text)))
			time.Sleep(2 * time.Millisecond) // a slow frontend
		}
	})
	imports(t, s, "fmt")
	pid := s.Pid()
	var peakRSS int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			peakRSS = max(peakRSS, rssKiB(pid))
		}
	}()
	time.AfterFunc(2*time.Second, s.Interrupt)
	_, rep := execCell(t, s, `for i := 0; ; i++ { fmt.Println("spam, spam, spam, lovely spam, wonderful spam", i) }`)
	close(stop)
	<-sampled
	if rep.Error == nil || rep.Error.Name != "Interrupted" {
		t.Fatalf("reply %+v, want Interrupted", rep)
	}
	t.Logf("delivered %d bytes; peak buffered in the supervisor %d bytes; evaluator peak RSS %d KiB",
		delivered.Load(), s.PeakBufferedBytes(), peakRSS)
	if delivered.Load() < 64<<10 {
		t.Errorf("only %d bytes delivered", delivered.Load())
	}
	if s.PeakBufferedBytes() > MaxBufferedBytes {
		t.Errorf("the supervisor held %d bytes at once, cap %d", s.PeakBufferedBytes(), MaxBufferedBytes)
	}
	if peakRSS > 300<<10 {
		t.Errorf("evaluator RSS reached %d KiB: output piles up", peakRSS)
	}
}

// rssKiB is the resident memory of pid in KiB (0 if unknown).
func rssKiB(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// Runtime output (displays, child process streams) goes through
// session.Emit; text printed before a display must come before it.
func TestEmittedOutputKeepsOrderAndCell(t *testing.T) {
	s, rec := start(t)
	imports(t, s, "fmt", "gokernel/runtime/session")
	cell, _ := mustExec(t, s, `
fmt.Println("before")
session.Emit(session.Output{Kind: "display", Data: map[string]any{"text/plain": "shown"}, DisplayID: "d1"})
session.Emit(session.Output{Cell: "earlier-cell", Kind: "stream", Name: "stdout", Text: "from a child\n"})
fmt.Println("after")
`)
	var got []string
	for _, o := range rec.all() {
		switch {
		case o.Cell == cell && o.Kind == "stream":
			got = append(got, strings.TrimSpace(o.Text))
		case o.Cell == cell && o.Kind == "display":
			got = append(got, fmt.Sprintf("display %v %v", o.Data["text/plain"], o.Transient["display_id"]))
		}
	}
	if want := []string{"before", "display shown d1", "after"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outputs of the cell: %q, want %q", got, want)
	}
	if got := rec.text("earlier-cell", "stdout"); got != "from a child\n" {
		t.Errorf("emitted stream of another cell: %q", got)
	}
}

// A cell that closes os.Stdout must not hang the kernel, and the file that
// may reuse descriptor 1 afterwards must not receive sync markers.
func TestClosedStdoutDoesNotHangOrLeakMarkers(t *testing.T) {
	s, rec := start(t)
	imports(t, s, "fmt", "os")
	path := filepath.Join(t.TempDir(), "reuse")
	cell, _ := mustExec(t, s, fmt.Sprintf(`
os.Stdout.Close()
f, _ := os.Create(%q)
fmt.Fprintln(os.Stderr, "still here, file on fd", f.Fd())
`, path))
	mustExec(t, s, `fmt.Fprintln(os.Stderr, "next cell")`)
	if got := rec.text(cell, "stderr"); !strings.HasPrefix(got, "still here") {
		t.Errorf("stderr = %q", got)
	}
	if b, _ := os.ReadFile(path); len(b) != 0 {
		t.Errorf("the cell's file got %q", b)
	}
}
