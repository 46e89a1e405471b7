package main

import (
	"fmt"
	"math"
)

type Float interface{ ~float32 | ~float64 }

type Vec3[T Float] struct{ X, Y, Z T }

func V[T Float](x, y, z T) Vec3[T] { return Vec3[T]{x, y, z} }

func (a Vec3[T]) Add(b Vec3[T]) Vec3[T] { return Vec3[T]{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3[T]) Sub(b Vec3[T]) Vec3[T] { return Vec3[T]{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3[T]) Scale(k T) Vec3[T]     { return Vec3[T]{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3[T]) Dot(b Vec3[T]) T       { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3[T]) Cross(b Vec3[T]) Vec3[T] {
	return Vec3[T]{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec3[T]) Len() T { return T(math.Sqrt(float64(a.Dot(a)))) }
func (a Vec3[T]) Norm() Vec3[T] {
	l := a.Len()
	if l == 0 {
		return a
	}
	return a.Scale(1 / l)
}
func (a Vec3[T]) String() string { return fmt.Sprintf("<%.4g %.4g %.4g>", a.X, a.Y, a.Z) }

func Angle[T Float](a, b Vec3[T]) float64 {
	c := float64(a.Dot(b)) / float64(a.Len()*b.Len())
	return math.Acos(math.Max(-1, math.Min(1, c))) * 180 / math.Pi
}

func Project[T Float](a, onto Vec3[T]) Vec3[T] {
	return onto.Scale(a.Dot(onto) / onto.Dot(onto))
}

type Plane[T Float] struct {
	N Vec3[T] // unit normal
	D T       // N·p = D
}

func PlaneFrom[T Float](a, b, c Vec3[T]) Plane[T] {
	n := b.Sub(a).Cross(c.Sub(a)).Norm()
	return Plane[T]{n, n.Dot(a)}
}

func (p Plane[T]) Distance(q Vec3[T]) T { return p.N.Dot(q) - p.D }

func (p Plane[T]) RayHit(origin, dir Vec3[T]) (Vec3[T], T, bool) {
	den := p.N.Dot(dir)
	if den == 0 {
		return Vec3[T]{}, 0, false
	}
	t := (p.D - p.N.Dot(origin)) / den
	if t < 0 {
		return Vec3[T]{}, t, false
	}
	return origin.Add(dir.Scale(t)), t, true
}

func TetraVolume[T Float](a, b, c, d Vec3[T]) T {
	v := b.Sub(a).Dot(c.Sub(a).Cross(d.Sub(a))) / 6
	if v < 0 {
		v = -v
	}
	return v
}

func main() {
	x, y, z := V(1.0, 0, 0), V(0.0, 1, 0), V(0.0, 0, 1)
	fmt.Println("x cross y =", x.Cross(y), " y cross x =", y.Cross(x))
	fmt.Printf("%T %+v\n", z, z)
	a, b := V(1.0, 2, 3), V(-2.0, 0.5, 4)
	fmt.Printf("a=%v b=%v a+b=%v a-b=%v\n", a, b, a.Add(b), a.Sub(b))
	fmt.Printf("a.b=%.3f |a|=%.4f |b|=%.4f angle=%.3f deg\n", a.Dot(b), a.Len(), b.Len(), Angle(a, b))
	fmt.Printf("proj a on b = %v, a x b = %v (dot with a: %g)\n", Project(a, b), a.Cross(b), a.Cross(b).Dot(a))
	fmt.Printf("unit a = %v len=%.6f\n", a.Norm(), a.Norm().Len())

	af := V[float32](1, 2, 3)
	fmt.Printf("%T %v len=%v\n", af, af, af.Len())
	fmt.Printf("float32 vs float64 len diff = %.3e\n", float64(af.Len())-a.Len())

	pl := PlaneFrom(V(0.0, 0, 2), V(1.0, 0, 2), V(0.0, 1, 2))
	fmt.Printf("plane %+v\n", pl)
	for _, q := range []Vec3[float64]{V(5.0, 5, 7), V(0.0, 0, 2), V(-1.0, 3, -1)} {
		fmt.Printf("  distance from %v = %+.2f\n", q, pl.Distance(q))
	}
	tilted := PlaneFrom(V(1.0, 0, 0), V(0.0, 1, 0), V(0.0, 0, 1))
	fmt.Printf("tilted normal %v d=%.4f\n", tilted.N, tilted.D)
	rays := [][2]Vec3[float64]{
		{V(0.0, 0, 0), V(1.0, 1, 1)},
		{V(0.0, 0, 0), V(-1.0, 0, 0)},
		{V(2.0, 2, 2), V(0.0, 0, -1)},
		{V(0.0, 0, 5), V(1.0, -1, 0)},
	}
	for _, r := range rays {
		hit, t, ok := tilted.RayHit(r[0], r[1])
		fmt.Printf("  ray %v dir %v -> hit=%t t=%.3f at %v\n", r[0], r[1], ok, t, hit)
	}
	fmt.Printf("unit tetra volume = %.5f\n", TetraVolume(V(0.0, 0, 0), x, y, z))
	cube := TetraVolume(V(0.0, 0, 0), V(2.0, 0, 0), V(0.0, 3, 0), V(0.0, 0, 4))
	fmt.Printf("corner tetra of 2x3x4 box = %.5f (box/6 = %.5f)\n", cube, 24.0/6)

	tri := [3]Vec3[float64]{V(0.0, 0, 0), V(4.0, 0, 0), V(0.0, 3, 0)}
	n := tri[1].Sub(tri[0]).Cross(tri[2].Sub(tri[0]))
	fmt.Printf("triangle normal %v area=%.2f\n", n.Norm(), n.Len()/2)
}
