package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Labeled combines a type set with a method requirement.
type Labeled interface {
	~int | ~string
	Label() string
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) Label() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type Tag string

func (t Tag) Label() string { return "#" + strings.ToLower(string(t)) }

func Labels[T Labeled](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Label()
	}
	return out
}

// SortByUnderlying sorts using the underlying ordered value, not the label.
func SortByUnderlying[T interface {
	cmp.Ordered
	Label() string
}](xs []T) []T {
	ys := slices.Clone(xs)
	slices.Sort(ys)
	return ys
}

// Shape is a classic method-only constraint.
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ Side float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (s Square) Area() float64 { return s.Side * s.Side }
func (s Square) Name() string  { return "square" }

func Largest[S Shape](shapes ...S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func TotalArea[S Shape](shapes []S) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

// Resetter lets a generic function call pointer-receiver methods on T values.
type Resetter[T any] interface {
	*T
	Reset()
}

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 0 }

func ResetAll[T any, PT Resetter[T]](xs []T) {
	for i := range xs {
		PT(&xs[i]).Reset()
	}
}

func main() {
	days := []Weekday{Wednesday, Sunday, Tuesday, Monday}
	fmt.Println(Labels(days), "sorted:", Labels(SortByUnderlying(days)))

	tags := []Tag{"Go", "Generics", "API"}
	fmt.Printf("%q -> %q\n", tags, Labels(tags))
	fmt.Printf("%v %T\n", SortByUnderlying(tags), SortByUnderlying(tags))

	rects := []Rect{{2, 3}, {4, 1.5}, {1, 10}}
	big := Largest(rects...)
	fmt.Printf("largest %s: %+v area=%.1f total=%.1f\n", big.Name(), big, big.Area(), TotalArea(rects))

	mixed := []Shape{Rect{2, 2}, Square{3}, Rect{1, 5}}
	m := Largest(mixed...)
	fmt.Printf("mixed largest: %T %v (%s) total=%.2f\n", m, m, m.Name(), TotalArea(mixed))
	fmt.Printf("%#v\n", Largest(Square{1}, Square{2.5}))

	counters := []Counter{{3}, {9}, {27}}
	fmt.Println("before:", counters)
	ResetAll(counters)
	fmt.Println("after: ", counters)
}
