package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

var ErrShape = errors.New("shape mismatch")

type Matrix[T Number] struct {
	Rows, Cols int
	data       []T
}

func NewMatrix[T Number](rows, cols int) *Matrix[T] {
	return &Matrix[T]{Rows: rows, Cols: cols, data: make([]T, rows*cols)}
}

func FromRows[T Number](rows [][]T) (*Matrix[T], error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("from rows: no rows: %w", ErrShape)
	}
	m := NewMatrix[T](len(rows), len(rows[0]))
	for i, r := range rows {
		if len(r) != m.Cols {
			return nil, fmt.Errorf("row %d has %d cols, want %d: %w", i, len(r), m.Cols, ErrShape)
		}
		copy(m.data[i*m.Cols:], r)
	}
	return m, nil
}

func Identity[T Number](n int) *Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.Cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.Cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.Cols != o.Rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows, m.Cols, o.Rows, o.Cols, ErrShape)
	}
	out := NewMatrix[T](m.Rows, o.Cols)
	for i := range m.Rows {
		for j := range o.Cols {
			var sum T
			for k := range m.Cols {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	out := NewMatrix[T](m.Cols, m.Rows)
	for i := range m.Rows {
		for j := range m.Cols {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

// Apply maps each element to a possibly different number type.
func Apply[T, U Number](m *Matrix[T], f func(T) U) *Matrix[U] {
	out := NewMatrix[U](m.Rows, m.Cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.Rows {
		b.WriteString("[")
		for j := range m.Cols {
			fmt.Fprintf(&b, "%7v", m.At(i, j))
		}
		b.WriteString(" ]\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

type Meters float64

func main() {
	a, _ := FromRows([][]int{{1, 2, 3}, {4, 5, 6}})
	b, _ := FromRows([][]int{{7, 8}, {9, 10}, {11, 12}})
	fmt.Println("A =")
	fmt.Println(a)
	fmt.Println("A^T =")
	fmt.Println(a.Transpose())
	c, err := a.Mul(b)
	fmt.Println("A*B =", err)
	fmt.Println(c)

	_, err = a.Mul(a)
	fmt.Println("A*A error:", err, "| is ErrShape:", errors.Is(err, ErrShape))
	_, err = FromRows([][]float64{{1, 2}, {3}})
	fmt.Println("ragged:", err)

	id := Identity[float64](3)
	half := Apply(id, func(v float64) float64 { return v / 2 })
	fmt.Println("half identity:")
	fmt.Println(half)

	dist := Apply(a, func(v int) Meters { return Meters(v) * 1.5 })
	fmt.Printf("%T rows=%d cols=%d at(1,2)=%5.2f\n", dist, dist.Rows, dist.Cols, float64(dist.At(1, 2)))
}
