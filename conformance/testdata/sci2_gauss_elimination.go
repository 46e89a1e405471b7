package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular")

type Matrix [][]float64

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

// Solve solves Ax = b using Gaussian elimination with partial pivoting.
func Solve(a Matrix, b []float64) ([]float64, error) {
	n := len(a)
	m := a.Clone()
	x := append([]float64(nil), b...)
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[pivot][col]) {
				pivot = r
			}
		}
		if math.Abs(m[pivot][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		m[col], m[pivot] = m[pivot], m[col]
		x[col], x[pivot] = x[pivot], x[col]
		for r := col + 1; r < n; r++ {
			factor := m[r][col] / m[col][col]
			for c := col; c < n; c++ {
				m[r][c] -= factor * m[col][c]
			}
			x[r] -= factor * x[col]
		}
	}
	for i := n - 1; i >= 0; i-- {
		sum := x[i]
		for j := i + 1; j < n; j++ {
			sum -= m[i][j] * x[j]
		}
		x[i] = sum / m[i][i]
	}
	return x, nil
}

func residual(a Matrix, x, b []float64) float64 {
	maxR := 0.0
	for i := range a {
		s := -b[i]
		for j := range a[i] {
			s += a[i][j] * x[j]
		}
		maxR = math.Max(maxR, math.Abs(s))
	}
	return maxR
}

func printVec(name string, v []float64) {
	fmt.Printf("%s = [", name)
	for i, x := range v {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%.6f", x)
	}
	fmt.Println("]")
}

func main() {
	systems := []struct {
		name string
		a    Matrix
		b    []float64
	}{
		{"3x3", Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}, []float64{8, -11, -3}},
		{"needs pivot", Matrix{{0, 2, 1}, {1, -2, -3}, {-1, 1, 2}}, []float64{-8, 0, 3}},
		{"4x4", Matrix{{4, -1, 0, 0}, {-1, 4, -1, 0}, {0, -1, 4, -1}, {0, 0, -1, 3}}, []float64{15, 10, 10, 10}},
		{"singular", Matrix{{1, 2, 3}, {2, 4, 6}, {1, 0, 1}}, []float64{1, 2, 3}},
	}
	for _, s := range systems {
		fmt.Println("system:", s.name)
		x, err := Solve(s.a, s.b)
		if err != nil {
			fmt.Println("  error:", err, "| singular:", errors.Is(err, ErrSingular))
			continue
		}
		printVec("  x", x)
		fmt.Printf("  residual = %.2e\n", residual(s.a, x, s.b))
	}

	// Hilbert matrix: ill conditioning
	for n := 3; n <= 9; n += 3 {
		h := make(Matrix, n)
		b := make([]float64, n)
		for i := range h {
			h[i] = make([]float64, n)
			for j := range h[i] {
				h[i][j] = 1 / float64(i+j+1)
				b[i] += h[i][j]
			}
		}
		x, _ := Solve(h, b)
		maxErr := 0.0
		for _, v := range x {
			maxErr = math.Max(maxErr, math.Abs(v-1))
		}
		fmt.Printf("hilbert n=%d max error = %.3e\n", n, maxErr)
	}
}
