package program

import (
	"fmt"
	"testing"
)

// sessionOf is a session of n functions, each calling the previous one,
// and as many types with a method.
func sessionOf(n int) []string {
	decls := []string{`import "fmt"`}
	for i := range n {
		decls = append(decls,
			fmt.Sprintf("/*line _.go:1:1*/func f%d(x int) int { return f%d(x) + 1 }", i, max(i-1, 0)),
			fmt.Sprintf("/*line _.go:2:1*/type T%d struct{ A, B int }", i),
			fmt.Sprintf("/*line _.go:3:1*/func (t T%d) String() string { return fmt.Sprint(t.A) }", i))
	}
	return decls
}

// Needed on the same declarations again (a session rebuild) hits the cache.
func BenchmarkNeeded(b *testing.B) {
	decls := sessionOf(200)
	for b.Loop() {
		Needed(decls, []string{"f100", "T3"})
	}
}

func BenchmarkMain(b *testing.B) {
	decls := sessionOf(200)
	resolve := func(name string) (string, bool) { return DefaultResolve(name) }
	for b.Loop() {
		if _, err := Main(decls, "x := f50(3)\nfmt.Println(x, T7{})\nfunc g() { strings.ToUpper(\"a\") }", Options{Resolve: resolve}); err != nil {
			b.Fatal(err)
		}
	}
}
