package racereport

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// filterResult feeds text to a Filter in the given chunks and returns what
// passed through and the reports.
func filterResult(t testing.TB, text string, chunks []int, keepRepeats bool) (string, []Report) {
	var out bytes.Buffer
	var reports []Report
	f := NewFilter(&out, func(r Report) { reports = append(reports, r) })
	f.KeepRepeats = keepRepeats
	for _, n := range chunks {
		if n > len(text) {
			n = len(text)
		}
		if k, err := f.Write([]byte(text[:n])); k != n || err != nil {
			t.Fatalf("Write = %d, %v; want %d, nil", k, err, n)
		}
		text = text[n:]
	}
	if len(text) > 0 {
		f.Write([]byte(text))
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if f.Reports() != len(reports) {
		t.Fatalf("Reports() = %d, callback saw %d", f.Reports(), len(reports))
	}
	return out.String(), reports
}

func ones(n int) []int {
	c := make([]int, n)
	for i := range c {
		c[i] = 1
	}
	return c
}

func randomChunks(seed int64, n int) []int {
	rng := rand.New(rand.NewSource(seed))
	var c []int
	for n > 0 {
		k := 1 + rng.Intn(64)
		c = append(c, k)
		n -= k
	}
	return c
}

// TestFilterRealOutput feeds the real stderr of each scenario whole, one
// byte at a time and in random chunks: the program's own lines pass
// through, the reports equal Parse's, the race detector's lines vanish.
func TestFilterRealOutput(t *testing.T) {
	for _, name := range []string{"goroutines", "threads", "local", "map", "threads-locked"} {
		t.Run(name, func(t *testing.T) {
			r := runScenario(t, name)
			own := "scenario " + name + " starting\nscenario " + name + " done\n"
			want := Parse(r.stderr)
			for _, c := range []struct {
				how    string
				chunks []int
			}{
				{"whole", []int{len(r.stderr)}},
				{"bytes", ones(len(r.stderr))},
				{"random1", randomChunks(1, len(r.stderr))},
				{"random2", randomChunks(2, len(r.stderr))},
			} {
				out, reports := filterResult(t, r.stderr, c.chunks, true)
				if out != own {
					t.Errorf("%s: passed through %q, want the program's own lines %q", c.how, out, own)
				}
				if len(reports) != len(want) {
					t.Fatalf("%s: %d reports, Parse found %d", c.how, len(reports), len(want))
				}
				for i := range want {
					if reports[i].Raw != want[i].Raw || reports[i].Format() != want[i].Format() {
						t.Errorf("%s: report %d differs from Parse's:\n%s\nvs\n%s", c.how, i, reports[i].Format(), want[i].Format())
					}
				}
			}
		})
	}
}

// TestFilterResolvesGlobals: with Globals set, the Filter names the raced
// global itself.
func TestFilterResolvesGlobals(t *testing.T) {
	r := runScenario(t, "threads")
	g, err := ReadGlobals(binary)
	if err != nil {
		t.Fatal(err)
	}
	var got []Report
	f := NewFilter(&bytes.Buffer{}, func(r Report) { got = append(got, r) })
	f.Globals = g
	f.Write([]byte(r.stderr))
	f.Close()
	if len(got) == 0 || got[0].Variable != "counter" {
		t.Fatalf("reports %+v, want one on counter", got)
	}
}

// TestFilterRepeats: a race reported twice reaches the callback once,
// unless KeepRepeats.
func TestFilterRepeats(t *testing.T) {
	r := runScenario(t, "local")
	block := Parse(r.stderr)[0].Raw
	twice := "a\n" + block + "b\n" + block + "c\n"
	out, reports := filterResult(t, twice, []int{len(twice)}, false)
	if out != "a\nb\nc\n" || len(reports) != 1 {
		t.Errorf("default: out %q, %d reports; want a b c and 1", out, len(reports))
	}
	_, reports = filterResult(t, twice, []int{len(twice)}, true)
	if len(reports) != 2 {
		t.Errorf("KeepRepeats: %d reports, want 2", len(reports))
	}
}

// TestFilterInterleaved: a line another goroutine prints in the middle of
// a block passes through, and the report is still whole.
func TestFilterInterleaved(t *testing.T) {
	r := runScenario(t, "map")
	want := Parse(r.stderr)[0]
	i := strings.Index(r.stderr, "Previous write")
	mixed := r.stderr[:i] + "progress: 50%\n" + r.stderr[i:]
	out, reports := filterResult(t, mixed, randomChunks(3, len(mixed)), true)
	if !strings.Contains(out, "progress: 50%\n") || strings.Contains(out, "DATA RACE") {
		t.Errorf("passed through %q", out)
	}
	if len(reports) != 1 || reports[0].Format() != want.Format() {
		t.Errorf("reports %v, want %s", reports, want.Format())
	}
}

// TestFilterLive: text that cannot start a race block goes out before its
// line ends; a separator waits for the next line; Close writes out an
// unfinished block as it was.
func TestFilterLive(t *testing.T) {
	r := runScenario(t, "local")
	var out bytes.Buffer
	n := 0
	f := NewFilter(&out, func(Report) { n++ })
	f.Write([]byte("Enter a number: "))
	if out.String() != "Enter a number: " {
		t.Errorf("a prompt without newline is held back: %q", out.String())
	}
	f.Write([]byte("42\n==========="))
	if out.String() != "Enter a number: 42\n" {
		t.Errorf("got %q, want the prompt's line and nothing of the separator yet", out.String())
	}
	f.Write([]byte("=======\nnot a report\n"))
	if out.String() != "Enter a number: 42\n==================\nnot a report\n" {
		t.Errorf("a separator not followed by a report must pass through: %q", out.String())
	}
	out.Reset()
	block := Parse(r.stderr)[0].Raw
	cut := block[:len(block)*2/3]
	f.Write([]byte(cut))
	if out.Len() != 0 {
		t.Errorf("part of a block leaked before its end: %q", out.String())
	}
	f.Close()
	if out.String() != cut || n != 0 {
		t.Errorf("Close wrote %q (%d reports), want the unfinished block as it was", out.String(), n)
	}
}

var fuzzSeeds = []string{
	"==================\nWARNING: DATA RACE\nRead at 0x00000065b558 by goroutine 9:\n  main.addOne()\n      session:4 +0x8e\n  main.main.func2()\n      cell:11 +0x12\n\nPrevious write at 0x00000065b558 by main goroutine:\n  main.(*T).Add[go.shape.int].func1.2()\n      cell:10:3 +0x12\n\nGoroutine 9 (running) created at:\n  main.main()\n      cell:11 +0x13c\n==================\nFound 1 data race(s)\n",
	"hello\n==================\nbye\n",
	"==================\nWARNING: DATA RACE\nGlobal var main.x of size 8 at 0x1 declared at cell:1\n",
	"Found 3 data race(s)\n    testing.go:1617: race detected during execution of test\npartial",
	"==================\nWARNING: DATA RACE\n  ()\n      :\n==================\n",
}

// FuzzFilter: Parse, Format, Key and the Filter never panic, and the
// Filter's result does not depend on how the text is cut into writes.
func FuzzFilter(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, int64(i))
	}
	f.Fuzz(func(t *testing.T, text string, seed int64) {
		for _, r := range Parse(text) {
			_ = r.Format()
			_ = r.Key()
		}
		whole, wr := filterResult(t, text, []int{len(text)}, false)
		cut, cr := filterResult(t, text, randomChunks(seed, len(text)), false)
		if whole != cut || len(wr) != len(cr) {
			t.Fatalf("chunked writes differ: %q (%d reports) vs %q (%d reports)", whole, len(wr), cut, len(cr))
		}
		for i := range wr {
			if wr[i].Raw != cr[i].Raw {
				t.Fatalf("report %d differs: %q vs %q", i, wr[i].Raw, cr[i].Raw)
			}
		}
		if !strings.Contains(text, "=") && !strings.Contains(text, "Found") && !strings.Contains(text, "testing.go") && whole != text {
			t.Fatalf("plain text changed: %q -> %q", text, whole)
		}
	})
}
