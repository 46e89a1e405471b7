package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Sub(b Vec3) Vec3      { return Vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec3) Scale(k float64) Vec3 { return Vec3{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Len() float64         { return math.Sqrt(a.Dot(a)) }
func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec3) Unit() Vec3 { return a.Scale(1 / a.Len()) }

// clean avoids printing "-0.000" for values that are zero up to rounding error.
func clean(x float64) float64 {
	if math.Abs(x) < 1e-9 {
		return 0
	}
	return x
}

func (a Vec3) String() string {
	return fmt.Sprintf("(%.3f, %.3f, %.3f)", clean(a.X), clean(a.Y), clean(a.Z))
}

type Number interface {
	~int | ~int64 | ~float64
}

// Matrix is a dense row-major matrix over any numeric type.
type Matrix[T Number] struct {
	N    int
	Data []T
}

func Identity[T Number](n int) Matrix[T] {
	m := Matrix[T]{n, make([]T, n*n)}
	for i := range n {
		m.Data[i*n+i] = 1
	}
	return m
}

func FromRows[T Number](rows ...[]T) Matrix[T] {
	m := Matrix[T]{N: len(rows)}
	for _, r := range rows {
		m.Data = append(m.Data, r...)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.Data[i*m.N+j] }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := Matrix[T]{m.N, make([]T, m.N*m.N)}
	for i := range m.N {
		for j := range m.N {
			var sum T
			for k := range m.N {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Data[i*m.N+j] = sum
		}
	}
	return out
}

// Pow uses exponentiation by squaring.
func (m Matrix[T]) Pow(e int) Matrix[T] {
	result := Identity[T](m.N)
	for base := m; e > 0; e >>= 1 {
		if e&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
	}
	return result
}

func (m Matrix[T]) String() string {
	rows := make([]string, m.N)
	for i := range m.N {
		rows[i] = fmt.Sprint(m.Data[i*m.N : (i+1)*m.N])
	}
	return strings.Join(rows, "\n")
}

func RotZ(deg float64) Matrix[float64] {
	s, c := math.Sincos(deg * math.Pi / 180)
	return FromRows([]float64{c, -s, 0}, []float64{s, c, 0}, []float64{0, 0, 1})
}

func Apply(m Matrix[float64], v Vec3) Vec3 {
	in := []float64{v.X, v.Y, v.Z}
	var out [3]float64
	for i := range 3 {
		for k := range 3 {
			out[i] += m.At(i, k) * in[k]
		}
	}
	return Vec3{out[0], out[1], out[2]}
}

func main() {
	a, b := Vec3{1, 2, 3}, Vec3{4, -5, 6}
	fmt.Println("a =", a, " b =", b)
	fmt.Println("a+b =", a.Add(b), " a-b =", a.Sub(b), " 2a =", a.Scale(2))
	fmt.Printf("a.b = %.1f  |a| = %.4f  a x b = %v\n", a.Dot(b), a.Len(), a.Cross(b))
	n := a.Cross(b)
	fmt.Printf("cross is orthogonal: %.1f %.1f; unit = %v\n", clean(n.Dot(a)), clean(n.Dot(b)), n.Unit())
	angle := math.Acos(a.Dot(b)/(a.Len()*b.Len())) * 180 / math.Pi
	fmt.Printf("angle between a and b: %.2f degrees\n", angle)

	for _, deg := range []float64{90, 45, 180} {
		fmt.Printf("rotZ(%3.0f) * (1,0,0) = %v\n", deg, Apply(RotZ(deg), Vec3{1, 0, 0}))
	}
	full := RotZ(30).Pow(12)
	fmt.Println("rotZ(30)^12 * (1,2,3) =", Apply(full, a))

	fib := FromRows([]int64{1, 1}, []int64{1, 0})
	for _, k := range []int{10, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", k, fib.Pow(k).At(0, 1))
	}
	m := FromRows([]int{2, 0, 1}, []int{1, 3, 0}, []int{0, 1, 1})
	fmt.Printf("M^3 =\n%v\n", m.Pow(3))
	fmt.Printf("M * I == M: %t\n", fmt.Sprint(m.Mul(Identity[int](3))) == fmt.Sprint(m))
}
