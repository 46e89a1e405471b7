package main

import (
	"fmt"
	"math"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

// Vec3 is a generic 3D vector.
type Vec3[T Number] struct{ X, Y, Z T }

func (a Vec3[T]) Add(b Vec3[T]) Vec3[T] { return Vec3[T]{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3[T]) Sub(b Vec3[T]) Vec3[T] { return Vec3[T]{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3[T]) Scale(s T) Vec3[T]     { return Vec3[T]{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3[T]) Dot(b Vec3[T]) T       { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3[T]) Cross(b Vec3[T]) Vec3[T] {
	return Vec3[T]{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func Convert[U, T Number](v Vec3[T]) Vec3[U] { return Vec3[U]{U(v.X), U(v.Y), U(v.Z)} }

func Length[T Number](v Vec3[T]) float64 { return math.Sqrt(float64(v.Dot(v))) }

func Normalize(v Vec3[float64]) Vec3[float64] { return v.Scale(1 / Length(v)) }

func Sum[T Number](vs []Vec3[T]) Vec3[T] {
	var s Vec3[T]
	for _, v := range vs {
		s = s.Add(v)
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Face struct {
	Name    string
	A, B, C Vec3[int]
}

func main() {
	a := Vec3[int]{1, 2, 3}
	b := Vec3[int]{4, -5, 6}
	fmt.Printf("a=%v b=%+v\n", a, b)
	fmt.Printf("a+b=%v a-b=%v 3a=%v\n", a.Add(b), a.Sub(b), a.Scale(3))
	fmt.Printf("a.b=%d axb=%v type %T\n", a.Dot(b), a.Cross(b), a.Cross(b))
	fmt.Printf("|a|=%8.3f |b|=%8.3f\n", Length(a), Length(b))

	f := Convert[float64](a)
	fmt.Printf("converted %v to %T, normalized %.3f\n", f, f, Normalize(f))
	small := Convert[float32](b).Scale(0.5)
	fmt.Printf("float32 half of b: %v (%T)\n", small, small.X)

	cube := []Vec3[int]{
		{0, 0, 0}, {2, 0, 0}, {2, 2, 0}, {0, 2, 0},
		{0, 0, 2}, {2, 0, 2}, {2, 2, 2}, {0, 2, 2},
	}
	s := Sum(cube)
	fmt.Printf("cube vertex sum=%v centroid=%v\n", s, Convert[float64](s).Scale(1.0/float64(len(cube))))

	faces := []Face{
		{"bottom", cube[0], cube[3], cube[2]},
		{"top", cube[4], cube[5], cube[6]},
		{"front", cube[0], cube[1], cube[5]},
		{"back", cube[3], cube[7], cube[6]},
		{"left", cube[0], cube[4], cube[7]},
		{"right", cube[1], cube[2], cube[6]},
	}
	light := Normalize(Vec3[float64]{1, 2, 3})
	for _, fc := range faces {
		n := fc.B.Sub(fc.A).Cross(fc.C.Sub(fc.A))
		unit := Normalize(Convert[float64](n))
		bright := max(0, unit.Dot(light))
		fmt.Printf("%-7s normal=%-11s unit=%v light=%5.3f\n", fc.Name, fmt.Sprint(n), unit, bright)
	}

	lens := Map(cube, func(v Vec3[int]) string { return fmt.Sprintf("%.2f", Length(v)) })
	fmt.Printf("vertex lengths: %q\n", lens)
}
