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

func NewMatrix[T Number](rows, cols int, vals ...T) (*Matrix[T], error) {
	if len(vals) != 0 && len(vals) != rows*cols {
		return nil, fmt.Errorf("need %d values, got %d", rows*cols, len(vals))
	}
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m, nil
}

func (m *Matrix[T]) Get(r, c int) T    { return m.data[r*m.cols+c] }
func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }
func (m *Matrix[T]) Row(r int) View[T] { return View[T]{m: m, start: r * m.cols, stride: 1, n: m.cols} }
func (m *Matrix[T]) Col(c int) View[T] { return View[T]{m: m, start: c, stride: m.cols, n: m.rows} }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, errors.New("dimension mismatch")
	}
	out, _ := NewMatrix[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			out.Set(i, j, m.Row(i).Dot(o.Col(j)))
		}
	}
	return out, nil
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for r := range m.rows {
		sb.WriteString(m.Row(r).String())
		if r < m.rows-1 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// View is a strided window into a matrix's backing slice.
type View[T Number] struct {
	m                *Matrix[T]
	start, stride, n int
}

func (v View[T]) Len() int         { return v.n }
func (v View[T]) At(i int) T       { return v.m.data[v.start+i*v.stride] }
func (v View[T]) SetAt(i int, x T) { v.m.data[v.start+i*v.stride] = x }

func (v View[T]) Sum() T {
	var s T
	for i := range v.n {
		s += v.At(i)
	}
	return s
}

func (v View[T]) Dot(o View[T]) T {
	var s T
	for i := range min(v.n, o.n) {
		s += v.At(i) * o.At(i)
	}
	return s
}

func (v View[T]) String() string {
	parts := make([]string, v.n)
	for i := range v.n {
		parts[i] = fmt.Sprintf("%6v", v.At(i))
	}
	return "[" + strings.Join(parts, "") + " ]"
}

func main() {
	a, _ := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b, _ := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Println("A =")
	fmt.Println(a)
	fmt.Println("row 1:", a.Row(1), "sum", a.Row(1).Sum())
	fmt.Println("col 2:", a.Col(2), "sum", a.Col(2).Sum())
	p, err := a.Mul(b)
	if err == nil {
		fmt.Println("A*B =")
		fmt.Println(p)
	}
	if _, err := a.Mul(a); err != nil {
		fmt.Println("A*A error:", err)
	}
	col := a.Col(0)
	for i := range col.Len() {
		col.SetAt(i, col.At(i)*10)
	}
	fmt.Println("after scaling col 0 through view:")
	fmt.Println(a)
	f, _ := NewMatrix(2, 2, 0.5, 1.5, 2.0, -1.0)
	fmt.Println("float matrix:")
	fmt.Println(f)
	fmt.Println("diag product:", f.Get(0, 0)*f.Get(1, 1))
	if _, err := NewMatrix(2, 2, 1, 2, 3); err != nil {
		fmt.Println("error:", err)
	}
}
