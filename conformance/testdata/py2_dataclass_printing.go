package main

import (
	"fmt"
	"reflect"
	"slices"
)

// @dataclass
// class Point: x: int; y: int = 0
type Point struct {
	X int
	Y int
}

type Item struct {
	Name     string
	Price    float64
	Qty      int
	Tags     []string
	Attrs    map[string]string
	Location Point
	note     string
}

type Order struct {
	ID    int
	Items []Item
	Paid  bool
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

// dataclasses.replace
func (p Point) Replace(x int) Point { p.X = x; return p }

// dataclasses.astuple-ish via reflection
func fields(v any) []string {
	t := reflect.TypeOf(v)
	out := []string{}
	for i := range t.NumField() {
		f := t.Field(i)
		out = append(out, f.Name+":"+f.Type.String())
	}
	return out
}

func main() {
	p := Point{X: 1}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Println(p == Point{1, 0}, p.Replace(5), p)

	it := Item{
		Name: "widget", Price: 2.5, Qty: 4,
		Tags:     []string{"new", "sale"},
		Attrs:    map[string]string{"size": "M", "color": "red"},
		Location: Point{3, 4},
		note:     "private",
	}
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("total=%.2f\n", it.Total())

	empty := Item{}
	fmt.Printf("%+v\n", empty)
	fmt.Printf("%#v\n", empty.Tags == nil)

	o := Order{ID: 7, Items: []Item{it, {Name: "gadget", Price: 10, Qty: 1}}}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o.Items[1])

	// order=True: sort dataclasses by fields
	pts := []Point{{3, 1}, {1, 2}, {1, 1}, {2, 9}}
	slices.SortFunc(pts, func(a, b Point) int {
		if a.X != b.X {
			return a.X - b.X
		}
		return a.Y - b.Y
	})
	fmt.Println(pts)
	fmt.Printf("%+v\n", pts)
	fmt.Println(fields(Point{}))
	fmt.Println(fields(Order{}))

	// frozen=True: values are copied, so mutation of a copy doesn't leak
	q := p
	q.Y = 42
	fmt.Printf("%+v %+v\n", p, q)
	// pointers print with & when at top level
	fmt.Printf("%+v\n", &q)
	fmt.Printf("%T %T\n", q, &o)
}
