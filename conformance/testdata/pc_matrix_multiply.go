// Lab 18: matrix multiplication with one goroutine per row (and row blocks).
package main

import (
	"fmt"
	"sync"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int { return len(m[0]) }

func (m Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, m.Rows(), m.Cols())
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%8.3f", v)
		}
		fmt.Println()
	}
}

// MulRows computes each output row in its own goroutine.
func MulRows(a, b Matrix) Matrix {
	c := New(a.Rows(), b.Cols())
	var wg sync.WaitGroup
	for i := range a.Rows() {
		wg.Go(func() {
			for j := range b.Cols() {
				var s float64
				for k := range a.Cols() {
					s += a[i][k] * b[k][j]
				}
				c[i][j] = s
			}
		})
	}
	wg.Wait()
	return c
}

// MulBlocks uses a fixed number of workers pulling row indices from a channel.
func MulBlocks(a, b Matrix, workers int) Matrix {
	c := New(a.Rows(), b.Cols())
	rows := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range rows {
				for j := range b.Cols() {
					for k := range a.Cols() {
						c[i][j] += a[i][k] * b[k][j]
					}
				}
			}
		})
	}
	for i := range a.Rows() {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return c
}

func equal(x, y Matrix) bool {
	for i := range x {
		for j := range x[i] {
			if x[i][j] != y[i][j] {
				return false
			}
		}
	}
	return true
}

func main() {
	a := New(4, 3)
	b := New(3, 5)
	for i := range 4 {
		for j := range 3 {
			a[i][j] = float64(i+1) + float64(j)/4
		}
	}
	for i := range 3 {
		for j := range 5 {
			b[i][j] = float64((i*5+j)%7) - 2.5
		}
	}
	a.Print("A")
	b.Print("B")
	c := MulRows(a, b)
	c.Print("C = A*B")
	d := MulBlocks(a, b, 3)
	fmt.Println("row-per-goroutine equals worker version:", equal(c, d))

	id := New(3, 3)
	for i := range 3 {
		id[i][i] = 1
	}
	fmt.Println("A*I equals A:", equal(MulRows(a, id), a))
	trace := 0.0
	big := New(50, 50)
	for i := range 50 {
		for j := range 50 {
			big[i][j] = float64((i + 2*j) % 5)
		}
	}
	sq := MulBlocks(big, big, 8)
	for i := range 50 {
		trace += sq[i][i]
	}
	fmt.Printf("trace of big^2: %.1f\n", trace)
}
