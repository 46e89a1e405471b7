package gencycle

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

func TestCycles(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{"type N[K, V any] struct{ next *N[K, V] }", "N"},
		{"type L[T any] struct{ next *L[T] }", ""}, // one parameter: yaegi copes
		{"type A[K any] struct{ b *B[K] }\ntype B[K any] struct{ a *A[K] }", "A"},
		{"type P struct{ next *P }\ntype S[T any] []T\ntype M[K comparable, V any] map[K]S[V]", ""},
		{"type X[T any] struct{ y Y[T] }\ntype Y[T any] struct{ z *Z[T] }\ntype Z[T any] struct{ x *X[T] }", "X"},
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package p\n"+tc.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		var ts Types
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := n.(*ast.TypeSpec); ok {
				ts.Add(s)
			}
			return true
		})
		got, _ := ts.First()
		if got != tc.want {
			t.Errorf("%q: first on a cycle %q, want %q", tc.src, got, tc.want)
		}
	}
}
