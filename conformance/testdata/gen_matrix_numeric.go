package main

import (
	"errors"
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

var ErrShape = errors.New("shape mismatch")

func New[T Number](rows, cols int, vals ...T) (*Matrix[T], error) {
	if len(vals) != 0 && len(vals) != rows*cols {
		return nil, fmt.Errorf("new %dx%d with %d values: %w", rows, cols, len(vals), ErrShape)
	}
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := Must(New[T](m.rows, o.cols))
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum T
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, sum)
		}
	}
	return r, nil
}

func (m *Matrix[T]) Scale(k T) *Matrix[T] {
	r := Must(New(m.rows, m.cols, m.data...))
	for i := range r.data {
		r.data[i] *= k
	}
	return r
}

func (m *Matrix[T]) String() string {
	rows := make([]string, m.rows)
	for i := range rows {
		rows[i] = fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
	}
	return strings.Join(rows, "\n")
}

type Score int

func main() {
	a := Must(New(2, 3, 1, 2, 3, 4, 5, 6))
	b := Must(New(3, 2, 7, 8, 9, 10, 11, 12))
	c, err := a.Mul(b)
	fmt.Printf("a*b err=%v\n%v\n", err, c)
	_, err = a.Mul(a)
	fmt.Println("a*a:", err, errors.Is(err, ErrShape))
	_, err = New(2, 2, 1.0, 2.0, 3.0)
	fmt.Println("bad new:", err)
	f := Must(New(2, 2, 0.5, 1.5, -2.0, 4.0))
	id := Must(New(2, 2, 1.0, 0, 0, 1.0))
	fi, _ := f.Mul(id)
	fmt.Printf("f*I:\n%v\nscaled:\n%v\n", fi, f.Scale(0.25))

	s := Must(New[Score](1, 3, 10, 20, 30))
	fmt.Printf("%T %v\n", s, s.Scale(3))

	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		Must(New[int](1, 1, 1, 2))
	}()
}
