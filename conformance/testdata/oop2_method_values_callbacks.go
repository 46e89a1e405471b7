package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Add(d int)      { c.n += d }
func (c *Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) Scale(k int) Point {
	return Point{p.X * k, p.Y * k}
}

type Button struct {
	label   string
	onClick []func()
}

func (b *Button) OnClick(f func()) { b.onClick = append(b.onClick, f) }
func (b *Button) Click() {
	fmt.Println("click", b.label)
	for _, f := range b.onClick {
		f()
	}
}

type Caesar struct{ shift rune }

func (c Caesar) rot(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+c.shift+26)%26
	}
	return r
}

type Inventory struct{ prices map[string]int }

func (inv Inventory) cheaper(items []string) func(i, j int) bool {
	return func(i, j int) bool { return inv.prices[items[i]] < inv.prices[items[j]] }
}

func apply(fs []func(int), v int) {
	for _, f := range fs {
		f(v)
	}
}

func main() {
	hits := &Counter{name: "hits"}
	misses := &Counter{name: "misses"}

	add := hits.Add // bound method value
	add(3)
	add(4)
	(*Counter).Add(misses, 2) // method expression
	apply([]func(int){hits.Add, misses.Add, hits.Add}, 10)
	fmt.Println(hits.Report(), misses.Report())

	// A value-receiver method value copies the receiver at evaluation time.
	p := Point{1, 2}
	str := p.String
	p.X = 100
	fmt.Println("bound earlier:", str(), "now:", p)

	scale := Point.Scale // func(Point, int) Point
	fmt.Println("method expression:", scale(Point{2, 3}, 4))

	// Pointer-receiver method values see later changes.
	rep := hits.Report
	hits.Add(1)
	fmt.Println("pointer bound:", rep())

	btn := &Button{label: "save"}
	btn.OnClick(func() { hits.Add(100) })
	btn.OnClick(func() { fmt.Println("  handler:", hits.Report()) })
	var s fmt.Stringer = Point{7, 8}
	btn.OnClick(func() { fmt.Println("  interface method:", s.String()) })
	btn.Click()

	enc, dec := Caesar{3}, Caesar{-3}
	secret := strings.Map(enc.rot, "hello, world")
	fmt.Println("encoded:", secret, "decoded:", strings.Map(dec.rot, secret))

	inv := Inventory{prices: map[string]int{"tea": 4, "cake": 9, "bun": 2, "pie": 6}}
	items := []string{"cake", "tea", "pie", "bun"}
	sort.Slice(items, inv.cheaper(items))
	fmt.Println("by price:", items)

	reports := []func() string{hits.Report, misses.Report, Point{0, 1}.String}
	out := make([]string, 0, len(reports))
	for _, r := range reports {
		out = append(out, r())
	}
	fmt.Println(strings.Join(out, " | "))
	fmt.Printf("%T %T\n", (*Counter).Add, hits.Add)
}
