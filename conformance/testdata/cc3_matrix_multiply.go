package main

import (
	"fmt"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []int64
}

func NewMatrix(r, c int, f func(i, j int) int64) *Matrix {
	m := &Matrix{rows: r, cols: c, data: make([]int64, r*c)}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.data[i*c+j] = f(i, j)
		}
	}
	return m
}

func (m *Matrix) At(i, j int) int64 { return m.data[i*m.cols+j] }

func (m *Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, m.rows, m.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			fmt.Printf("%7d", m.At(i, j))
		}
		fmt.Println()
	}
}

func MulSeq(a, b *Matrix) *Matrix {
	return NewMatrix(a.rows, b.cols, func(i, j int) int64 {
		var s int64
		for k := 0; k < a.cols; k++ {
			s += a.At(i, k) * b.At(k, j)
		}
		return s
	})
}

// MulPar hands out rows to a bounded number of workers via a channel.
func MulPar(a, b *Matrix, workers int) (*Matrix, error) {
	if a.cols != b.rows {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", a.rows, a.cols, b.rows, b.cols)
	}
	c := &Matrix{rows: a.rows, cols: b.cols, data: make([]int64, a.rows*b.cols)}
	rows := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := range rows {
				for j := 0; j < b.cols; j++ {
					var s int64
					for k := 0; k < a.cols; k++ {
						s += a.At(i, k) * b.At(k, j)
					}
					c.data[i*c.cols+j] = s
				}
			}
		})
	}
	for i := 0; i < a.rows; i++ {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return c, nil
}

func equal(x, y *Matrix) bool {
	if x.rows != y.rows || x.cols != y.cols {
		return false
	}
	for i := range x.data {
		if x.data[i] != y.data[i] {
			return false
		}
	}
	return true
}

func checksum(m *Matrix) int64 {
	var s int64
	for i, v := range m.data {
		s += v * int64(i%13+1)
	}
	return s
}

func main() {
	a := NewMatrix(4, 3, func(i, j int) int64 { return int64(i + 2*j + 1) })
	b := NewMatrix(3, 5, func(i, j int) int64 { return int64((i*j)%4 - 1) })
	a.Print("A")
	b.Print("B")
	c, err := MulPar(a, b, 3)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	c.Print("A*B")
	fmt.Println("matches sequential:", equal(c, MulSeq(a, b)))

	_, err = MulPar(a, a, 2)
	fmt.Println("A*A error:", err)

	id := NewMatrix(3, 3, func(i, j int) int64 {
		if i == j {
			return 1
		}
		return 0
	})
	ai, _ := MulPar(a, id, 2)
	fmt.Println("A*I == A:", equal(ai, a))

	big1 := NewMatrix(60, 50, func(i, j int) int64 { return int64((i*31+j*17)%19 - 9) })
	big2 := NewMatrix(50, 40, func(i, j int) int64 { return int64((i*7+j*11)%23 - 11) })
	seq := MulSeq(big1, big2)
	for _, w := range []int{1, 2, 4, 8} {
		p, _ := MulPar(big1, big2, w)
		fmt.Printf("60x50 * 50x40 with %d workers: checksum=%d equal=%t\n", w, checksum(p), equal(p, seq))
	}
	fmt.Println("corner values:", seq.At(0, 0), seq.At(59, 39), seq.At(30, 20))
}
