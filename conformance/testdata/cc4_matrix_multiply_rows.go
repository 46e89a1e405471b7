// Handout 18: row-parallel matrix multiplication.
// Each goroutine computes a band of rows of C = A x B. Rows are
// disjoint, so no locking is needed.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []int
}

func NewMatrix(r, c int) *Matrix { return &Matrix{r, c, make([]int, r*c)} }

func (m *Matrix) At(i, j int) int      { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j, v int)      { m.data[i*m.cols+j] = v }
func (m *Matrix) Row(i int) []int      { return m.data[i*m.cols : (i+1)*m.cols] }
func (m *Matrix) Equal(o *Matrix) bool { return slices.Equal(m.data, o.data) }

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := range m.rows {
		for _, v := range m.Row(i) {
			fmt.Fprintf(&sb, "%6d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func mulRows(a, b, c *Matrix, lo, hi int) {
	for i := lo; i < hi; i++ {
		for j := range b.cols {
			s := 0
			for k := range a.cols {
				s += a.At(i, k) * b.At(k, j)
			}
			c.Set(i, j, s)
		}
	}
}

func ParallelMul(a, b *Matrix, workers int) *Matrix {
	c := NewMatrix(a.rows, b.cols)
	var wg sync.WaitGroup
	band := (a.rows + workers - 1) / workers
	for lo := 0; lo < a.rows; lo += band {
		hi := min(lo+band, a.rows)
		wg.Go(func() { mulRows(a, b, c, lo, hi) })
	}
	wg.Wait()
	return c
}

func main() {
	const n = 8
	a, b := NewMatrix(n, n), NewMatrix(n, n)
	for i := range n {
		for j := range n {
			a.Set(i, j, (i+1)*(j+2)%7-3)
			b.Set(i, j, (i*3+j)%5+1)
		}
	}
	seq := NewMatrix(n, n)
	mulRows(a, b, seq, 0, n)

	fmt.Println("A:")
	fmt.Print(a)
	fmt.Println("C = A x B (4 workers):")
	c := ParallelMul(a, b, 4)
	fmt.Print(c)
	for _, w := range []int{1, 2, 3, 8} {
		fmt.Printf("workers=%d equals sequential: %v\n", w, ParallelMul(a, b, w).Equal(seq))
	}
	trace := 0
	for i := range n {
		trace += c.At(i, i)
	}
	fmt.Println("trace(C):", trace)
}
