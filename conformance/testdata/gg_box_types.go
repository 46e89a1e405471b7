package main

import (
	"fmt"
	"strings"
)

type Box[T any] struct {
	Label string
	Value T
}

func NewBox[T any](label string, v T) Box[T] { return Box[T]{Label: label, Value: v} }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%s>(%v)", b.Label, b.Value) }

func (b Box[T]) With(v T) Box[T] {
	b.Value = v
	return b
}

// Rebox converts the contents, keeping the label.
func Rebox[T, U any](b Box[T], f func(T) U) Box[U] {
	return Box[U]{Label: b.Label, Value: f(b.Value)}
}

// Ref is a pointer-receiver generic type.
type Ref[T any] struct {
	val     T
	updates int
}

func (r *Ref[T]) Set(v T)   { r.val = v; r.updates++ }
func (r *Ref[T]) Get() T    { return r.val }
func (r Ref[T]) Count() int { return r.updates }

type Named interface{ Name() string }

type Wrapper[T Named] struct{ inner T }

func (w Wrapper[T]) Describe() string { return "wrapped " + w.inner.Name() }

type Dog struct{ breed string }

func (d Dog) Name() string { return "dog:" + d.breed }

type Celsius float64

// BoxAlias is a generic type alias.
type BoxAlias[T any] = Box[T]

type IntBox = Box[int]

func main() {
	bi := NewBox("count", 42)
	bs := NewBox("greeting", "hello")
	bf := NewBox("ratio", 0.75)
	fmt.Printf("%T\n%T\n%T\n", bi, bs, bf)
	fmt.Println(bi, bs, bf)
	fmt.Printf("%v | %+v | %s\n", bi, bi, bs)
	fmt.Printf("%#v\n", bf.Value)

	bp := &bi
	fmt.Printf("%T %v\n", bp, bp.With(7))
	fmt.Println("original unchanged:", bi.Value)

	nested := NewBox("outer", NewBox("inner", []string{"a", "b"}))
	fmt.Printf("%T\n%v\n", nested, nested)

	lengths := Rebox(bs, func(s string) int { return len(s) })
	shout := Rebox(bs, strings.ToUpper)
	fmt.Printf("%T %v / %T %v\n", lengths, lengths, shout, shout)

	var r Ref[Celsius]
	r.Set(21.5)
	r.Set(r.Get() + 1.25)
	fmt.Printf("%T value=%5.2f updates=%d\n", &r, float64(r.Get()), r.Count())

	w := Wrapper[Dog]{Dog{"collie"}}
	fmt.Printf("%T %q\n", w, w.Describe())

	var a BoxAlias[Celsius] = NewBox[Celsius]("temp", 19.5)
	var ib IntBox = NewBox("alias", 3)
	fmt.Printf("%T %v\n%T %v\n", a, a, ib, ib)

	boxes := []Box[int]{NewBox("x", 1), NewBox("y", 2)}
	fmt.Printf("%v %T\n", boxes, boxes)
	m := map[string]Box[bool]{"on": NewBox("on", true), "off": NewBox("off", false)}
	fmt.Printf("%v\n%T\n", m, m)
	var anyv any = bi
	switch v := anyv.(type) {
	case Box[string]:
		fmt.Println("string box", v.Value)
	case Box[int]:
		fmt.Println("int box", v.Value+1)
	}
	_, isStr := anyv.(fmt.Stringer)
	fmt.Println("is Stringer:", isStr)
}
