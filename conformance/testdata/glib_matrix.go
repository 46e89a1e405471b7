package main

import (
	"errors"
	"fmt"
	"strings"
)

type Scalar interface {
	~int | ~int64 | ~float64
}

// Matrix is a dense row-major matrix.
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

func (m Matrix[T]) Apply(f func(T) T) Matrix[T] {
	out := New[T](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return strings.TrimSuffix(sb.String(), "\n")
}

func Power[T Scalar](m Matrix[T], n int) Matrix[T] {
	result := Identity[T](m.rows)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result, _ = result.Mul(m)
		}
		m, _ = m.Mul(m)
	}
	return result
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Printf("a*b (%T), err=%v:\n%v\n", p, err, p)
	fmt.Println("transpose a:")
	fmt.Println(a.Transpose())

	_, err = a.Mul(a)
	fmt.Println("a*a:", err, errors.Is(err, ErrShape))

	fib := New[int64](2, 2, 1, 1, 1, 0)
	f90 := Power(fib, 90)
	fmt.Println("fib(90) via matrix power:", f90.At(0, 1))

	rot := New(2, 2, 0.0, -1.0, 1.0, 0.0)
	r4 := Power(rot, 4)
	fmt.Printf("rotation^4 equals identity: %v\n%v\n", r4.data, r4)

	halved := New(2, 2, 1.0, 2.0, 3.0, 4.0).Apply(func(x float64) float64 { return x / 2 })
	fmt.Printf("%v\n%+v\n", halved, halved.data)

	id := Identity[int](3)
	fmt.Println(id)
}
