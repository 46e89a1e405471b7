package main

import (
	"errors"
	"fmt"
)

func newMatrix(rows, cols int) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func multiply(a, b [][]float64) ([][]float64, error) {
	if len(a) == 0 || len(b) == 0 || len(a[0]) != len(b) {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d: %w",
			len(a), cols(a), len(b), cols(b), errShape)
	}
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var sum float64
			for k := range b {
				sum += a[i][k] * b[k][j]
			}
			out[i][j] = sum
		}
	}
	return out, nil
}

var errShape = errors.New("shape mismatch")

func cols(m [][]float64) int {
	if len(m) == 0 {
		return 0
	}
	return len(m[0])
}

func transpose(m [][]float64) [][]float64 {
	t := newMatrix(cols(m), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func identity(n int) [][]float64 {
	m := newMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func show(name string, m [][]float64) {
	fmt.Printf("%s (%dx%d):\n", name, len(m), cols(m))
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%6.2f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := [][]float64{
		{1, 2, 3},
		{4, 5, 6},
	}
	b := [][]float64{
		{0.5, -1},
		{2, 0.25},
		{-3, 1.5},
	}
	show("A", a)
	show("B", b)
	c, err := multiply(a, b)
	show("A*B", c)
	fmt.Println("err:", err)
	show("A^T", transpose(a))

	_, err = multiply(a, a)
	fmt.Println("error:", err, "| is shape error:", errors.Is(err, errShape))

	// power of a 2x2 matrix gives Fibonacci numbers
	f := [][]float64{{1, 1}, {1, 0}}
	r := identity(2)
	for range 10 {
		r, _ = multiply(r, f)
	}
	show("F^10", r)
}
