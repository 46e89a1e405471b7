package main

import (
	"fmt"
	"sync"
)

// Matrix is a dense row-major matrix.
type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(rows, cols int, f func(i, j int) float64) Matrix {
	m := Matrix{rows, cols, make([]float64, rows*cols)}
	for i := range rows {
		for j := range cols {
			m.Data[i*cols+j] = f(i, j)
		}
	}
	return m
}

func (m Matrix) Row(i int) []float64 { return m.Data[i*m.Cols : (i+1)*m.Cols] }

func dot(a, b []float64) float64 {
	s := 0.0
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}

// MulVec computes y = M x sequentially.
func (m Matrix) MulVec(x []float64) []float64 {
	y := make([]float64, m.Rows)
	for i := range m.Rows {
		y[i] = dot(m.Row(i), x)
	}
	return y
}

// ParMulVec gives each worker a block of rows; every y[i] is written by one goroutine.
func (m Matrix) ParMulVec(x []float64, workers int) []float64 {
	y := make([]float64, m.Rows)
	var wg sync.WaitGroup
	block := (m.Rows + workers - 1) / workers
	for lo := 0; lo < m.Rows; lo += block {
		hi := min(lo+block, m.Rows)
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				y[i] = dot(m.Row(i), x)
			}
		})
	}
	wg.Wait()
	return y
}

func main() {
	m := NewMatrix(6, 5, func(i, j int) float64 { return float64(i+1) + 0.5*float64(j) })
	x := []float64{1, -1, 2, 0.25, 3}

	fmt.Println("== Problem ==")
	fmt.Printf("M is %dx%d, x = %v\n", m.Rows, m.Cols, x)

	seq := m.MulVec(x)
	fmt.Println()
	fmt.Println("== Sequential result ==")
	for i, v := range seq {
		fmt.Printf("y[%d] = %.3f\n", i, v)
	}

	fmt.Println()
	fmt.Println("== Parallel results compared ==")
	for _, w := range []int{1, 2, 3, 4, 8} {
		par := m.ParMulVec(x, w)
		same := true
		for i := range par {
			if par[i] != seq[i] {
				same = false
			}
		}
		fmt.Printf("workers=%d identical=%v\n", w, same)
	}
	fmt.Println("each row is summed in the same order, so results match bit for bit")
}
