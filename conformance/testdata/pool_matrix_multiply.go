package main

import (
	"errors"
	"fmt"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(rows, cols int, f func(i, j int) float64) *Matrix {
	m := &Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
	for i := range rows {
		for j := range cols {
			m.data[i*cols+j] = f(i, j)
		}
	}
	return m
}

func (m *Matrix) At(i, j int) float64 { return m.data[i*m.cols+j] }

func (m *Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, m.rows, m.cols)
	for i := range m.rows {
		fmt.Print("  ")
		for j := range m.cols {
			fmt.Printf("%7.1f", m.At(i, j))
		}
		fmt.Println()
	}
}

var ErrShape = errors.New("shape mismatch")

// Multiply computes a*b with one goroutine per output row.
func Multiply(a, b *Matrix) (*Matrix, error) {
	if a.cols != b.rows {
		return nil, fmt.Errorf("%w: %dx%d * %dx%d", ErrShape, a.rows, a.cols, b.rows, b.cols)
	}
	c := &Matrix{rows: a.rows, cols: b.cols, data: make([]float64, a.rows*b.cols)}
	var wg sync.WaitGroup
	for i := range a.rows {
		wg.Add(1)
		go func() {
			defer wg.Done()
			row := c.data[i*c.cols : (i+1)*c.cols]
			for j := range b.cols {
				var s float64
				for k := range a.cols {
					s += a.At(i, k) * b.At(k, j)
				}
				row[j] = s
			}
		}()
	}
	wg.Wait()
	return c, nil
}

func main() {
	a := NewMatrix(4, 3, func(i, j int) float64 { return float64(i + j + 1) })
	b := NewMatrix(3, 5, func(i, j int) float64 { return float64((i+1)*(j+1)) / 2 })
	a.Print("A")
	b.Print("B")

	c, err := Multiply(a, b)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	c.Print("A*B")

	id := NewMatrix(4, 4, func(i, j int) float64 {
		if i == j {
			return 1
		}
		return 0
	})
	same, _ := Multiply(id, c)
	equal := true
	for i := range same.data {
		if same.data[i] != c.data[i] {
			equal = false
		}
	}
	fmt.Println("I*(A*B) == A*B:", equal)

	_, err = Multiply(a, a)
	fmt.Println("A*A:", err)
	fmt.Println("is shape error:", errors.Is(err, ErrShape))
}
