package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func New(rows, cols int, vals ...float64) Matrix {
	m := Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.Data, vals)
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m Matrix) Mul(o Matrix) Matrix {
	r := New(m.Rows, o.Cols)
	for i := range m.Rows {
		for j := range o.Cols {
			s := 0.0
			for k := range m.Cols {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := range m.Rows {
		sb.WriteString("  [")
		for j := range m.Cols {
			v := m.At(i, j)
			if math.Abs(v) < 5e-10 {
				v = 0
			}
			fmt.Fprintf(&sb, " %8.4f", v)
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

var ErrSingular = errors.New("matrix is singular")

// Inverse uses Gauss-Jordan elimination with partial pivoting and also
// returns the determinant.
func (m Matrix) Inverse() (Matrix, float64, error) {
	n := m.Rows
	a := New(n, n, m.Data...)
	inv := Identity(n)
	det := 1.0
	for col := range n {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(a.At(pivot, col)) < 1e-12 {
			return Matrix{}, 0, ErrSingular
		}
		if pivot != col {
			for j := range n {
				a.Data[col*n+j], a.Data[pivot*n+j] = a.Data[pivot*n+j], a.Data[col*n+j]
				inv.Data[col*n+j], inv.Data[pivot*n+j] = inv.Data[pivot*n+j], inv.Data[col*n+j]
			}
			det = -det
		}
		p := a.At(col, col)
		det *= p
		for j := range n {
			a.Set(col, j, a.At(col, j)/p)
			inv.Set(col, j, inv.At(col, j)/p)
		}
		for r := range n {
			if r == col {
				continue
			}
			f := a.At(r, col)
			for j := range n {
				a.Set(r, j, a.At(r, j)-f*a.At(col, j))
				inv.Set(r, j, inv.At(r, j)-f*inv.At(col, j))
			}
		}
	}
	return inv, det, nil
}

func main() {
	// Currents in a three-loop circuit: R * I = V.
	r := New(3, 3,
		15, -5, 0,
		-5, 20, -10,
		0, -10, 25)
	v := New(3, 1, 10, 0, 5)
	fmt.Printf("resistance matrix:\n%v", r)

	inv, det, err := r.Inverse()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("determinant: %.2f\n", det)
	fmt.Printf("inverse:\n%v", inv)
	fmt.Printf("R * R^-1:\n%v", r.Mul(inv))
	currents := inv.Mul(v)
	for i := range 3 {
		fmt.Printf("I%d = %.5f A\n", i+1, currents.At(i, 0))
	}

	singular := New(2, 2, 1, 2, 2, 4)
	if _, _, err := singular.Inverse(); err != nil {
		fmt.Printf("%v -> %v\n", singular.Data, err)
	}
}
