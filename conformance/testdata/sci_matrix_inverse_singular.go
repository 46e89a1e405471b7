package main

import (
	"errors"
	"fmt"
	"math"
)

// Matrix stores its elements in a flat row-major slice.
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

func (m Matrix) T() Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) Matrix {
	if m.cols != o.rows {
		panic(fmt.Sprintf("dimension mismatch %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols))
	}
	p := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			s := 0.0
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			p.Set(i, j, s)
		}
	}
	return p
}

func (m Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, m.rows, m.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			v := m.At(i, j)
			if math.Abs(v) < 1e-12 {
				v = 0
			}
			fmt.Printf("%9.4f", v)
		}
		fmt.Println()
	}
}

var errSingular = errors.New("singular matrix: cannot invert")

// Inverse computes the inverse by Gauss-Jordan elimination on [A | I].
func (m Matrix) Inverse() (Matrix, error) {
	n := m.rows
	aug := New(n, 2*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aug.Set(i, j, m.At(i, j))
		}
		aug.Set(i, n+i, 1)
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(aug.At(r, c)) > math.Abs(aug.At(p, c)) {
				p = r
			}
		}
		if math.Abs(aug.At(p, c)) < 1e-10 {
			return Matrix{}, errSingular
		}
		for j := 0; j < 2*n; j++ {
			a, b := aug.At(c, j), aug.At(p, j)
			aug.Set(c, j, b)
			aug.Set(p, j, a)
		}
		pv := aug.At(c, c)
		for j := 0; j < 2*n; j++ {
			aug.Set(c, j, aug.At(c, j)/pv)
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := aug.At(r, c)
			for j := 0; j < 2*n; j++ {
				aug.Set(r, j, aug.At(r, j)-f*aug.At(c, j))
			}
		}
	}
	inv := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			inv.Set(i, j, aug.At(i, n+j))
		}
	}
	return inv, nil
}

func main() {
	A := New(3, 3, 4, 7, 2, 3, 6, 1, 2, 5, 3)
	A.Print("A")
	A.T().Print("A^T")
	A.Mul(A.T()).Print("A A^T (symmetric)")

	inv, err := A.Inverse()
	if err != nil {
		panic(err)
	}
	inv.Print("A^-1")
	A.Mul(inv).Print("A A^-1")

	// The rows are linearly dependent: row3 = row1 + row2.
	S := New(3, 3, 1, 2, 3, 4, 5, 6, 5, 7, 9)
	S.Print("S")
	fmt.Println("inverting S ...")
	sInv, err := S.Inverse()
	if err != nil {
		panic(err)
	}
	sInv.Print("S^-1")
}
