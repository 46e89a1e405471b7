package stmtlist

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// The assignments of blocks, cases and select cases are found, labeled
// ones too; those of an if's, switch's or for's init are not.
func TestAssigns(t *testing.T) {
	const src = `package p
func f(ch chan int, x any) {
	a := 1
L:
	b := 2
	if c := 3; c > a {
		d := 4
		_ = d
	}
	switch e := x.(type) {
	case int:
		g := e
		_ = g
	}
	select {
	case v := <-ch:
		h := v
		_ = h
	}
	for i := 0; i < 1; i++ {
		goto L
	}
	_ = b
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	Assigns(f, func(as *ast.AssignStmt) {
		got = append(got, as.Lhs[0].(*ast.Ident).Name)
	})
	if s := strings.Join(got, " "); s != "a b _ d _ g _ h _" {
		t.Errorf("found %q", s)
	}
}
