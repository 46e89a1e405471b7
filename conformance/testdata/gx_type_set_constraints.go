package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Integer and Float are type-set interfaces; Numeric unions them.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface{ Integer | Float }

// Textual allows string-like types.
type Textual interface{ ~string | ~[]byte }

// StringerOrdered combines a method with a type set.
type StringerOrdered interface {
	~int | ~string
	String() string
}

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"low", "medium", "high"}[p]
}

type Color string

func (c Color) String() string { return "color:" + string(c) }

type UserID int64

func Describe[T StringerOrdered](vs ...T) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.String()
	}
	best := vs[0]
	for _, v := range vs[1:] {
		best = max(best, v)
	}
	return strings.Join(parts, ",") + " max=" + best.String()
}

func Len[T Textual](t T) int { return len(t) }

func Parse[T Integer](s string) (T, error) {
	var zero T
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return zero, err
	}
	v := T(n)
	if int64(v) != n {
		return zero, fmt.Errorf("%s overflows %T", s, zero)
	}
	return v, nil
}

func Dot[T Numeric](a, b []T) T {
	var s T
	for i := range min(len(a), len(b)) {
		s += a[i] * b[i]
	}
	return s
}

type Matrix[T Numeric] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := make(Matrix[T], len(m))
	for i := range m {
		out[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func main() {
	fmt.Println(Describe(Low, High, Medium))
	fmt.Println(Describe(Color("red"), Color("blue")))
	fmt.Println(Len("héllo"), Len([]byte{1, 2, 3}), Len(Color("teal")))

	if v, err := Parse[int8]("100"); err == nil {
		fmt.Printf("%v %T\n", v, v)
	}
	if _, err := Parse[int8]("300"); err != nil {
		fmt.Println("error:", err)
	}
	id, _ := Parse[UserID]("9001")
	fmt.Printf("%v %T\n", id, id)
	_, err := Parse[int]("abc")
	fmt.Println("error:", err)

	fmt.Println(Dot([]int{1, 2, 3}, []int{4, 5, 6}), Dot([]float32{0.5, 1.5}, []float32{2, 2}))
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), m.Mul(Matrix[int]{{1, 0}, {0, 1}}))
	fm := Matrix[float64]{{0.5, 0}, {0, 2}}
	fmt.Printf("%v %T\n", fm.Mul(fm), fm)

	byPrio := map[Priority][]string{High: {"deploy"}, Low: {"docs", "lint"}, Medium: {"review"}}
	fmt.Println(byPrio)
	fmt.Println([]Priority{High, Low}, map[Color]Priority{"red": High, "green": Low})
	fmt.Printf("%v %d %s %q\n", Medium, Medium, Medium, Medium)
}
