package typecheck

import (
	"fmt"
	"testing"
)

// sessionOf is a session of n declarations, as Session.Declarations
// gives them: functions calling the previous one, types with a String
// method, variables.
func sessionOf(n int) []string {
	decls := []string{`import "fmt"`, `import "strings"`}
	for i := 0; len(decls) < n; i++ {
		decls = append(decls,
			fmt.Sprintf("/*line _.go:1:1*/func f%d(x int) int { return f%d(x) + 1 }", i, max(i-1, 0)),
			fmt.Sprintf("/*line _.go:2:1*/type T%d struct{ A, B int }", i),
			fmt.Sprintf("/*line _.go:3:1*/func (t T%d) String() string { return fmt.Sprint(t.A) + strings.Repeat(\"b\", t.B) }", i),
			fmt.Sprintf("/*line _.go:4:1*/var v%d int", i))
	}
	return decls[:n]
}

// BenchmarkCheck is the cost a cell's type check adds to it, in a
// session of 10 and 200 declarations: a trivial cell, and one that uses
// declarations, the standard library and the runtime.
func BenchmarkCheck(b *testing.B) {
	c := checker(b)
	cells := map[string]string{
		"trivial": "v1 = 2",
		"typical": "x := f1(v1)\nfmt.Println(T1{A: x}, strings.ToUpper(\"a\"))\nvar lk threads.Lock\nlk.Acquire()\nlk.Release()\nx",
	}
	for _, n := range []int{10, 200} {
		decls := sessionOf(n)
		for _, name := range []string{"trivial", "typical"} {
			b.Run(fmt.Sprintf("decls=%d/%s", n, name), func(b *testing.B) {
				for b.Loop() {
					if err := c.Check(decls, cells[name], nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
