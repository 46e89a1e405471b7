package main

import (
	"errors"
	"fmt"
	"math"
)

type Vec3 [3]float64

var ErrZeroVector = errors.New("cannot normalise zero vector")

func (v Vec3) Add(w Vec3) Vec3 { return Vec3{v[0] + w[0], v[1] + w[1], v[2] + w[2]} }
func (v Vec3) Sub(w Vec3) Vec3 { return Vec3{v[0] - w[0], v[1] - w[1], v[2] - w[2]} }
func (v Vec3) Scale(k float64) Vec3 {
	for i := range v {
		v[i] *= k // v is a copy, caller unaffected
	}
	return v
}
func (v Vec3) Dot(w Vec3) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v Vec3) Cross(w Vec3) Vec3 {
	return Vec3{v[1]*w[2] - v[2]*w[1], v[2]*w[0] - v[0]*w[2], v[0]*w[1] - v[1]*w[0]}
}
func (v Vec3) Norm() float64 { return math.Sqrt(v.Dot(v)) }

func (v Vec3) Unit() (Vec3, error) {
	n := v.Norm()
	if n == 0 {
		return v, ErrZeroVector
	}
	return v.Scale(1 / n), nil
}

// Normalize works in place through a pointer receiver.
func (v *Vec3) Normalize() error {
	u, err := v.Unit()
	if err != nil {
		return err
	}
	*v = u
	return nil
}

func angle(a, b Vec3) float64 {
	return math.Acos(a.Dot(b)/(a.Norm()*b.Norm())) * 180 / math.Pi
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, -5, 6}
	fmt.Println("a =", a, "b =", b)
	fmt.Printf("%%v %v | %%+v %+v | %%T %T | %%.2f %.2f\n", a, a, a, b)
	fmt.Println("a+b =", a.Add(b), " a-b =", a.Sub(b), " 2a =", a.Scale(2), " a still", a)
	fmt.Println("a.b =", a.Dot(b))
	c := a.Cross(b)
	fmt.Println("a x b =", c, " perpendicular:", c.Dot(a) == 0 && c.Dot(b) == 0)
	fmt.Printf("|a| = %.4f, |b| = %.4f, |a x b| = %.4f\n", a.Norm(), b.Norm(), c.Norm())
	fmt.Printf("angle(a,b) = %.3f deg\n", angle(a, b))

	i, j, k := Vec3{1, 0, 0}, Vec3{0, 1, 0}, Vec3{0, 0, 1}
	fmt.Println("i x j =", i.Cross(j), " j x k =", j.Cross(k), " k x i =", k.Cross(i), " j x i =", j.Cross(i))

	u := b
	if err := u.Normalize(); err == nil {
		fmt.Printf("unit b = %.4f (norm %.6f)\n", u, u.Norm())
	}
	var z Vec3
	if err := z.Normalize(); errors.Is(err, ErrZeroVector) {
		fmt.Println("zero:", err, z)
	}

	// triangle area and a simple centroid of points
	pts := []Vec3{{0, 0, 0}, {4, 0, 0}, {0, 3, 0}, {1, 1, 5}}
	area := pts[1].Sub(pts[0]).Cross(pts[2].Sub(pts[0])).Norm() / 2
	fmt.Printf("triangle area = %g\n", area)
	var centroid Vec3
	for _, p := range pts {
		centroid = centroid.Add(p)
	}
	centroid = centroid.Scale(1 / float64(len(pts)))
	fmt.Printf("centroid = %v, len=%d, equal to itself: %t\n", centroid, len(centroid), centroid == centroid.Scale(1))
	vol := pts[1].Dot(pts[2].Cross(pts[3])) / 6
	fmt.Printf("tetrahedron volume = %8.3f\n", vol)
}
