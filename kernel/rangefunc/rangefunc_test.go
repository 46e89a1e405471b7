package rangefunc_test

import (
	"bytes"
	"go/token"
	"strings"
	"testing"

	"gokernel/kernel/rangefunc"
)

// TestPrograms lowers each program of the table, checks that the result
// type-checks without range-over-func loops and keeps the lines, and
// that it prints what the original prints, compiled and in yaegi.
func TestPrograms(t *testing.T) {
	if len(programs) < 25 {
		t.Fatalf("only %d programs in the table", len(programs))
	}
	loadExports(t)
	lowered := map[string][]byte{}
	progs := map[string][]byte{}
	for _, p := range programs {
		src := []byte(p.src)
		out, err := lower(t, src)
		if err != nil {
			t.Errorf("%s: %v", p.name, err)
			continue
		}
		lowered[p.name] = out
		progs["orig_"+p.name] = src
		progs["lowered_"+p.name] = out
	}
	results := goRun(t, progs)
	for _, p := range programs {
		out, ok := lowered[p.name]
		if !ok {
			continue
		}
		t.Run(p.name, func(t *testing.T) {
			src := []byte(p.src)
			if bytes.Equal(out, src) {
				t.Fatal("nothing lowered")
			}
			// (1) The lowered program type-checks, has no range over a
			// function, and keeps the lines.
			c, err := check(t, out)
			if err != nil {
				t.Fatalf("lowered program does not type-check: %v\n%s", err, out)
			}
			if ps := funcRanges(c); len(ps) > 0 {
				t.Errorf("range over func left at %v\n%s", ps, out)
			}
			checkLines(t, src, out)

			// (2) Compiled, it prints what the original prints.
			orig, low := results["orig_"+p.name], results["lowered_"+p.name]
			if orig.err != nil {
				t.Fatalf("original: %v", orig.err)
			}
			if low.err != nil {
				t.Fatalf("lowered: %v\n%s", low.err, out)
			}
			if orig.out == "" {
				t.Fatal("the original prints nothing")
			}
			if low.out != orig.out {
				t.Fatalf("lowered program prints\n%s\nthe original\n%s\nlowered source:\n%s", low.out, orig.out, out)
			}

			// (3) In yaegi, too.
			if why := yaegiSkip[p.name]; why != "" {
				t.Skip(why)
			}
			y, err := yaegiRun(out)
			if err != nil {
				t.Fatalf("yaegi: %v\nprinted:\n%s\nlowered source:\n%s", err, y, out)
			}
			if y != orig.out {
				t.Fatalf("in yaegi the lowered program prints\n%s\ncompiled\n%s\nlowered source:\n%s", y, orig.out, out)
			}
		})
	}
}

// TestOtherRanges: ranges over ints, slices, arrays, maps, channels and
// strings, and files without range statements, get no edits.
func TestOtherRanges(t *testing.T) {
	src := `package main

import "fmt"

type F func(int) bool

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	for i, x := range []int{1} {
		fmt.Println(i, x)
	}
	for i := range [2]int{} {
		fmt.Println(i)
	}
	for k, v := range map[string]F{} {
		fmt.Println(k, v)
	}
	ch := make(chan func(func(int) bool))
	close(ch)
	for f := range ch {
		fmt.Println(f != nil)
	}
	for i, r := range "héllo" {
		fmt.Println(i, r)
	}
	var p *[3]int
	for i := range p {
		fmt.Println(i)
	}
}

func gen[S ~[]E, E any](s S) {
	for i, e := range s {
		fmt.Println(i, e)
	}
}
`
	c, err := check(t, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	edits, err := rangefunc.Edits(c.fset, c.file, c.info)
	if err != nil || edits != nil {
		t.Fatalf("Edits = %v, %v; want nil, nil", edits, err)
	}
}

func TestApply(t *testing.T) {
	src := []byte("package main\n\nfunc main() {}\n")
	fset := token.NewFileSet()
	file := fset.AddFile("a.go", -1, len(src))
	file.SetLinesForContent(src)
	at := func(off int) token.Pos { return file.Pos(off) }
	got, err := rangefunc.Apply(src, file, []rangefunc.Edit{
		{Pos: at(26), End: at(27), Text: "{ println() }"},
		{Pos: at(8), End: at(12), Text: "x"},
		{Pos: at(26), End: at(26), Text: "/*i*/"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "package x\n\nfunc main() /*i*/{ println() }}\n"; string(got) != want {
		t.Errorf("Apply = %q, want %q", got, want)
	}
	for _, bad := range [][]rangefunc.Edit{
		{{Pos: at(8), End: at(12)}, {Pos: at(10), End: at(13)}},
		{{Pos: at(8), End: at(7)}},
		{{Pos: at(0) + token.Pos(len(src)) + 1, End: at(0) + token.Pos(len(src)) + 1}},
		{{Pos: token.NoPos, End: token.NoPos}},
	} {
		if _, err := rangefunc.Apply(src, file, bad); err == nil {
			t.Errorf("Apply(%v) gave no error", bad)
		}
	}
	if _, err := rangefunc.Apply(src[1:], file, nil); err == nil || !strings.Contains(err.Error(), "bytes") {
		t.Errorf("Apply of a source of the wrong size: %v", err)
	}
}
