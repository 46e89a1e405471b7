package rangefunc_test

import (
	"bytes"
	"errors"
	"go/parser"
	"go/token"
	"testing"

	"gokernel/kernel/rangefunc"
)

// FuzzEdits: for any program that type-checks, Edits either refuses it
// with *Unsupported or gives edits that Apply takes, and the result parses,
// type-checks, keeps the number of lines and has no range over a function.
func FuzzEdits(f *testing.F) {
	for _, p := range programs {
		f.Add(p.src)
	}
	for _, u := range unsupported {
		f.Add(u.src)
	}
	for i := 0; i < 8; i++ {
		f.Add(randomProgram(uint64(1000 + i)))
	}
	f.Fuzz(func(t *testing.T, src string) {
		c, err := check(t, []byte(src))
		if err != nil {
			t.Skip()
		}
		edits, err := rangefunc.Edits(c.fset, c.file, c.info)
		if err != nil {
			var un *rangefunc.Unsupported
			if !errors.As(err, &un) {
				t.Fatalf("Edits: %v (%T), not *Unsupported", err, err)
			}
			if !un.Pos.IsValid() {
				t.Fatalf("Unsupported without a position: %v", err)
			}
			return
		}
		out, err := rangefunc.Apply([]byte(src), c.fset.File(c.file.Pos()), edits)
		if err != nil {
			t.Fatalf("Apply: %v", err)
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, 0); err != nil {
			t.Fatalf("lowered program does not parse: %v\n%s", err, out)
		}
		if a, b := bytes.Count([]byte(src), []byte("\n")), bytes.Count(out, []byte("\n")); a != b {
			t.Fatalf("lowered program has %d newlines, original %d\n%s", b, a, out)
		}
		c2, err := check(t, out)
		if err != nil {
			t.Fatalf("lowered program does not type-check: %v\n%s", err, out)
		}
		if ps := funcRanges(c2); len(ps) > 0 {
			t.Fatalf("range over func left at %v\n%s", ps, out)
		}
	})
}
