package main

import (
	"errors"
	"fmt"
	"math"
)

type Matrix struct {
	n    int
	data []float64
}

func NewMatrix(n int, vals ...float64) Matrix {
	m := Matrix{n: n, data: make([]float64, n*n)}
	copy(m.data, vals)
	return m
}

func (m Matrix) At(i, j int) float64     { return m.data[i*m.n+j] }
func (m Matrix) Set(i, j int, v float64) { m.data[i*m.n+j] = v }

func (m Matrix) Mul(o Matrix) Matrix {
	r := NewMatrix(m.n)
	for i := 0; i < m.n; i++ {
		for j := 0; j < m.n; j++ {
			s := 0.0
			for k := 0; k < m.n; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

var errSingular = errors.New("singular matrix")

// Inverse uses Gauss-Jordan elimination on an augmented matrix.
func (m Matrix) Inverse() (Matrix, error) {
	n := m.n
	aug := make([][]float64, n)
	for i := range aug {
		aug[i] = make([]float64, 2*n)
		for j := 0; j < n; j++ {
			aug[i][j] = m.At(i, j)
		}
		aug[i][n+i] = 1
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(aug[r][c]) > math.Abs(aug[p][c]) {
				p = r
			}
		}
		if math.Abs(aug[p][c]) < 1e-12 {
			return Matrix{}, errSingular
		}
		aug[c], aug[p] = aug[p], aug[c]
		pv := aug[c][c]
		for j := range aug[c] {
			aug[c][j] /= pv
		}
		for r := 0; r < n; r++ {
			if r != c && aug[r][c] != 0 {
				f := aug[r][c]
				for j := range aug[r] {
					aug[r][j] -= f * aug[c][j]
				}
			}
		}
	}
	inv := NewMatrix(n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			inv.Set(i, j, aug[i][n+j])
		}
	}
	return inv, nil
}

func (m Matrix) String() string {
	s := ""
	for i := 0; i < m.n; i++ {
		for j := 0; j < m.n; j++ {
			v := m.At(i, j)
			if math.Abs(v) < 5e-13 {
				v = 0 // avoid printing -0.0000
			}
			s += fmt.Sprintf("%10.4f", v)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := NewMatrix(3, 2, -1, 0, -1, 2, -1, 0, -1, 2)
	inv, err := a.Inverse()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print("A:\n", a, "A^-1:\n", inv, "A*A^-1:\n", a.Mul(inv))

	b := NewMatrix(3, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	if _, err := b.Inverse(); err != nil {
		fmt.Println("B inverse:", err)
	}

	rot := NewMatrix(2, math.Cos(0.5), -math.Sin(0.5), math.Sin(0.5), math.Cos(0.5))
	ri, _ := rot.Inverse()
	fmt.Print("rotation inverse (should be transpose):\n", ri)
}
