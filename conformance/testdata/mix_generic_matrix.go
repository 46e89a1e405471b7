package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func New[T Number](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func Mul[T Number](a, b Matrix[T]) (Matrix[T], error) {
	if a.cols != b.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", a.rows, a.cols, b.rows, b.cols, ErrShape)
	}
	out := New[T](a.rows, b.cols)
	for i := range a.rows {
		for j := range b.cols {
			var sum T
			for k := range a.cols {
				sum += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	t := New[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
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
	return sb.String()
}

type Celsius float64

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := Mul(a, b)
	fmt.Printf("A*B (%T):\n%v", c, c)
	fmt.Println("err:", err)
	fmt.Printf("A^T:\n%v", a.Transpose())
	if _, err := Mul(a, a); errors.Is(err, ErrShape) {
		fmt.Println("expected failure:", err)
	}
	f := New(2, 2, 0.5, 1.5, 2.0, -1.0)
	id := New(2, 2, 1.0, 0, 0, 1.0)
	g, _ := Mul(f, id)
	fmt.Printf("float identity:\n%v", g)
	h := New[Celsius](1, 2, 20.5, 30)
	fmt.Printf("%T %v", h, h)
}
