// Parallel matrix multiplication: one goroutine per block of result rows.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []int
}

func NewMatrix(rows, cols int, f func(i, j int) int) *Matrix {
	m := &Matrix{rows: rows, cols: cols, data: make([]int, rows*cols)}
	for i := range rows {
		for j := range cols {
			m.data[i*cols+j] = f(i, j)
		}
	}
	return m
}

func (m *Matrix) At(i, j int) int { return m.data[i*m.cols+j] }

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := range m.rows {
		for j := range m.cols {
			fmt.Fprintf(&sb, "%6d", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

var ErrShape = errors.New("incompatible shapes")

func Multiply(a, b *Matrix, workers int) (*Matrix, error) {
	if a.cols != b.rows {
		return nil, fmt.Errorf("%dx%d times %dx%d: %w", a.rows, a.cols, b.rows, b.cols, ErrShape)
	}
	c := &Matrix{rows: a.rows, cols: b.cols, data: make([]int, a.rows*b.cols)}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < a.rows; i += workers { // rows striped over workers
				for j := range b.cols {
					sum := 0
					for k := range a.cols {
						sum += a.At(i, k) * b.At(k, j)
					}
					c.data[i*c.cols+j] = sum
				}
			}
		}()
	}
	wg.Wait()
	return c, nil
}

func main() {
	a := NewMatrix(4, 3, func(i, j int) int { return i + j })
	b := NewMatrix(3, 5, func(i, j int) int { return i*j - 1 })
	c, err := Multiply(a, b, 3)
	if err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Print("A*B =\n", c)
	}

	big := NewMatrix(120, 120, func(i, j int) int { return (i*31 + j*17) % 10 })
	id := NewMatrix(120, 120, func(i, j int) int {
		if i == j {
			return 1
		}
		return 0
	})
	p, _ := Multiply(big, id, 8)
	same := true
	for i := range p.data {
		same = same && p.data[i] == big.data[i]
	}
	fmt.Println("big*I == big:", same)
	sq, _ := Multiply(big, big, 8)
	trace := 0
	for i := range sq.rows {
		trace += sq.At(i, i)
	}
	fmt.Println("trace(big^2):", trace)

	_, err = Multiply(a, a, 2)
	fmt.Println("error:", err, "| is ErrShape:", errors.Is(err, ErrShape))
}
