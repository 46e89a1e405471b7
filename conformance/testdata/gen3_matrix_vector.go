package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Vector[T Number] []T

func (v Vector[T]) Len() int { return len(v) }
func (v Vector[T]) Add(o Vector[T]) Vector[T] {
	out := make(Vector[T], len(v))
	for i := range v {
		out[i] = v[i] + o[i]
	}
	return out
}

func (v Vector[T]) Scale(k T) Vector[T] {
	out := make(Vector[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vector[T]) Dot(o Vector[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

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

func (m Matrix[T]) Get(r, c int) T      { return m.data[r*m.cols+c] }
func (m Matrix[T]) Set(r, c int, v T)   { m.data[r*m.cols+c] = v }
func (m Matrix[T]) Row(r int) Vector[T] { return Vector[T](m.data[r*m.cols : (r+1)*m.cols]) }

func (m Matrix[T]) Col(c int) Vector[T] {
	out := make(Vector[T], m.rows)
	for r := range out {
		out[r] = m.Get(r, c)
	}
	return out
}

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix[T](m.rows, o.cols)
	for r := 0; r < m.rows; r++ {
		for c := 0; c < o.cols; c++ {
			out.Set(r, c, m.Row(r).Dot(o.Col(c)))
		}
	}
	return out, nil
}

func (m Matrix[T]) Apply(v Vector[T]) Vector[T] {
	out := make(Vector[T], m.rows)
	for r := range out {
		out[r] = m.Row(r).Dot(v)
	}
	return out
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for r := 0; r < m.rows; r++ {
		fmt.Fprintf(&b, "%v", m.Row(r))
		if r < m.rows-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

type Meters float64

func main() {
	a := Vector[int]{1, 2, 3}
	b := Vector[int]{4, -5, 6}
	fmt.Printf("%T a+b=%v dot=%d scale=%v len=%d\n", a, a.Add(b), a.Dot(b), b.Scale(2), a.Len())

	m := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	n := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := m.Mul(n)
	fmt.Printf("%T m*n (err=%v):\n%v\n", p, err, p)
	_, err = m.Mul(m)
	fmt.Println("m*m error:", err, errors.Is(err, ErrShape), "m*a:", m.Apply(a))

	rot := NewMatrix[float64](2, 2, 0, -1, 1, 0)
	v := Vector[float64]{1.5, 0.5}
	for i := 0; i < 4; i++ {
		v = rot.Apply(v)
		fmt.Printf("rotation %d: %v\n", i+1, v)
	}
	id := Identity[Meters](3)
	id.Set(0, 2, 2.5)
	fmt.Printf("%T:\n%v\n", id, id)
	fmt.Println("id applied:", id.Apply(Vector[Meters]{1, 2, 4}))
}
