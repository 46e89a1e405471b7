package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	if m.cols != o.rows {
		panic("dimension mismatch")
	}
	r := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum T
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, sum)
		}
	}
	return r
}

func (m Matrix[T]) Transpose() Matrix[T] {
	r := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	result := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Score int

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print("A =\n", a)
	fmt.Print("A^T =\n", a.Transpose())
	fmt.Print("A * A^T =\n", a.Mul(a.Transpose()))

	fib := NewMatrix(2, 2, 1, 1, 1, 0)
	for _, n := range []int{10, 30, 50} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Pow(n).At(0, 1))
	}

	rot := NewMatrix(2, 2, 0.0, -1.0, 1.0, 0.0)
	fmt.Print("rotation^4 =\n", rot.Pow(4))
	scale := NewMatrix(2, 2, 0.5, 0, 0, 2.5)
	fmt.Print("scale * rotation =\n", scale.Mul(rot))

	u := Vec[float64]{1.5, -2, 3}
	w := Vec[float64]{4, 0.25, -1}
	fmt.Println("u.w =", u.Dot(w), " 2u =", u.Scale(2))
	s := Vec[Score]{3, 4, 5}
	fmt.Println("scores dot self:", s.Dot(s), " tripled:", s.Scale(3))
}
