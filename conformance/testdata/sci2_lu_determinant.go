package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func Identity(n int) Mat {
	m := make(Mat, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

// LU computes a Doolittle decomposition without pivoting.
func LU(a Mat) (l, u Mat, err error) {
	n := len(a)
	l = Identity(n)
	u = make(Mat, n)
	for i := range u {
		u[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for k := i; k < n; k++ {
			sum := 0.0
			for j := 0; j < i; j++ {
				sum += l[i][j] * u[j][k]
			}
			u[i][k] = a[i][k] - sum
		}
		if u[i][i] == 0 {
			return nil, nil, fmt.Errorf("zero pivot at row %d", i)
		}
		for k := i + 1; k < n; k++ {
			sum := 0.0
			for j := 0; j < i; j++ {
				sum += l[k][j] * u[j][i]
			}
			l[k][i] = (a[k][i] - sum) / u[i][i]
		}
	}
	return l, u, nil
}

func (m Mat) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%9.4f", v)
		}
		fmt.Println()
	}
}

// DetCofactor computes the determinant by recursive cofactor expansion.
func DetCofactor(a Mat) float64 {
	n := len(a)
	if n == 1 {
		return a[0][0]
	}
	det := 0.0
	for c := 0; c < n; c++ {
		minor := make(Mat, 0, n-1)
		for r := 1; r < n; r++ {
			row := make([]float64, 0, n-1)
			row = append(row, a[r][:c]...)
			row = append(row, a[r][c+1:]...)
			minor = append(minor, row)
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		det += sign * a[0][c] * DetCofactor(minor)
	}
	return det
}

func main() {
	a := Mat{{4, 3, 2, 1}, {8, 10, 7, 3}, {4, 13, 15, 9}, {12, 15, 22, 20}}
	l, u, err := LU(a)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	l.Print("L")
	u.Print("U")
	det := 1.0
	for i := range u {
		det *= u[i][i]
	}
	fmt.Printf("det via LU       = %.6f\n", det)
	fmt.Printf("det via cofactor = %.6f\n", DetCofactor(a))

	_, _, err = LU(Mat{{0, 1}, {1, 0}})
	fmt.Println("permutation matrix:", err)

	// Vandermonde determinants
	for n := 2; n <= 5; n++ {
		v := make(Mat, n)
		for i := range v {
			v[i] = make([]float64, n)
			for j := range v[i] {
				v[i][j] = math.Pow(float64(i+1), float64(j))
			}
		}
		fmt.Printf("vandermonde n=%d det=%g\n", n, DetCofactor(v))
	}
}
