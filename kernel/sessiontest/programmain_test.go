package sessiontest

import (
	"strings"
	"testing"
)

// A cell that calls main() after a whole-program cell runs the program's
// main once (not the initializers, not init), with and without a Go
// toolchain; it failed with "reflect: call of reflect.Value.Call on int
// Value".
func TestCellCallsProgramMain(t *testing.T) {
	const prog = `package main

import "fmt"

var runs = initRuns()

func initRuns() int { fmt.Println("initializer"); return 0 }

func init() { fmt.Println("init") }

func main() {
	runs++
	fmt.Println("main run", runs)
}
`
	for _, env := range [][]string{nil, {"GOKERNEL_GO=/nonexistent"}} {
		t.Run(strings.Join(append([]string{"env"}, env...), " "), func(t *testing.T) {
			k := start(t, env...)
			if r := k.ok(prog); r.Stdout != "initializer\ninit\nmain run 1\n" {
				t.Fatalf("the program printed %q", r.Stdout)
			}
			r := k.ok("main()\nfmt.Println(\"after\")")
			// Compiled, the program changed its own copy of runs; the
			// session's starts from the initializer's value.
			want := "main run 1\nafter\n"
			if env != nil {
				want = "main run 2\nafter\n"
			}
			if r.Stdout != want {
				t.Errorf("main() printed %q, want %q (stderr %q)", r.Stdout, want, r.Stderr)
			}
		})
	}
}
