package main

import (
	"fmt"
	"strings"
)

// Matrix is a dense row-major matrix.
type Matrix struct {
	rows, cols int
	data       []float64
}

func New(rows, cols int, vals ...float64) Matrix {
	m := Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m Matrix) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("|")
		for j := range m.cols {
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteString(" |\n")
	}
	return sb.String()
}

func (m Matrix) Mul(o Matrix) Matrix {
	if m.cols != o.rows {
		panic(fmt.Sprintf("dimension mismatch %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols))
	}
	out := New(m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var s float64
			for k := range m.cols {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

// Det computes the determinant by cofactor expansion (fine for small n).
func (m Matrix) Det() float64 {
	if m.rows == 1 {
		return m.data[0]
	}
	det, sign := 0.0, 1.0
	for c := range m.cols {
		minor := New(m.rows-1, m.cols-1)
		for i := 1; i < m.rows; i++ {
			for j := range m.cols {
				if j < c {
					minor.Set(i-1, j, m.At(i, j))
				} else if j > c {
					minor.Set(i-1, j-1, m.At(i, j))
				}
			}
		}
		det += sign * m.At(0, c) * minor.Det()
		sign = -sign
	}
	return det
}

func safeMul(a, b Matrix) (res Matrix, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a.Mul(b), nil
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print("A =\n", a)
	fmt.Printf("B =\n%v", b)
	fmt.Printf("A*B =\n%s", a.Mul(b))
	sq := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Printf("det = %.2f, det(2x2) = %.1f\n", sq.Det(), New(2, 2, 3, 8, 4, 6).Det())
	id := New(3, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1)
	fmt.Println(sq.Mul(id).String() == sq.String(), id.Det())
	_, err := safeMul(a, a)
	fmt.Println("error:", err)
	small := New(1, 2, 3, 4)
	fmt.Printf("%+v %dx%d\n", small.data, small.rows, small.cols)
}
