package main

import (
	"fmt"
	"reflect"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

// badCheck returns a typed nil pointer wrapped in a non-nil interface.
func badCheck(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func goodCheck(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

// IntList follows the textbook idea that nil is a valid empty list.
type IntList struct {
	Value int
	Tail  *IntList
}

func (l *IntList) Sum() int {
	if l == nil {
		return 0
	}
	return l.Value + l.Tail.Sum()
}

func (l *IntList) Push(v int) *IntList { return &IntList{v, l} }

type Named struct{ name string }

func (n *Named) String() string { return "Named(" + n.name + ")" }

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

func main() {
	e1 := badCheck(false)
	e2 := goodCheck(false)
	fmt.Println("bad == nil:", e1 == nil, "good == nil:", e2 == nil)
	fmt.Printf("bad: %v %T\n", e1, e1)
	fmt.Printf("good: %v %T\n", e2, e2)
	if p, ok := e1.(*MyErr); ok {
		fmt.Println("bad holds *MyErr, pointer nil:", p == nil)
	}

	var list *IntList
	fmt.Println("empty sum:", list.Sum())
	list = list.Push(3).Push(4).Push(5)
	fmt.Println("sum:", list.Sum())

	var n *Named
	var s fmt.Stringer = n
	fmt.Println("stringer nil?", s == nil)
	fmt.Println("printing typed nil Stringer:", s)
	fmt.Printf("with %%v: %v, with %%+v: %+v\n", n, n)

	var nilSlice []int
	var nilMap map[string]int
	var nilFunc func()
	var nilIface fmt.Stringer
	vals := []any{nil, nilSlice, nilMap, nilFunc, (*int)(nil), 0, "", []int{}, nilIface}
	for i, v := range vals {
		fmt.Printf("%d: %-14T == nil: %-5t isNil: %t\n", i, v, v == nil, isNil(v))
	}

	fmt.Println("nil slice len:", len(nilSlice), "map lookup:", nilMap["x"])
	nilSlice = append(nilSlice, 1)
	fmt.Println("append to nil slice:", nilSlice)

	var a, b error = (*MyErr)(nil), (*MyErr)(nil)
	fmt.Println("two typed nils equal:", a == b)
	var c error
	fmt.Println("typed nil equals untyped nil iface:", a == c)
}
