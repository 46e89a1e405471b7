package main

import (
	"fmt"
	"time"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Tree[T any] struct {
	Value       T
	Left, Right *Tree[T]
}

type List[T any] []T

type Named[T fmt.Stringer] struct {
	Label string
	Item  T
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Wrapper[T any] struct{ inner T }

func (w Wrapper[T]) String() string { return fmt.Sprintf("<%v>", w.inner) }

func (w Wrapper[T]) GoString() string { return fmt.Sprintf("Wrap(%#v)", w.inner) }

type Matrix[T ~int | ~float64] [2][2]T

func describe[T any](v T) string {
	return fmt.Sprintf("%T", v)
}

func main() {
	p := Pair[string, int]{"age", 42}
	fmt.Printf("%v | %+v | %T\n", p, p, p)
	fmt.Printf("%#v\n", p)

	pp := &Pair[Color, []float64]{Blue, []float64{1.5, 2}}
	fmt.Printf("%v | %+v | %T\n", pp, *pp, pp)

	t := &Tree[string]{Value: "root", Left: &Tree[string]{Value: "l"}}
	fmt.Printf("%T %v %v %v\n", t, t.Value, t.Left.Value, t.Right == nil)

	l := List[Pair[int, bool]]{{1, true}, {2, false}}
	fmt.Printf("%v %T len=%d\n", l, l, len(l))

	n := Named[Color]{"fav", Green}
	fmt.Printf("%v %+v %T\n", n, n, n)
	nd := Named[time.Duration]{"timeout", 1500 * time.Millisecond}
	fmt.Printf("%v %T\n", nd, nd)

	w := Wrapper[[]string]{[]string{"a", "b"}}
	fmt.Printf("%v %s %#v %T\n", w, w, w, w)
	ws := []Wrapper[int]{{1}, {2}}
	fmt.Printf("%v %d\n", ws, len(ws))

	m := Matrix[float64]{{1, 0}, {0.5, 2}}
	fmt.Printf("%v %T\n", m, m)

	fmt.Println(describe(p), describe(l), describe(map[string]Pair[int, int]{}))
	fmt.Println(describe(func(Pair[int, string]) error { return nil }))
	fmt.Println(describe(make(chan List[byte])), describe([3]Wrapper[rune]{}))

	var anyVals []any = []any{Pair[int, int]{1, 2}, Wrapper[bool]{true}, List[string]{"x"}, Red}
	for _, v := range anyVals {
		switch x := v.(type) {
		case fmt.Stringer:
			fmt.Printf("stringer %-18T -> %s\n", x, x)
		case Pair[int, int]:
			fmt.Printf("pair     %-18T -> sum %d\n", x, x.Key+x.Val)
		default:
			fmt.Printf("other    %-18T -> %v\n", x, x)
		}
	}

	fmt.Printf("%5v|%-8v|%q\n", Wrapper[int]{7}, Pair[string, string]{"a", "b"}, List[string]{"q", "r"})
	fmt.Printf("%x %08.3f\n", Pair[int, int]{255, 16}, Pair[float64, float64]{2.5, 3.14159})
}
