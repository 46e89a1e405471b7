package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int          { return p.X + p.Y }
func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }

func main() {
	sum := Point.Sum
	scale := Point.Scale
	p := Point{2, 3}
	fmt.Println(sum(p))
	fmt.Println(scale(p, 10))
	fmt.Printf("%T\n", sum)
}
