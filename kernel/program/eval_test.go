package program

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"gokernel/kernel/eval"
)

// Declarations of a real session (the contract with kernel/eval): the
// %%run program of a later cell prints what the interpreter prints for
// it, and a compile error in a session function names its own cell line.
func TestMainFromEvalSession(t *testing.T) {
	needGo(t)
	var out strings.Builder
	s, err := eval.New(eval.Options{Preload: true, Stdout: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	cells := []string{
		"import \"strings\"\n\ntype Pet struct{ Name string }\n\nfunc (p Pet) Greet() string { return \"hi \" + strings.ToUpper(p.Name) }",
		"counter := 0\nfunc reset() { counter = 0 }",
		"counter := shared.NewInt(0)\n\nfunc bump(n int) int {\n\treturn n + len(fmt.Sprint(n))\n}",
	}
	for _, c := range cells {
		if _, err := s.Execute(context.Background(), c); err != nil {
			t.Fatalf("cell %q: %v", c, err)
		}
	}
	cell := "pets := []Pet{{\"rex\"}, {\"tom\"}}\nfor _, p := range pets {\n\tfmt.Println(p.Greet(), bump(len(p.Name)*7))\n}"
	out.Reset()
	if _, err := s.Execute(context.Background(), cell); err != nil {
		t.Fatal(err)
	}
	want := out.String()
	if want == "" {
		t.Fatal("the interpreter printed nothing")
	}
	src, err := Main(s.Declarations(), cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, stderr, err := run(t, mustBuild(t, src))
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if got != want {
		t.Errorf("compiled program printed %q, the interpreter %q\n%s", got, want, src.Files[MainFile])
	}

	// bump is on lines 3-5 of its cell; break it there and use it.
	decls := s.Declarations()
	for i, d := range decls {
		decls[i] = strings.Replace(d, "len(fmt.Sprint(n))", "\"x\"", 1)
	}
	src, err = Main(decls, "fmt.Println(bump(1))", Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, errs := buildProgram(t, src)
	if w := fmt.Sprintf("session:%d:", lineOf(t, cells[2], "return n +")); !strings.Contains(errs, w) {
		t.Errorf("go build errors lack %q:\n%s", w, errs)
	}
}
