package eval

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzPrepare feeds any text through everything a cell goes through
// before it runs: the splitter, parsing, the missing imports, the
// rewriter (with and without optional rewrites), chunking and yaegi's
// compile. Nothing may panic, and no error may be an internal one: a
// broken cell gets a syntax or compile error. The seed corpus
// (testdata/fuzz/FuzzPrepare) holds the course notebooks' cells and
// truncated and mutated copies of them. Fuzz further with
//
//	go test ./kernel/eval -run '^$' -fuzz FuzzPrepare -fuzztime 60s
//
// and check in what it finds under testdata (it becomes a test case).
func FuzzPrepare(f *testing.F) {
	f.Add("func addUnlocked(tot")
	f.Add(`func ( {{{ ]] "unterminated`)
	s, err := New(Options{Preload: true, Stdout: io.Discard})
	if err != nil {
		f.Fatal(err)
	}
	n := 0
	f.Fuzz(func(t *testing.T, code string) {
		if len(code) > 1<<12 {
			return
		}
		// yaegi keeps everything each input compiled: start afresh now
		// and then, so that a finding is about one input.
		if n++; n%64 == 0 {
			if s, err = New(Options{Preload: true, Stdout: io.Discard}); err != nil {
				t.Fatal(err)
			}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := prepareAll(s, code); err != nil {
			t.Fatalf("%v\ncell:\n%s", err, code)
		}
	})
}

// prepareAll runs the steps before execution on code; it returns an
// error for a panic or an internal error.
func prepareAll(s *Session, code string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("panic: " + strings.SplitN(errString(r), "\n", 2)[0])
		}
	}()
	if _, err := splitCell(code); err != nil {
		if e := compileError(err, code); e.Name == "InternalError" {
			return e
		}
	}
	c, err := s.prepare(code)
	if err != nil {
		return internalOnly(err)
	}
	s.missingImports(c)
	for _, optional := range []bool{true, false} {
		dirs, texts, _ := s.rewriteUnits(c, optional, nil)
		s.chunks(c, dirs, texts, nil, s.imported)
	}
	_, _, _, _, _, err = s.compileAll(c, nil, false)
	s.stale = true // yaegi keeps what compiled: the next cell starts clean
	return internalOnly(err)
}

func internalOnly(err error) error {
	var e *Error
	if err == nil || errors.As(err, &e) && e.Name != "InternalError" {
		return nil
	}
	return err
}

func errString(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return "non-string panic"
}

// TestFuzzCorpusSeedsExist keeps the checked-in corpus from vanishing
// unnoticed: `go test` runs FuzzPrepare on every file of it.
func TestFuzzCorpusSeedsExist(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzPrepare", "*"))
	if len(files) < 100 {
		t.Fatalf("the FuzzPrepare seed corpus has %d files", len(files))
	}
	if _, err := os.Stat(filepath.Join("testdata", "fuzz", "FuzzPrepare")); err != nil {
		t.Fatal(err)
	}
}
