package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (v Vec3) String() string { return fmt.Sprintf("(%7.3f %7.3f %7.3f)", v.X, v.Y, v.Z) }

type Quat struct{ W, X, Y, Z float64 }

func (q Quat) String() string {
	return fmt.Sprintf("[w=%6.3f x=%6.3f y=%6.3f z=%6.3f]", q.W, q.X, q.Y, q.Z)
}

func FromAxisAngle(axis Vec3, deg float64) Quat {
	l := math.Sqrt(axis.X*axis.X + axis.Y*axis.Y + axis.Z*axis.Z)
	s, c := math.Sincos(deg * math.Pi / 360)
	return Quat{c, axis.X / l * s, axis.Y / l * s, axis.Z / l * s}
}

func (a Quat) Mul(b Quat) Quat {
	return Quat{
		a.W*b.W - a.X*b.X - a.Y*b.Y - a.Z*b.Z,
		a.W*b.X + a.X*b.W + a.Y*b.Z - a.Z*b.Y,
		a.W*b.Y - a.X*b.Z + a.Y*b.W + a.Z*b.X,
		a.W*b.Z + a.X*b.Y - a.Y*b.X + a.Z*b.W,
	}
}

func (q Quat) Conj() Quat           { return Quat{q.W, -q.X, -q.Y, -q.Z} }
func (q Quat) Dot(r Quat) float64   { return q.W*r.W + q.X*r.X + q.Y*r.Y + q.Z*r.Z }
func (q Quat) Norm() float64        { return math.Sqrt(q.Dot(q)) }
func (q Quat) Scale(s float64) Quat { return Quat{q.W * s, q.X * s, q.Y * s, q.Z * s} }
func (q Quat) Add(r Quat) Quat      { return Quat{q.W + r.W, q.X + r.X, q.Y + r.Y, q.Z + r.Z} }

func (q Quat) Rotate(v Vec3) Vec3 {
	p := q.Mul(Quat{0, v.X, v.Y, v.Z}).Mul(q.Conj())
	return Vec3{p.X, p.Y, p.Z}
}

// Angle returns the rotation angle in degrees.
func (q Quat) Angle() float64 { return 2 * math.Acos(min(1, math.Abs(q.W))) * 180 / math.Pi }

func Slerp(a, b Quat, t float64) Quat {
	d := a.Dot(b)
	if d < 0 {
		b, d = b.Scale(-1), -d
	}
	if d > 0.9995 {
		r := a.Add(b.Add(a.Scale(-1)).Scale(t))
		return r.Scale(1 / r.Norm())
	}
	theta := math.Acos(d)
	sa, sb := math.Sin((1-t)*theta), math.Sin(t*theta)
	return a.Scale(sa).Add(b.Scale(sb)).Scale(1 / math.Sin(theta))
}

// RotZ rotates v around Z by deg using plain trigonometry, for comparison.
func RotZ(v Vec3, deg float64) Vec3 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Vec3{v.X*c - v.Y*s, v.X*s + v.Y*c, v.Z}
}

func main() {
	qz := FromAxisAngle(Vec3{0, 0, 1}, 90)
	qx := FromAxisAngle(Vec3{1, 0, 0}, 90)
	fmt.Println("qz =", qz, "norm", fmt.Sprintf("%.3f", qz.Norm()))
	fmt.Println("qx =", qx)

	pts := []Vec3{{1, 0, 0}, {0, 1, 0}, {1, 1, 1}}
	for _, p := range pts {
		fmt.Printf("p=%v qz:%v matrix:%v qx:%v\n", p, qz.Rotate(p), RotZ(p, 90), qx.Rotate(p))
	}

	both := qx.Mul(qz)
	fmt.Printf("qx*qz = %v angle %.3f deg\n", both, both.Angle())
	fmt.Printf("apply qz then qx to X axis: %v\n", qx.Rotate(qz.Rotate(Vec3{1, 0, 0})))
	fmt.Printf("combined on X axis:         %v\n", both.Rotate(Vec3{1, 0, 0}))
	fmt.Printf("q * conj(q) = %v\n", both.Mul(both.Conj()))

	id := Quat{W: 1}
	target := FromAxisAngle(Vec3{0, 1, 0}, 120)
	fmt.Println("slerp identity -> 120 deg about Y, applied to (1,0,0):")
	for i := range 5 {
		t := float64(i) / 4
		q := Slerp(id, target, t)
		fmt.Printf("  t=%.2f angle=%7.3f %v\n", t, q.Angle(), q.Rotate(Vec3{1, 0, 0}))
	}
	fmt.Printf("%+v\n", struct{ W, X, Y, Z float64 }(id))
}
