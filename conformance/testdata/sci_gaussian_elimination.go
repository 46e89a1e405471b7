package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular to working precision")

// solve solves A x = b by Gaussian elimination with partial pivoting.
// A and b are copied, so the caller's data is left untouched.
func solve(A [][]float64, b []float64) ([]float64, error) {
	n := len(A)
	a := make([][]float64, n)
	for i := range A {
		a[i] = append(append([]float64(nil), A[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a[piv][col]) < 1e-12 {
			return nil, ErrSingular
		}
		a[col], a[piv] = a[piv], a[col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c <= n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := a[i][n]
		for j := i + 1; j < n; j++ {
			s -= a[i][j] * x[j]
		}
		x[i] = s / a[i][i]
	}
	return x, nil
}

func residualNorm(A [][]float64, x, b []float64) float64 {
	maxr := 0.0
	for i, row := range A {
		s := -b[i]
		for j, v := range row {
			s += v * x[j]
		}
		maxr = math.Max(maxr, math.Abs(s))
	}
	return maxr
}

func printSystem(A [][]float64, b []float64) {
	for i, row := range A {
		for _, v := range row {
			fmt.Printf("%8.3f", v)
		}
		fmt.Printf("  | %8.3f\n", b[i])
	}
}

func main() {
	// Kirchhoff equations for a three-loop resistor network (currents in A).
	A := [][]float64{
		{15, -5, 0},
		{-5, 20, -10},
		{0, -10, 25},
	}
	b := []float64{12, 0, -6}
	fmt.Println("Mesh-current system:")
	printSystem(A, b)
	x, err := solve(A, b)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for i, v := range x {
		fmt.Printf("I%d = %9.6f A\n", i+1, v)
	}
	fmt.Printf("max residual = %.2e\n\n", residualNorm(A, x, b))

	// A system that needs pivoting (zero on the diagonal).
	B := [][]float64{
		{0, 2, 1, -1},
		{3, -1, 2, 4},
		{1, 1, 1, 1},
		{2, 0, -3, 1},
	}
	c := []float64{3, 20, 10, -1}
	fmt.Println("Pivoting example:")
	printSystem(B, c)
	y, err := solve(B, c)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("x = %.6f\n", y)
	fmt.Printf("max residual = %.2e\n\n", residualNorm(B, y, c))

	// Hilbert matrices become ill-conditioned quickly.
	for _, n := range []int{3, 6, 9} {
		H := make([][]float64, n)
		rhs := make([]float64, n)
		for i := range n {
			H[i] = make([]float64, n)
			for j := range n {
				H[i][j] = 1 / float64(i+j+1)
				rhs[i] += H[i][j] // exact solution is all ones
			}
		}
		sol, err := solve(H, rhs)
		if err != nil {
			fmt.Printf("Hilbert %d: %v\n", n, err)
			continue
		}
		worst := 0.0
		for _, v := range sol {
			worst = math.Max(worst, math.Abs(v-1))
		}
		fmt.Printf("Hilbert n=%d: max |x_i - 1| = %.3e\n", n, worst)
	}

	_, err = solve([][]float64{{1, 2}, {2, 4}}, []float64{3, 6})
	fmt.Println("rank-deficient 2x2:", err, errors.Is(err, ErrSingular))
}
