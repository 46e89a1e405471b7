package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

const src = `package demo

import "fmt"

type T struct{ A, B int }

func (t T) Sum() int { return t.A + t.B }

func main() {
	x := T{1, 2}
	for i := 0; i < 3; i++ {
		fmt.Println(i, x.Sum())
	}
}
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println("parse:", err)
	}
	fmt.Println("package:", f.Name.Name)
	for _, imp := range f.Imports {
		fmt.Println("import:", imp.Path.Value)
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			fmt.Printf("GenDecl %s at %s\n", d.Tok, fset.Position(d.Pos()))
		case *ast.FuncDecl:
			recv := ""
			if d.Recv != nil {
				recv = " (method)"
			}
			fmt.Printf("FuncDecl %s%s params=%d line=%d\n", d.Name.Name, recv, d.Type.Params.NumFields(), fset.Position(d.Pos()).Line)
		}
	}

	counts := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		name := fmt.Sprintf("%T", n)
		counts[strings.TrimPrefix(name, "*ast.")]++
		return true
	})
	fmt.Println("node counts:", counts)

	var idents []string
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && len(idents) < 8 {
			idents = append(idents, id.Name)
		}
		return true
	})
	fmt.Println("idents:", idents)

	e, err := parser.ParseExpr("a*(b+c) - f(1, 2)[0]")
	fmt.Printf("expr: %T err=%v\n", e, err)
	if be, ok := e.(*ast.BinaryExpr); ok {
		fmt.Printf("op=%s X=%T Y=%T\n", be.Op, be.X, be.Y)
	}
	_, err = parser.ParseExpr("a + ) b")
	fmt.Println("bad expr error:", err != nil)
	fmt.Println("token:", token.ADD, token.Lookup("func"), token.IsKeyword("go"), token.ADD.Precedence())
}
