package magic_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel/eval"
	"gokernel/kernel/magic"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		code string
		want []magic.Part
	}{
		{"x := 1\nx", []magic.Part{{Kind: magic.GoPart, Code: "x := 1\nx", Line: 1}}},
		{"%env A=1\nfmt.Println(1)\n!echo hi\ny",
			[]magic.Part{
				{Kind: magic.LinePart, Name: "env", Args: "A=1", Line: 1},
				{Kind: magic.GoPart, Code: "\nfmt.Println(1)\n", Line: 2},
				{Kind: magic.ShellPart, Args: "echo hi", Line: 3},
				{Kind: magic.GoPart, Code: "\n\n\ny", Line: 4},
			}},
		{"%%writefile a.go\npackage main\n%notmagic\n", []magic.Part{{Kind: magic.CellPart, Name: "writefile", Args: "a.go", Code: "package main\n%notmagic\n", Line: 1}}},
		// A % at the start of a line inside a raw string or a block
		// comment is text, also when a shell line holds a backtick.
		{"s := `\n%d\n!x`\n/*\n%y\n*/", []magic.Part{{Kind: magic.GoPart, Code: "s := `\n%d\n!x`\n/*\n%y\n*/", Line: 1}}},
		{"!echo `date`\n%who", []magic.Part{{Kind: magic.ShellPart, Args: "echo `date`", Line: 1}, {Kind: magic.LinePart, Name: "who", Line: 2}}},
		// Indented, it is Go (an operator continuing a line).
		{"x := 7 +\n  %3", []magic.Part{{Kind: magic.GoPart, Code: "x := 7 +\n  %3", Line: 1}}},
		{"\n\n", nil},
	} {
		got := magic.Split(tc.code)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Split(%q)\n got %+v\nwant %+v", tc.code, got, tc.want)
		}
		hasMagic := false
		for _, p := range tc.want {
			hasMagic = hasMagic || p.Kind != magic.GoPart
		}
		if magic.HasMagic(tc.code) != hasMagic {
			t.Errorf("HasMagic(%q) = %v", tc.code, !hasMagic)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	got, err := magic.SplitArgs(`-race  "a b" 'c "d"' e\ f`)
	if want := []string{"-race", "a b", `c "d"`, "e f"}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
	if _, err := magic.SplitArgs(`"open`); err == nil {
		t.Error("an unterminated quote gave no error")
	}
}

// lockedBuffer collects what a cell prints.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// env is a magic environment over a real yaegi session and real files
// for the output of programs.
type testEnv struct {
	*magic.Env
	out      *lockedBuffer
	displays []map[string]any
	reg      *magic.Registry
}

func newEnv(t *testing.T, ctx context.Context) *testEnv {
	t.Helper()
	out := &lockedBuffer{}
	sess, err := eval.New(eval.Options{Stdout: out, Preload: true})
	if err != nil {
		t.Fatal(err)
	}
	outFile, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	te := &testEnv{out: out, reg: magic.NewRegistry()}
	te.Env = &magic.Env{
		Ctx: ctx, Stdout: out, Stderr: out, StdoutFile: outFile, StderrFile: outFile,
		Execute: func(ctx context.Context, code string) (map[string]any, error) {
			res, err := sess.Execute(ctx, code)
			if err != nil || res == nil || !res.HasValue {
				return nil, err
			}
			return res.Data, nil
		},
		Declarations: sess.Declarations,
		Globals:      sess.Globals,
		Display:      func(d map[string]any) { te.displays = append(te.displays, d) },
	}
	te.Env.Run = func(ctx context.Context, code string) (map[string]any, error) {
		return te.reg.Execute(te.Env, code)
	}
	return te
}

// fileOutput is what programs wrote to the output file.
func (te *testEnv) fileOutput(t *testing.T) string {
	b, err := os.ReadFile(te.StdoutFile.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExecuteRunsPartsInOrder(t *testing.T) {
	te := newEnv(t, context.Background())
	dir := t.TempDir()
	file := filepath.Join(dir, "note.txt")
	res, err := te.reg.Execute(te.Env, "%env GK_MAGIC_TEST=\"a b\"\nx := os.Getenv(\"GK_MAGIC_TEST\")\n!printf '%s' \"$GK_MAGIC_TEST\" > "+file+"\nx + \"!\"")
	if err != nil {
		t.Fatal(err)
	}
	if res["text/plain"] != `"a b!"` {
		t.Errorf("result %v", res)
	}
	if b, _ := os.ReadFile(file); string(b) != "a b" {
		t.Errorf("the shell line wrote %q", b)
	}
	if !strings.Contains(te.out.String(), "env: GK_MAGIC_TEST=a b") {
		t.Errorf("output %q", te.out.String())
	}
}

func TestGoErrorsKeepCellLines(t *testing.T) {
	te := newEnv(t, context.Background())
	_, err := te.reg.Execute(te.Env, "%who\n\nx := nosuch\n")
	var ee *eval.Error
	if !errors.As(err, &ee) || ee.Line != 3 {
		t.Fatalf("error %v, want an error on line 3", err)
	}
}

func TestUnknownMagicListsTheOthers(t *testing.T) {
	te := newEnv(t, context.Background())
	for _, code := range []string{"%nosuch 1", "%%nosuch\nx", "%", "%%who\n", "%writefile x"} {
		_, err := te.reg.Execute(te.Env, code)
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "UsageError" {
			t.Errorf("%q: error %v, want a UsageError", code, err)
			continue
		}
		if !strings.Contains(me.Value, "%") {
			t.Errorf("%q: %s", code, me.Value)
		}
	}
	_, err := te.reg.Execute(te.Env, "%nosuch")
	if err == nil || !strings.Contains(err.Error(), "%lsmagic") || !strings.Contains(err.Error(), "%%writefile") {
		t.Errorf("the error does not list the magics: %v", err)
	}
}

func TestLsmagicAndHelp(t *testing.T) {
	te := newEnv(t, context.Background())
	if _, err := te.reg.Execute(te.Env, "%lsmagic"); err != nil {
		t.Fatal(err)
	}
	for _, m := range te.reg.All() {
		if !strings.Contains(te.out.String(), m.Usage) {
			t.Errorf("%%lsmagic does not show %s", m.Usage)
		}
	}
	for _, code := range []string{"%help writefile", "%writefile?"} {
		before := len(te.out.String())
		if _, err := te.reg.Execute(te.Env, code); err != nil {
			t.Fatalf("%s: %v", code, err)
		}
		if !strings.Contains(te.out.String()[before:], "-a appends") {
			t.Errorf("%s printed %q", code, te.out.String()[before:])
		}
	}
}

func TestWritefile(t *testing.T) {
	te := newEnv(t, context.Background())
	file := filepath.Join(t.TempDir(), "sub", "prog.go")
	for _, tc := range []struct{ code, said, content string }{
		{"%%writefile " + file + "\npackage main\n", "Writing", "package main\n"},
		{"%%writefile -a " + file + "\nfunc main() {}\n", "Appending to", "package main\nfunc main() {}\n"},
		{"%%writefile " + file + "\n// new\n", "Overwriting", "// new\n"},
	} {
		before := len(te.out.String())
		if _, err := te.reg.Execute(te.Env, tc.code); err != nil {
			t.Fatal(err)
		}
		if got := te.out.String()[before:]; got != tc.said+" "+file+"\n" {
			t.Errorf("said %q", got)
		}
		if b, _ := os.ReadFile(file); string(b) != tc.content {
			t.Errorf("file holds %q, want %q", b, tc.content)
		}
	}
}

func TestHTMLAndMarkdown(t *testing.T) {
	te := newEnv(t, context.Background())
	if _, err := te.reg.Execute(te.Env, "%%html\n<b>hi</b>\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := te.reg.Execute(te.Env, "%%markdown\n# Title\n"); err != nil {
		t.Fatal(err)
	}
	if len(te.displays) != 2 || te.displays[0]["text/html"] != "<b>hi</b>\n" || te.displays[1]["text/markdown"] != "# Title\n" {
		t.Errorf("displays %v", te.displays)
	}
}

func TestShellOutputAndInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	te := newEnv(t, ctx)
	if _, err := te.reg.Execute(te.Env, "!echo out; echo err >&2; exit 3"); err != nil {
		t.Errorf("a failing command is not a cell error (as in IPython): %v", err)
	}
	if got := te.fileOutput(t); got != "out\nerr\n" {
		t.Errorf("shell output %q", got)
	}
	// An interrupt kills the command and what it started, at once.
	pidFile := filepath.Join(t.TempDir(), "pid")
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := te.reg.Execute(te.Env, "!sleep 30 & echo $! > "+pidFile+"; wait")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted shell line: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the interrupt took %v", d)
	}
	b, _ := os.ReadFile(pidFile)
	var pid int
	if _, err := fmtSscan(string(b), &pid); err == nil && pid > 0 {
		deadline := time.Now().Add(5 * time.Second)
		for processExists(pid) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if processExists(pid) {
			t.Errorf("the shell's own child %d survived the interrupt", pid)
		}
	} else {
		t.Errorf("no pid written: %q", b)
	}
}

func TestTimeAndTimeit(t *testing.T) {
	te := newEnv(t, context.Background())
	if _, err := te.reg.Execute(te.Env, "func spin(n int) int { s := 0; for i := range n { s += i }; return s }"); err != nil {
		t.Fatal(err)
	}
	res, err := te.reg.Execute(te.Env, "%time spin(1000)")
	if err != nil {
		t.Fatal(err)
	}
	if res["text/plain"] != "499500" {
		t.Errorf("%%time shows the statement's value: %v", res)
	}
	if !regexpMatch(`CPU times: user [0-9.]+ .?s, sys: [0-9.]+ .?s, total: [0-9.]+ .?s\nWall time: [0-9.]+ .?s\n`, te.out.String()) {
		t.Errorf("%%time printed %q", te.out.String())
	}
	before := len(te.out.String())
	if _, err := te.reg.Execute(te.Env, "%timeit -n 3 -r 2 spin(100)"); err != nil {
		t.Fatal(err)
	}
	if got := te.out.String()[before:]; !regexpMatch(`^[0-9.]+ .?s ± [0-9.]+ .?s per loop \(mean ± std. dev. of 2 runs, 3 loops each\)\n$`, got) {
		t.Errorf("%%timeit printed %q", got)
	}
	// A cell body with declarations cannot run in a loop: timed run by run.
	before = len(te.out.String())
	if _, err := te.reg.Execute(te.Env, "%%timeit -n 2 -r 1\nfunc f() int { return 1 }\nf()"); err != nil {
		t.Fatal(err)
	}
	if got := te.out.String()[before:]; !strings.Contains(got, "of 1 run, 2 loops each") {
		t.Errorf("%%timeit printed %q", got)
	}
	// Errors of the timed code are the cell's, at its own line.
	_, err = te.reg.Execute(te.Env, "\n%timeit nosuch()")
	var ee *eval.Error
	if !errors.As(err, &ee) || ee.Line != 2 {
		t.Errorf("error %v, want one on line 2", err)
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		1234 * time.Millisecond:  "1.23 s",
		45600 * time.Microsecond: "45.6 ms",
		789 * time.Microsecond:   "789 µs",
		12 * time.Nanosecond:     "12.0 ns",
		0:                        "0 ns",
	} {
		if got := magic.FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

// Split never panics, and every line of the cell is in exactly one part:
// the Go parts (without their padding), the magic and shell lines and a
// cell magic's body.
func FuzzSplit(f *testing.F) {
	for _, seed := range []string{"", "%", "%%", "!", "x := 1\n%time f()\n!ls", "%%run -race\nfmt.Println(1)", "s := `\n%d`\n%who", "/*\n%x\n*/\n!a", "'`'\n%y", "\"\\\"`\"\n%z"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, code string) {
		lines := 0
		for _, p := range magic.Split(code) {
			switch p.Kind {
			case magic.GoPart:
				lines += strings.Count(strings.TrimLeft(p.Code, "\n"), "\n")
				if !strings.HasSuffix(p.Code, "\n") {
					lines++
				}
			case magic.CellPart:
				lines += 1 + strings.Count(p.Code, "\n")
				if p.Code != "" && !strings.HasSuffix(p.Code, "\n") {
					lines++
				}
			default:
				lines++
			}
			if p.Line < 1 {
				t.Fatalf("part %+v has no line", p)
			}
		}
		want := strings.Count(code, "\n")
		if code != "" && !strings.HasSuffix(code, "\n") {
			want++
		}
		if lines > want {
			t.Fatalf("%q: parts hold %d lines, the cell %d", code, lines, want)
		}
	})
}
