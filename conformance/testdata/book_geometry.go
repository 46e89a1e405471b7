// Sections 6.1-6.4: Point and Path with methods, method values and expressions.
package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

// Distance is the traditional function.
func Distance(p, q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

// Distance is the same thing, as a method of Point.
func (p Point) Distance(q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// A Path is a journey connecting the points with straight lines.
type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add // method expression
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	fmt.Println(Distance(p, q), p.Distance(q))

	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println("perimeter:", perim.Distance())

	r := &Point{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r)
	p.ScaleBy(3) // implicit &p
	fmt.Println(p)

	distanceFromP := p.Distance // method value
	fmt.Printf("%.4f %.4f\n", distanceFromP(q), distanceFromP(Point{}))

	scale := r.ScaleBy
	scale(10)
	fmt.Println(*r)

	distance := Point.Distance // method expression
	fmt.Println(distance(Point{0, 0}, Point{3, 4}))
	fmt.Printf("%T\n", distance)
	scaleExpr := (*Point).ScaleBy
	scaleExpr(r, 0.5)
	fmt.Println(*r)

	perim.TranslateBy(Point{10, 20}, true)
	fmt.Println(perim, perim.Distance())
	perim.TranslateBy(Point{10, 20}, false)
	fmt.Println(perim)
}
