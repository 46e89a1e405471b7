package main

import (
	"fmt"
	"sync"
)

type Matrix struct {
	Rows, Cols int
	Data       []int
}

func NewMatrix(r, c int, f func(i, j int) int) *Matrix {
	m := &Matrix{Rows: r, Cols: c, Data: make([]int, r*c)}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Data[i*c+j] = f(i, j)
		}
	}
	return m
}

func (m *Matrix) At(i, j int) int { return m.Data[i*m.Cols+j] }

func (m *Matrix) rowTimes(b *Matrix, i int, out *Matrix) {
	for j := 0; j < b.Cols; j++ {
		s := 0
		for k := 0; k < m.Cols; k++ {
			s += m.At(i, k) * b.At(k, j)
		}
		out.Data[i*out.Cols+j] = s
	}
}

// MulParallel splits the rows of the result into bands, one per worker.
func (m *Matrix) MulParallel(b *Matrix, workers int) *Matrix {
	out := &Matrix{Rows: m.Rows, Cols: b.Cols, Data: make([]int, m.Rows*b.Cols)}
	band := (m.Rows + workers - 1) / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := w*band, min((w+1)*band, m.Rows)
		if lo >= hi {
			continue
		}
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				m.rowTimes(b, i, out)
			}
		})
	}
	wg.Wait()
	return out
}

func (m *Matrix) MulSequential(b *Matrix) *Matrix {
	out := &Matrix{Rows: m.Rows, Cols: b.Cols, Data: make([]int, m.Rows*b.Cols)}
	for i := 0; i < m.Rows; i++ {
		m.rowTimes(b, i, out)
	}
	return out
}

func (m *Matrix) Equal(o *Matrix) bool {
	if m.Rows != o.Rows || m.Cols != o.Cols {
		return false
	}
	for i := range m.Data {
		if m.Data[i] != o.Data[i] {
			return false
		}
	}
	return true
}

func (m *Matrix) Print() {
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			fmt.Printf("%6d", m.At(i, j))
		}
		fmt.Println()
	}
}

func checksum(m *Matrix) int {
	s := 0
	for i, v := range m.Data {
		s = (s*31 + v + i) % 1000000007
	}
	return s
}

func main() {
	a := NewMatrix(6, 5, func(i, j int) int { return i + 2*j - 3 })
	b := NewMatrix(5, 4, func(i, j int) int { return (i*j)%7 - 2 })
	c := a.MulParallel(b, 3)
	fmt.Printf("C = A(%dx%d) * B(%dx%d):\n", a.Rows, a.Cols, b.Rows, b.Cols)
	c.Print()
	fmt.Println("matches sequential:", c.Equal(a.MulSequential(b)))

	big1 := NewMatrix(120, 90, func(i, j int) int { return (i*17 + j*13) % 23 })
	big2 := NewMatrix(90, 110, func(i, j int) int { return (i*5 - j*3) % 19 })
	seq := big1.MulSequential(big2)
	for _, w := range []int{1, 4, 7, 16} {
		par := big1.MulParallel(big2, w)
		fmt.Printf("workers=%2d checksum=%d equal=%v\n", w, checksum(par), par.Equal(seq))
	}
	fmt.Println("trace-like corner values:", seq.At(0, 0), seq.At(119, 109))
}
