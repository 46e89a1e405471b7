package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
)

const messy = `package p
import ("fmt";"strings")
func   F( a int,b  string )(int,error){
if a>0{return a,nil}
	x:=[]int{1,2,
3}
fmt.Println(strings.ToUpper(b),x)
return 0,nil}
`

func main() {
	out, err := format.Source([]byte(messy))
	if err != nil {
		fmt.Println("format:", err)
	}
	fmt.Print(string(out))
	fmt.Println("---")

	again, _ := format.Source(out)
	fmt.Println("idempotent:", bytes.Equal(out, again))

	_, err = format.Source([]byte("package p\nfunc {"))
	fmt.Println("syntax error reported:", err != nil)

	// format a fragment (statement list)
	frag, err := format.Source([]byte("x:=1\ny  :=  x+2"))
	fmt.Printf("fragment: %q err=%v\n", frag, err)

	// format an AST node after modifying it
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package q\nfunc oldName(){ println( 1 ) }", 0)
	if err != nil {
		fmt.Println("parse:", err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok {
			fd.Name.Name = "NewName"
		}
		return true
	})
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		fmt.Println("node:", err)
	}
	fmt.Print(buf.String())

	expr, _ := parser.ParseExpr("a+b *c")
	buf.Reset()
	_ = format.Node(&buf, token.NewFileSet(), expr)
	fmt.Println("expr:", buf.String())
}
