// Homework 2, problem 2: parallel matrix-vector product y = A*x.
// Rows are split into contiguous blocks; every worker writes only its own
// rows of y, so no synchronization beyond the final WaitGroup is required.
package main

import (
	"fmt"
	"sync"
)

// Matrix is a dense row-major matrix.
type Matrix struct {
	Rows, Cols int
	Data       []int
}

func (m Matrix) At(i, j int) int { return m.Data[i*m.Cols+j] }

// rowBlock describes the rows assigned to a worker.
type rowBlock struct {
	worker, lo, hi int
}

func buildMatrix(rows, cols int) Matrix {
	m := Matrix{Rows: rows, Cols: cols, Data: make([]int, rows*cols)}
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			m.Data[i*cols+j] = (i*7+j*3)%11 - 5
		}
	}
	return m
}

func splitRows(rows, workers int) []rowBlock {
	blocks := make([]rowBlock, 0, workers)
	base, extra := rows/workers, rows%workers
	lo := 0
	for w := 0; w < workers; w++ {
		size := base
		if w < extra {
			size++
		}
		blocks = append(blocks, rowBlock{worker: w, lo: lo, hi: lo + size})
		lo += size
	}
	return blocks
}

func parallelMatVec(a Matrix, x []int, workers int) ([]int, []rowBlock) {
	y := make([]int, a.Rows)
	blocks := splitRows(a.Rows, workers)
	var wg sync.WaitGroup
	for _, b := range blocks {
		wg.Go(func() {
			for i := b.lo; i < b.hi; i++ {
				sum := 0
				for j := 0; j < a.Cols; j++ {
					sum += a.At(i, j) * x[j]
				}
				y[i] = sum
			}
		})
	}
	wg.Wait()
	return y, blocks
}

func sequentialMatVec(a Matrix, x []int) []int {
	y := make([]int, a.Rows)
	for i := 0; i < a.Rows; i++ {
		for j := 0; j < a.Cols; j++ {
			y[i] += a.At(i, j) * x[j]
		}
	}
	return y
}

func main() {
	const n = 50
	a := buildMatrix(n, n)
	x := make([]int, n)
	for j := range x {
		x[j] = j%5 + 1
	}
	y, blocks := parallelMatVec(a, x, 3)
	ref := sequentialMatVec(a, x)

	fmt.Println("Matrix-vector product,", n, "x", n)
	for _, b := range blocks {
		fmt.Printf("worker %d: rows [%d, %d)\n", b.worker, b.lo, b.hi)
	}
	for i := 0; i < 8; i++ {
		fmt.Printf("y[%d] = %d\n", i, y[i])
	}
	sum, equal := 0, true
	for i := range y {
		sum += y[i]
		if y[i] != ref[i] {
			equal = false
		}
	}
	fmt.Println("sum of y:", sum)
	fmt.Println("equal to sequential:", equal)
}
