package main

import (
	"fmt"
	"math"
)

// Vec2 is a 2D vector with float64 components.
type Vec2 struct {
	X, Y float64
}

func (v Vec2) Add(o Vec2) Vec2      { return Vec2{v.X + o.X, v.Y + o.Y} }
func (v Vec2) Sub(o Vec2) Vec2      { return Vec2{v.X - o.X, v.Y - o.Y} }
func (v Vec2) Scale(s float64) Vec2 { return Vec2{v.X * s, v.Y * s} }
func (v Vec2) Dot(o Vec2) float64   { return v.X*o.X + v.Y*o.Y }
func (v Vec2) Cross(o Vec2) float64 { return v.X*o.Y - v.Y*o.X }
func (v Vec2) Len() float64         { return math.Hypot(v.X, v.Y) }
func (v Vec2) Perp() Vec2           { return Vec2{-v.Y, v.X} }

func (v Vec2) Normalize() Vec2 {
	l := v.Len()
	if l == 0 {
		return v
	}
	return v.Scale(1 / l)
}

func (v Vec2) Rotate(deg float64) Vec2 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Vec2{v.X*c - v.Y*s, v.X*s + v.Y*c}
}

// Project returns the projection of v onto o.
func (v Vec2) Project(o Vec2) Vec2 {
	return o.Scale(v.Dot(o) / o.Dot(o))
}

// Reflect reflects v about a surface with normal n (n must be unit length).
func (v Vec2) Reflect(n Vec2) Vec2 {
	return v.Sub(n.Scale(2 * v.Dot(n)))
}

func (v Vec2) String() string { return fmt.Sprintf("(%.3f, %.3f)", v.X, v.Y) }

// Translate moves the vector in place (pointer receiver).
func (v *Vec2) Translate(dx, dy float64) {
	v.X += dx
	v.Y += dy
}

func Lerp(a, b Vec2, t float64) Vec2 { return a.Add(b.Sub(a).Scale(t)) }

func AngleBetween(a, b Vec2) float64 {
	return math.Atan2(a.Cross(b), a.Dot(b)) * 180 / math.Pi
}

func main() {
	a := Vec2{3, 4}
	b := Vec2{-2, 1}
	fmt.Println("a =", a)
	fmt.Println("b =", b)
	fmt.Printf("a+b     = %v\n", a.Add(b))
	fmt.Printf("a-b     = %v\n", a.Sub(b))
	fmt.Printf("a*2.5   = %v\n", a.Scale(2.5))
	fmt.Printf("a.b     = %8.3f\n", a.Dot(b))
	fmt.Printf("a x b   = %8.3f\n", a.Cross(b))
	fmt.Printf("|a|     = %8.3f  |b| = %8.3f\n", a.Len(), b.Len())
	fmt.Printf("norm(a) = %v\n", a.Normalize())
	fmt.Printf("perp(a) = %v\n", a.Perp())
	fmt.Printf("angle   = %8.3f deg\n", AngleBetween(a, b))
	fmt.Printf("proj a on b = %v\n", a.Project(b))
	fmt.Printf("raw: %+v type: %T\n", struct{ X, Y float64 }(a), a)

	down := Vec2{1, -1}
	floor := Vec2{0, 1}
	fmt.Printf("reflect %v off floor -> %v\n", down, down.Reflect(floor))

	fmt.Println("rotating (1,0):")
	unit := Vec2{1, 0}
	for i := range 8 {
		deg := float64(i * 45)
		r := unit.Rotate(deg)
		fmt.Printf("  %5.1f deg -> x=%8.3f y=%8.3f\n", deg, r.X, r.Y)
	}

	fmt.Println("lerp from a to b:")
	for i := 0; i <= 4; i++ {
		t := float64(i) / 4
		fmt.Printf("  t=%.2f %v\n", t, Lerp(a, b, t))
	}

	p := Vec2{1, 1}
	for _, step := range []Vec2{{2, 0}, {0, 3}, {-1, -1}} {
		p.Translate(step.X, step.Y)
		fmt.Printf("after moving by %v: p=%v\n", step, p)
	}
}
