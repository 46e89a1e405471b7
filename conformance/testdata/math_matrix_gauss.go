package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

type SingularError struct{ Col int }

func (e *SingularError) Error() string {
	return fmt.Sprintf("matrix is singular (no pivot in column %d)", e.Col)
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString("[")
		for _, v := range row {
			if math.Abs(v) < 5e-4 {
				v = 0 // avoid printing -0.000
			}
			fmt.Fprintf(&sb, " %8.3f", v)
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

// eliminate runs Gauss-Jordan with partial pivoting; returns determinant and inverse.
func (m Matrix) eliminate() (float64, Matrix, error) {
	n := len(m)
	a, inv := make(Matrix, n), make(Matrix, n)
	for i := range m {
		a[i] = append([]float64(nil), m[i]...)
		inv[i] = make([]float64, n)
		inv[i][i] = 1
	}
	det := 1.0
	for col := 0; col < n; col++ {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		if math.Abs(a[p][col]) < 1e-9 {
			return 0, nil, &SingularError{Col: col}
		}
		if p != col {
			a[p], a[col], inv[p], inv[col], det = a[col], a[p], inv[col], inv[p], -det
		}
		det *= a[col][col]
		pv := a[col][col]
		for j := 0; j < n; j++ {
			a[col][j] /= pv
			inv[col][j] /= pv
		}
		for r := 0; r < n; r++ {
			f := a[r][col]
			for j := 0; r != col && j < n; j++ {
				a[r][j] -= f * a[col][j]
				inv[r][j] -= f * inv[col][j]
			}
		}
	}
	return det, inv, nil
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := make(Matrix, len(m))
	for i := range m {
		res[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func main() {
	mats := []Matrix{{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}}, {{4, 7}, {2, 6}}, {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{0, 2, 0, 1}, {2, 2, 3, 2}, {4, -3, 0, 1}, {6, 1, -6, -5}}}
	for i, m := range mats {
		fmt.Printf("matrix %d:\n%v", i, m)
		det, inv, err := m.eliminate()
		var se *SingularError
		if errors.As(err, &se) {
			fmt.Println("error:", err, "column", se.Col)
			continue
		}
		fmt.Printf("det = %.4f\ninverse:\n%scheck m*inv:\n%s", det, inv, m.Mul(inv))
	}
}
