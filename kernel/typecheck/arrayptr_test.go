package typecheck

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// Ranges over pointers to arrays, and len and cap of them, print in the
// interpreter what go run prints once lowered (yaegi overwrote the
// variable before the loop's key with the array: "reflect: call of
// reflect.Value.Elem on array Value"; len of a nil pointer panicked).
func TestArrayPointersAsGoRunDoes(t *testing.T) {
	c := checker(t)
	const decls = `type Grid [2][3]int

func doubleInPlace(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func (g *Grid) Fill() {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i + j
		}
	}
}

func get() *[3]int { fmt.Print("get "); return nil }`
	const body = `a := [3]int{1, 2, 3}
doubleInPlace(&a)
fmt.Println(a)
p := &a
for i, v := range p {
	p[2] = 99
	fmt.Print(i, "=", v, " ")
}
fmt.Println(p[0], *p)
for i := range get() {
	fmt.Print(i)
}
fmt.Println(cap(get()))
for range p {
}
for _, v := range p {
	fmt.Print(v, " ")
}
fmt.Println(p[2])
var g Grid
g.Fill()
fmt.Println(g)
var nilp *[3]int
for i := range nilp {
	fmt.Print(i)
}
for i, _ := range nilp {
	fmt.Print(i)
}
fmt.Println(len(nilp), cap(nilp), len(p), len(get()), max(len(nilp), 1))
ps := []*[2]int{&[2]int{1, 2}, &[2]int{3, 4}}
for _, q := range ps {
	for j := range q {
		q[j] *= 10
	}
}
fmt.Println(*ps[0], *ps[1])`
	want := goRunProgram(t, "import \"fmt\"\n\n"+decls, body)

	vd, err := c.Verify([]string{`/*line _.go:1:1*/import "fmt"`}, decls, nil)
	if err != nil || !vd.Checked || vd.Lowered == "" {
		t.Fatalf("declarations: %+v, %v", vd, err)
	}
	loweredDecls := vd.Lowered
	session := []string{`/*line _.go:1:1*/import "fmt"`}
	for _, d := range strings.Split(loweredDecls, "\n\n") {
		session = append(session, "/*line _.go:2:1*/"+d)
	}
	vb, err := c.Verify(session, body, nil)
	if err != nil || !vb.Checked || vb.Lowered == "" {
		t.Fatalf("body: %+v, %v", vb, err)
	}
	if strings.Count(vb.Lowered, "\n") != strings.Count(body, "\n") {
		t.Errorf("lines changed:\n%s", vb.Lowered)
	}

	var out bytes.Buffer
	i := interp.New(interp.Options{Stdout: &out, Stderr: &out})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	src := "package main\n\nimport \"fmt\"\n\n" + loweredDecls + "\n\nfunc main() {\n" + vb.Lowered + "\n}\n"
	if _, err := i.Eval(src); err != nil {
		t.Fatalf("interpreter: %v\noutput: %s\nprogram:\n%s", err, out.String(), src)
	}
	if out.String() != want {
		t.Errorf("interpreter printed\n%s\ngo run:\n%s", out.String(), want)
	}
}

// goRunProgram is what `go run` prints for decls and a main of body.
func goRunProgram(t *testing.T, decls, body string) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "main.go")
	src := "package main\n\n" + decls + "\n\nfunc main() {\n" + body + "\n}\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goBin, "run", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=off")
	out, err := cmd.Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		out = append(out, ee.Stderr...)
	}
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	return string(out)
}
