package main

import (
	"errors"
	"fmt"
	"strings"
)

type Scalar interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Scalar] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Scalar](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Scalar](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := New[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var sum T
			for k := range m.cols {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	result := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func Apply[T, U Scalar](m Matrix[T], f func(T) U) Matrix[U] {
	out := New[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("  [")
		for j := range m.cols {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Printf("a (%T):\n%v", a, a)
	fmt.Printf("aᵀ:\n%v", a.Transpose())
	p, err := a.Mul(a.Transpose())
	fmt.Printf("a·aᵀ (err=%v):\n%v", err, p)
	_, err = a.Mul(a)
	fmt.Println("a·a error:", err, errors.Is(err, ErrShape))

	fib := New[int64](2, 2, 1, 1, 1, 0)
	for _, n := range []int{1, 10, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Pow(n).At(0, 1))
	}

	rot := New(2, 2, 0.0, -1.0, 1.0, 0.0)
	fmt.Printf("rot^4 == I? %v\n", rot.Pow(4).String() == Identity[float64](2).String())
	half := Apply(a, func(v int) float64 { return float64(v) / 2 })
	fmt.Printf("half (%T):\n%v", half, half)
	sq := Apply(half, func(v float64) float32 { return float32(v * v) })
	fmt.Printf("squared:\n%v", sq)
	fmt.Printf("I3:\n%v", Identity[int32](3))
}
