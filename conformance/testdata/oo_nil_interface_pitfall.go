package main

import (
	"errors"
	"fmt"
)

type MyError struct{ Msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "<nil MyError>"
	}
	return "my error: " + e.Msg
}

// badValidate returns a typed nil pointer as an error: the classic pitfall.
func badValidate(ok bool) error {
	var err *MyError
	if !ok {
		err = &MyError{"invalid"}
	}
	return err // non-nil interface even when err is nil!
}

// goodValidate returns a literal nil when there is no error.
func goodValidate(ok bool) error {
	if !ok {
		return &MyError{"invalid"}
	}
	return nil
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

// Sum works on nil receivers: a nil *Tree is an empty tree.
func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

func isNil(v any) string {
	if v == nil {
		return "interface is nil"
	}
	switch x := v.(type) {
	case *MyError:
		if x == nil {
			return "interface holds nil *MyError"
		}
	case *Tree:
		if x == nil {
			return "interface holds nil *Tree"
		}
	}
	return fmt.Sprintf("interface holds non-nil %T", v)
}

func main() {
	e1 := badValidate(true)
	e2 := goodValidate(true)
	fmt.Println("bad  == nil:", e1 == nil)
	fmt.Println("good == nil:", e2 == nil)
	fmt.Printf("bad  value: %v, type: %T\n", e1, e1)
	fmt.Printf("good value: %v, type: %T\n", e2, e2)

	var target *MyError
	fmt.Println("errors.As on typed nil:", errors.As(e1, &target), target == nil)

	var t *Tree
	fmt.Println("nil tree sum:", t.Sum(), "string:", t)
	t = &Tree{Val: 2, Left: &Tree{Val: 1}, Right: &Tree{Val: 3, Right: &Tree{Val: 4}}}
	fmt.Println("tree:", t, "sum:", t.Sum())

	var s fmt.Stringer
	fmt.Println(isNil(s))
	var nt *Tree
	s = nt
	fmt.Println(isNil(s), "| s == nil:", s == nil, "| prints:", s)
	fmt.Println(isNil(e1))
	fmt.Println(isNil(e2))
	fmt.Println(isNil(t))

	var p *int
	var ip any = p
	fmt.Println("nil *int in any:", ip == nil, ip, ip == (*int)(nil))

	var m map[string]int
	var sl []int
	fmt.Println("nil map len:", len(m), "lookup:", m["x"], "nil slice:", sl, sl == nil, len(sl))
	fmt.Printf("%v %+v %d %s\n", nil, []any{nil, sl, m}, []int(nil), []string(nil))
	var fn func()
	fmt.Println("nil func:", fn == nil)
}
