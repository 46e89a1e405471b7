package main

import (
	"fmt"
	"math"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3        { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3        { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(s float64) Vec3   { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float64     { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Norm() float64          { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Unit() Vec3             { return a.Scale(1 / a.Norm()) }
func (a Vec3) Project(b Vec3) Vec3    { return b.Scale(a.Dot(b) / b.Dot(b)) }
func (a Vec3) AngleTo(b Vec3) float64 { return math.Acos(a.Dot(b) / (a.Norm() * b.Norm())) }

func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func (a Vec3) String() string { return fmt.Sprintf("(%.4f, %.4f, %.4f)", a.X, a.Y, a.Z) }

// gramSchmidt orthonormalises a list of linearly independent vectors.
func gramSchmidt(vs []Vec3) []Vec3 {
	var basis []Vec3
	for _, v := range vs {
		w := v
		for _, e := range basis {
			w = w.Sub(e.Scale(w.Dot(e)))
		}
		basis = append(basis, w.Unit())
	}
	return basis
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, -5, 6}
	fmt.Println("a       =", a)
	fmt.Println("b       =", b)
	fmt.Println("a + b   =", a.Add(b))
	fmt.Println("a - b   =", a.Sub(b))
	fmt.Println("2a      =", a.Scale(2))
	fmt.Printf("a . b   = %g\n", a.Dot(b))
	fmt.Println("a x b   =", a.Cross(b))
	fmt.Printf("|a|     = %.6f, |b| = %.6f\n", a.Norm(), b.Norm())
	fmt.Println("unit(a) =", a.Unit())
	fmt.Printf("angle   = %.4f rad = %.2f deg\n", a.AngleTo(b), a.AngleTo(b)*180/math.Pi)
	fmt.Println("proj a on b =", a.Project(b))
	c := a.Cross(b)
	fmt.Printf("(a x b).a = %g, (a x b).b = %g\n", c.Dot(a), c.Dot(b))

	// Triangle geometry.
	p, q, r := Vec3{0, 0, 0}, Vec3{3, 0, 0}, Vec3{0, 4, 0}
	area := q.Sub(p).Cross(r.Sub(p)).Norm() / 2
	centroid := p.Add(q).Add(r).Scale(1.0 / 3)
	fmt.Printf("triangle area %.2f, centroid %v, hypotenuse %.2f\n", area, centroid, q.Sub(r).Norm())

	// Physics: work, torque and the Lorentz force.
	force := Vec3{10, 0, 5}       // N
	displacement := Vec3{3, 4, 0} // m
	lever := Vec3{0.5, 0, 0}      // m
	fmt.Printf("work W = F.d = %.2f J\n", force.Dot(displacement))
	fmt.Println("torque tau = r x F =", lever.Cross(force))
	qCharge := 1.602e-19
	vel := Vec3{2e5, 0, 0}
	bField := Vec3{0, 0, 0.5}
	lorentz := vel.Cross(bField).Scale(qCharge)
	fmt.Printf("Lorentz force = (%.3e, %.3e, %.3e) N\n", lorentz.X, lorentz.Y, lorentz.Z)

	// Orthonormal basis.
	basis := gramSchmidt([]Vec3{{1, 1, 0}, {1, 0, 1}, {0, 1, 1}})
	for i, e := range basis {
		fmt.Printf("e%d = %v |e|=%.6f\n", i+1, e, e.Norm())
	}
	orth := true
	for i := range basis {
		for j := i + 1; j < len(basis); j++ {
			if math.Abs(basis[i].Dot(basis[j])) > 1e-12 {
				orth = false
			}
		}
	}
	fmt.Println("pairwise orthogonal (|ei.ej| < 1e-12):", orth)

	// Scalar triple product = volume of a parallelepiped.
	u, v, w := Vec3{1, 0, 0}, Vec3{1, 2, 0}, Vec3{1, 1, 3}
	fmt.Printf("volume = |u.(v x w)| = %g\n", math.Abs(u.Dot(v.Cross(w))))
}
