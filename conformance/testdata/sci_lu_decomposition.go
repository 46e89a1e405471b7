package main

import (
	"fmt"
	"math"
	"strings"
)

// Matrix is a dense row-major square matrix.
type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for _, v := range row {
			fmt.Fprintf(&sb, "%9.4f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// LU holds a factorisation P A = L U with L unit lower triangular.
type LU struct {
	L, U  Matrix
	Perm  []int
	Swaps int
}

func Decompose(a Matrix) LU {
	n := len(a)
	u := a.Clone()
	l := Identity(n)
	perm := []int{}
	for i := range n {
		perm = append(perm, i)
	}
	swaps := 0
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(u[i][k]) > math.Abs(u[p][k]) {
				p = i
			}
		}
		if p != k {
			u[k], u[p] = u[p], u[k]
			perm[k], perm[p] = perm[p], perm[k]
			for j := 0; j < k; j++ {
				l[k][j], l[p][j] = l[p][j], l[k][j]
			}
			swaps++
		}
		for i := k + 1; i < n; i++ {
			f := u[i][k] / u[k][k]
			l[i][k] = f
			for j := k; j < n; j++ {
				u[i][j] -= f * u[k][j]
			}
		}
	}
	return LU{L: l, U: u, Perm: perm, Swaps: swaps}
}

func (f LU) Det() float64 {
	d := 1.0
	for i := range f.U {
		d *= f.U[i][i]
	}
	if f.Swaps%2 == 1 {
		d = -d
	}
	return d
}

// Solve uses forward then backward substitution.
func (f LU) Solve(b []float64) []float64 {
	n := len(b)
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		s := b[f.Perm[i]]
		for j := 0; j < i; j++ {
			s -= f.L[i][j] * y[j]
		}
		y[i] = s
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := y[i]
		for j := i + 1; j < n; j++ {
			s -= f.U[i][j] * x[j]
		}
		x[i] = s / f.U[i][i]
	}
	return x
}

func main() {
	A := Matrix{
		{2, -1, 0, 3},
		{4, 1, -2, 1},
		{-2, 5, 1, 0},
		{6, 0, 3, -1},
	}
	fmt.Print("A =\n", A)
	lu := Decompose(A)
	fmt.Print("L =\n", lu.L)
	fmt.Print("U =\n", lu.U)
	fmt.Println("row permutation:", lu.Perm, "swaps:", lu.Swaps)
	fmt.Printf("det(A) = %.6f\n", lu.Det())

	// Reuse the factorisation for several right-hand sides.
	rhs := [][]float64{{1, 0, 0, 0}, {4, 4, 4, 8}, {-1, 2, 0.5, 3}}
	for _, b := range rhs {
		fmt.Printf("b = %v -> x = %.5f\n", b, lu.Solve(b))
	}

	// Determinants of tridiagonal matrices follow a recurrence: det(T_n) = n+1.
	for _, n := range []int{2, 5, 8} {
		T := make(Matrix, n)
		for i := range T {
			T[i] = make([]float64, n)
			T[i][i] = 2
			if i > 0 {
				T[i][i-1] = -1
			}
			if i < n-1 {
				T[i][i+1] = -1
			}
		}
		fmt.Printf("det(tridiag(-1,2,-1), n=%d) = %.6f\n", n, Decompose(T).Det())
	}
}
