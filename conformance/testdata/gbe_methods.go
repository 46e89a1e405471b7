// Go by Example: Methods
package main

import (
	"fmt"
	"strings"
)

type rect struct {
	width, height int
}

// area has a receiver type of *rect.
func (r *rect) area() int {
	return r.width * r.height
}

// Methods can be defined for either pointer or value receiver types.
func (r rect) perim() int {
	return 2*r.width + 2*r.height
}

// A pointer receiver lets the method mutate the value.
func (r *rect) grow(d int) {
	r.width += d
	r.height += d
}

// A value receiver operates on a copy.
func (r rect) growCopy(d int) rect {
	r.width += d
	r.height += d
	return r
}

// Methods on non-struct named types.
type celsius float64

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

type path []string

func (p path) String() string { return "/" + strings.Join(p, "/") }

func (p *path) push(seg string) { *p = append(*p, seg) }

func main() {
	r := rect{width: 10, height: 5}

	// Here we call the 2 methods defined for our struct.
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())

	// Go automatically handles conversion between values and
	// pointers for method calls.
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())

	r.grow(1)
	fmt.Println("after grow:", r)
	bigger := r.growCopy(10)
	fmt.Println("copy:", bigger, "original:", r)

	// Method values bind the receiver.
	areaOf := r.area
	r.width = 100
	fmt.Println("method value sees pointer:", areaOf())
	perimOf := r.perim
	r.width = 1
	fmt.Println("method value copied receiver:", perimOf())

	// Method expressions take the receiver as first argument.
	perim := rect.perim
	fmt.Println("method expr:", perim(rect{2, 3}))
	area := (*rect).area
	fmt.Println("pointer method expr:", area(&rect{4, 4}))

	fmt.Printf("%.1f°F\n", celsius(37).fahrenheit())

	var p path
	p.push("usr")
	p.push("local")
	p.push("bin")
	fmt.Println(p, len(p))
}
