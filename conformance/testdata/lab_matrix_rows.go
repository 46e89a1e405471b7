// Lab 11: matrix transpose and multiplication parallelized by rows, each
// checked against the sequential version.
package main

import (
	"fmt"
	"iter"
	"slices"
	"sync"
)

type Matrix [][]int

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }

func (m Matrix) Cols() int { return len(m[0]) }

func (m Matrix) Equal(o Matrix) bool { return slices.EqualFunc(m, o, slices.Equal[[]int]) }

// grid yields every (row, col) index pair in row-major order.
func grid(rows, cols int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range rows {
			for j := range cols {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

// byRows runs f(i) for every output row i in its own goroutine.
func byRows(n int, f func(i int)) {
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { f(i) })
	}
	wg.Wait()
}

func TransposePar(m Matrix) Matrix {
	t := New(m.Cols(), m.Rows())
	byRows(t.Rows(), func(i int) {
		for j := range t[i] {
			t[i][j] = m[j][i]
		}
	})
	return t
}

func MulPar(a, b Matrix) Matrix {
	c := New(a.Rows(), b.Cols())
	bt := TransposePar(b) // rows of bt are columns of b: cache friendly
	byRows(c.Rows(), func(i int) {
		for j := range c[i] {
			for k := range a[i] {
				c[i][j] += a[i][k] * bt[j][k]
			}
		}
	})
	return c
}

func MulSeq(a, b Matrix) Matrix {
	c := New(a.Rows(), b.Cols())
	for i, j := range grid(c.Rows(), c.Cols()) {
		for k := range a[i] {
			c[i][j] += a[i][k] * b[k][j]
		}
	}
	return c
}

func main() {
	a, b := New(5, 4), New(4, 6)
	for i, j := range grid(a.Rows(), a.Cols()) {
		a[i][j] = (i+1)*(j+2)%7 - 3
	}
	for i, j := range grid(b.Rows(), b.Cols()) {
		b[i][j] = (i*3 + j*5) % 9
	}
	at := TransposePar(a)
	fmt.Printf("transpose %dx%d -> %dx%d, back equal: %v\n", a.Rows(), a.Cols(), at.Rows(), at.Cols(), TransposePar(at).Equal(a))
	fmt.Println("parallel == sequential:", MulPar(a, b).Equal(MulSeq(a, b)))
	for _, row := range MulPar(a, b) {
		fmt.Printf("%4d\n", row)
	}
}
