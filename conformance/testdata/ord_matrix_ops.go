package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (m *Matrix) Det() (float64, error) {
	if m.rows != m.cols {
		return 0, ErrShape
	}
	n := m.rows
	a := append([]float64(nil), m.data...)
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a[r*n+c]) > abs(a[p*n+c]) {
				p = r
			}
		}
		if a[p*n+c] == 0 {
			return 0, nil
		}
		if p != c {
			for k := 0; k < n; k++ {
				a[p*n+k], a[c*n+k] = a[c*n+k], a[p*n+k]
			}
			det = -det
		}
		det *= a[c*n+c]
		for r := c + 1; r < n; r++ {
			f := a[r*n+c] / a[c*n+c]
			for k := c; k < n; k++ {
				a[r*n+k] -= f * a[c*n+k]
			}
		}
	}
	return det, nil
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&b, "%8.2f", m.At(i, j))
		}
		b.WriteString(" ]\n")
	}
	return b.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print("A =\n", a, "B =\n", b)

	ab, _ := a.Mul(b)
	fmt.Print("A*B =\n", ab)
	fmt.Print("A^T =\n", a.T())

	if _, err := a.Mul(a); errors.Is(err, ErrShape) {
		fmt.Println("error:", err)
	}

	c := New(3, 3, 2, -1, 0, -1, 2, -1, 0, -1, 2)
	d, _ := c.Det()
	fmt.Printf("det(C) = %.4f\n", d)
	ci, _ := c.Mul(Identity(3))
	fmt.Printf("C*I == C: %v\n", fmt.Sprint(ci) == fmt.Sprint(c))

	sing := New(3, 3, 1, 2, 3, 2, 4, 6, 1, 1, 1)
	ds, _ := sing.Det()
	fmt.Printf("det(singular) = %.4f\n", ds)
	if _, err := a.Det(); err != nil {
		fmt.Println("det of non-square:", err)
	}
}
