// Lab 7: matrix multiplication, one goroutine per row of the result.
//
// C[i][j] = sum_k A[i][k] * B[k][j]. Rows of C are independent: goroutine i
// reads all of B and row i of A, and writes only row i of C. No two
// goroutines write the same memory, so no synchronisation beyond a WaitGroup
// is needed.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Matrix struct {
	Rows, Cols int
	Data       [][]int
}

func NewMatrix(r, c int, f func(i, j int) int) Matrix {
	m := Matrix{Rows: r, Cols: c, Data: make([][]int, r)}
	for i := range m.Data {
		m.Data[i] = make([]int, c)
		for j := range m.Data[i] {
			if f != nil {
				m.Data[i][j] = f(i, j)
			}
		}
	}
	return m
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m.Data {
		for _, v := range row {
			fmt.Fprintf(&sb, "%6d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (m Matrix) Equal(o Matrix) bool {
	if m.Rows != o.Rows || m.Cols != o.Cols {
		return false
	}
	for i := range m.Data {
		for j := range m.Data[i] {
			if m.Data[i][j] != o.Data[i][j] {
				return false
			}
		}
	}
	return true
}

func rowTimes(a, b Matrix, i int, out []int) {
	for j := 0; j < b.Cols; j++ {
		sum := 0
		for k := 0; k < a.Cols; k++ {
			sum += a.Data[i][k] * b.Data[k][j]
		}
		out[j] = sum
	}
}

func MulSerial(a, b Matrix) Matrix {
	c := NewMatrix(a.Rows, b.Cols, nil)
	for i := range c.Data {
		rowTimes(a, b, i, c.Data[i])
	}
	return c
}

func MulParallel(a, b Matrix) Matrix {
	if a.Cols != b.Rows {
		panic("dimension mismatch")
	}
	c := NewMatrix(a.Rows, b.Cols, nil)
	var wg sync.WaitGroup
	for i := 0; i < a.Rows; i++ {
		wg.Add(1)
		go func(row int) {
			defer wg.Done()
			rowTimes(a, b, row, c.Data[row])
		}(i)
	}
	wg.Wait()
	return c
}

func main() {
	a := NewMatrix(6, 5, func(i, j int) int { return (i+1)*(j+2) - 3*j })
	b := NewMatrix(5, 4, func(i, j int) int { return (i*j)%4 - i + 2*j })

	fmt.Print("A (6x5):\n", a)
	fmt.Print("B (5x4):\n", b)
	c := MulParallel(a, b)
	fmt.Print("C = A*B (6x4), computed with one goroutine per row:\n", c)
	fmt.Println("matches serial result:", c.Equal(MulSerial(a, b)))

	// A larger check: identity times a matrix is the matrix itself.
	n := 64
	id := NewMatrix(n, n, func(i, j int) int {
		if i == j {
			return 1
		}
		return 0
	})
	big := NewMatrix(n, n, func(i, j int) int { return (i*31 + j*17) % 97 })
	fmt.Println("I*M == M for 64x64:", MulParallel(id, big).Equal(big))
	trace := 0
	sq := MulParallel(big, big)
	for i := 0; i < n; i++ {
		trace += sq.Data[i][i]
	}
	fmt.Println("trace(M*M):", trace)
}
