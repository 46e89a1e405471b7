package program

import (
	"errors"
	"go/parser"
	"go/scanner"
	"go/token"
	"testing"
)

// FuzzMain feeds Main, Program, Needed and Tests arbitrary cells and
// declarations: they must never panic, errors must be scanner errors in
// the cell, and what they return must parse.
func FuzzMain(f *testing.F) {
	for _, cell := range []string{
		"x := 1\nfmt.Println(x)",
		"func f() int { return 1 }\nfmt.Println(f())\ntype T struct{ A int }",
		"for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
		"if x := f(); x > 0 { }",
		"}func init(){x()",
		"x := \"unterminated\n",
		"func (t T) M() {}\nfunc() { }()",
		"import r \"math/rand\"\nr.Intn(3)",
		"package main\nfunc main() {}",
		"var (\n\ta = 1\n\tb = a\n)\nconst c = iota",
		"/*line x.go:0:0*/ a := b",
		"goto L\nL:\nx := 1",
		"f(x",
		"m := map[string]int{k: 1}",
	} {
		f.Add(cell, "/*line _.go:3:1*/func g() int { return h() }")
	}
	f.Add("g()", "/*line _.go:99999999999999999999:1*/func g() {}")
	f.Add("g()", "import (\n\"fmt\"\n\"os\"\n)")
	f.Add("T{}.M()", "/*line _.go:1:1*/func (T[K]) M() {}")
	f.Fuzz(func(t *testing.T, cell, decl string) {
		decls := []string{decl, `import "fmt"`, "/*line _.go:1:1*/func h() int { return 1 }"}
		src, err := Main(decls, cell, Options{Resolve: func(string) (string, bool) { return "", false }})
		if err != nil {
			var list scanner.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("Main(%q): error %v (%T), want a scanner.ErrorList", cell, err, err)
			}
		} else if _, err := parser.ParseFile(token.NewFileSet(), "", src.Files[MainFile], 0); err != nil {
			t.Fatalf("Main(%q) made a file that does not parse: %v", cell, err)
		}
		if IsProgram(cell) {
			Program(cell, Options{})
		}
		Needed(decls, []string{"g", "h", cell})
		Tests(append(decls, "func TestX(t *testing.T) { g() }"), Options{})
		Child(decls, []string{"g", "h"}, Options{})
	})
}
