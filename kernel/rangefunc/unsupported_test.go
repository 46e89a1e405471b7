package rangefunc_test

import (
	"errors"
	"strings"
	"testing"

	"gokernel/kernel/rangefunc"
)

const seqDecl = `
func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}
`

// unsupported are programs Edits must refuse: at is the text at the
// reported position (its first occurrence), what a part of the message.
var unsupported = []struct{ name, src, at, what string }{
	{"defer", `package main

import "fmt"
` + seqDecl + `
func main() {
	for x := range seq {
		defer fmt.Println(x)
	}
}
`, "defer fmt", "defer"},
	{"defer_in_inner_loop", `package main

import "fmt"
` + seqDecl + `
func main() {
	for x := range seq {
		for i := 0; i < x; i++ {
			if i > 0 {
				defer fmt.Println(x)
			}
		}
	}
}
`, "defer fmt", "defer"},
	{"recover", `package main

import "fmt"
` + seqDecl + `
func main() {
	defer func() {
		for x := range seq {
			fmt.Println(x, recover())
		}
	}()
	panic("p")
}
`, "recover()", "recover"},
	{"goto_out", `package main

import "fmt"
` + seqDecl + `
func main() {
	for x := range seq {
		if x == 1 {
			goto out
		}
	}
out:
	fmt.Println("out")
}
`, "goto out", "goto"},
	{"goto_out_of_inner", `package main

import "fmt"
` + seqDecl + `
func main() {
	for x := range seq {
	again:
		x++
		for y := range seq {
			if y > x {
				goto again
			}
			fmt.Println(x, y)
		}
	}
}
`, "goto again", "goto"},
	{"goto_loop_label", `package main

import "fmt"
` + seqDecl + `
func main() {
	n := 0
L:
	for x := range seq {
		fmt.Println(x)
	}
	n++
	if n < 2 {
		goto L
	}
}
`, "L:", "label"},
	{"result_type_shadowed_at_loop", `package main

import "fmt"
` + seqDecl + `
func main() {
	type T int
	f := func() T {
		type T string
		for x := range seq {
			_ = T("s")
			_ = x
			return 7
		}
		return 0
	}
	fmt.Println(f())
}
`, "for x := range seq", "result"},
	{"result_type_shadowed_at_return", `package main

import "fmt"
` + seqDecl + `
type S string

func (s S) String() string { return string(s) }

func f() (int, fmt.Stringer) {
	for x := range seq {
		fmt := S("shadows the package")
		if x == 1 {
			return x, fmt
		}
	}
	return 0, nil
}

func main() {
	fmt.Println(f())
}
`, "return x, fmt", "result"},
	{"loop_var_type_shadowed", `package main

import "fmt"

type T struct{ N int }

func ts(yield func(T) bool) {
	yield(T{1})
}

func main() {
	T := 3
	for x := range ts {
		fmt.Println(x, T)
	}
}
`, "for x := range ts", "loop variable"},
	{"package_not_imported", `package main

import (
	"fmt"
	"os"
)

func one[V any](v V) func(func(V) bool) {
	return func(yield func(V) bool) { yield(v) }
}

func main() {
	c, _ := os.Stdin.SyscallConn()
	for v := range one(c) {
		fmt.Println(v != nil)
	}
}
`, "for v := range one(c)", "syscall is not imported"},
	{"unexported_type", `package main

import (
	"encoding/binary"
	"fmt"
)

func one[V any](v V) func(func(V) bool) {
	return func(yield func(V) bool) { yield(v) }
}

func main() {
	for v := range one(binary.LittleEndian) {
		fmt.Println(v.String())
	}
}
`, "for v := range one(", "not exported"},
	{"type_parameter", `package main

import "fmt"

func run[S ~func(func(int) bool)](s S) {
	for x := range s {
		fmt.Println(x)
	}
}

func main() {
	run(func(yield func(int) bool) { yield(1) })
}
`, "for x := range s", "type parameter"},
	{"loop_var_named_like_its_type", `package main

import "fmt"

type T int

func ts(yield func(T) bool) { yield(1) }

func main() {
	for T := range ts {
		fmt.Println(T)
	}
}
`, "T := range", "name"},
	{"predeclared_redeclared", `package main

import "fmt"
` + seqDecl + `
func main() {
	for x := range seq {
		if x > 0 {
			true := x == 2
			fmt.Println(true)
			continue
		}
	}
}
`, "true :=", "redeclared"},
	{"func_literal_assigned_to", `package main

import "fmt"
` + seqDecl + `
func main() {
	m := map[int]int{}
	for m[func() int { return 1 }()] = range seq {
	}
	fmt.Println(m)
}
`, "func() int", "func literal"},
	{"recover_assigned_to", `package main

import "fmt"
` + seqDecl + `
func main() {
	m := map[any]int{}
	for m[recover()] = range seq {
	}
	fmt.Println(m)
}
`, "recover()]", "recover"},
	{"assigned_to_spans_lines", `package main

import "fmt"
` + seqDecl + `
type key struct{ a, b string }

func main() {
	m := map[key]int{}
	for m[key{
		a: "x",
		b: "y",
	}] = range seq {
	}
	fmt.Println(m)
}
`, "m[key{", "spans lines"},
}

func TestUnsupported(t *testing.T) {
	for _, u := range unsupported {
		t.Run(u.name, func(t *testing.T) {
			c, err := check(t, []byte(u.src))
			if err != nil {
				t.Fatalf("does not type-check: %v", err)
			}
			edits, err := rangefunc.Edits(c.fset, c.file, c.info)
			var un *rangefunc.Unsupported
			if !errors.As(err, &un) {
				t.Fatalf("Edits = %d edits, %v; want *Unsupported", len(edits), err)
			}
			if edits != nil {
				t.Errorf("edits with an error: %v", edits)
			}
			want := strings.Index(u.src, u.at)
			if want < 0 {
				t.Fatalf("%q not in the source", u.at)
			}
			if got := c.fset.Position(un.Pos); got.Offset != want {
				t.Errorf("Unsupported at %v (offset %d), want offset %d (%q); %v", got, got.Offset, want, u.at, err)
			}
			if !strings.Contains(err.Error(), un.What) {
				t.Errorf("Error() = %q does not say %q", err.Error(), un.What)
			}
			if !strings.Contains(un.What, u.what) {
				t.Errorf("Unsupported.What = %q, want it to mention %q", un.What, u.what)
			}
		})
	}
}
