package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3         { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3         { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(k float64) Vec3    { return Vec3{k * a.X, k * a.Y, k * a.Z} }
func (a Vec3) Dot(b Vec3) float64      { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Norm() float64           { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Unit() Vec3              { return a.Scale(1 / a.Norm()) }
func (a Vec3) ProjectOnto(b Vec3) Vec3 { return b.Scale(a.Dot(b) / b.Dot(b)) }

func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{
		a.Y*b.Z - a.Z*b.Y,
		a.Z*b.X - a.X*b.Z,
		a.X*b.Y - a.Y*b.X,
	}
}

func (a Vec3) AngleTo(b Vec3) float64 {
	c := a.Dot(b) / (a.Norm() * b.Norm())
	return math.Acos(max(-1, min(1, c))) * 180 / math.Pi
}

func (a Vec3) String() string {
	return fmt.Sprintf("<%.3f, %.3f, %.3f>", a.X, a.Y, a.Z)
}

type Triangle [3]Vec3

func (t Triangle) Area() float64 {
	return t[1].Sub(t[0]).Cross(t[2].Sub(t[0])).Norm() / 2
}

func (t Triangle) Normal() Vec3 {
	return t[1].Sub(t[0]).Cross(t[2].Sub(t[0])).Unit()
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, -1, 2}
	fmt.Println("a =", a, " b =", b)
	fmt.Println("a + b =", a.Add(b))
	fmt.Println("a - b =", a.Sub(b))
	fmt.Printf("a . b = %.3f\n", a.Dot(b))
	fmt.Println("a x b =", a.Cross(b))
	fmt.Printf("|a| = %.4f, unit a = %v\n", a.Norm(), a.Unit())
	fmt.Printf("angle between a and b: %.2f degrees\n", a.AngleTo(b))
	fmt.Println("projection of a on b:", a.ProjectOnto(b))

	// a x b is perpendicular to both
	c := a.Cross(b)
	fmt.Printf("(a x b).a = %.1f, (a x b).b = %.1f\n", c.Dot(a), c.Dot(b))

	// Torque of a force applied at the end of a spanner.
	r := Vec3{0.25, 0, 0}
	f := Vec3{0, 40, -10}
	tau := r.Cross(f)
	fmt.Printf("torque r x F = %v, magnitude %.2f N m\n", tau, tau.Norm())

	// Work done moving along a path of displacements in a constant field.
	gravity := Vec3{0, 0, -9.81 * 2.0}
	path := []Vec3{{3, 0, 1}, {0, 4, 2}, {-1, -1, -5}}
	work, pos := 0.0, Vec3{}
	for _, d := range path {
		work += gravity.Dot(d)
		pos = pos.Add(d)
	}
	fmt.Printf("work along path = %.2f J, straight line = %.2f J\n", work, gravity.Dot(pos))

	tri := Triangle{{0, 0, 0}, {1, 0, 0}, {0, 1, 1}}
	fmt.Printf("triangle area %.4f, normal %v\n", tri.Area(), tri.Normal())
	fmt.Printf("%+v\n", tri[2])
}
