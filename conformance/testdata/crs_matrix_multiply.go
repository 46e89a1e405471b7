// Lab 6: parallel matrix multiplication, one goroutine per row band.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(r, c int, f func(i, j int) float64) *Matrix {
	m := &Matrix{Rows: r, Cols: c, Data: make([]float64, r*c)}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Data[i*c+j] = f(i, j)
		}
	}
	return m
}

func (m *Matrix) At(i, j int) float64 { return m.Data[i*m.Cols+j] }

var ErrShape = errors.New("shape mismatch")

func Mul(a, b *Matrix, bands int) (*Matrix, error) {
	if a.Cols != b.Rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", a.Rows, a.Cols, b.Rows, b.Cols, ErrShape)
	}
	c := &Matrix{Rows: a.Rows, Cols: b.Cols, Data: make([]float64, a.Rows*b.Cols)}
	var wg sync.WaitGroup
	per := (a.Rows + bands - 1) / bands
	for start := 0; start < a.Rows; start += per {
		end := min(start+per, a.Rows)
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				for j := 0; j < b.Cols; j++ {
					var s float64
					for k := 0; k < a.Cols; k++ {
						s += a.At(i, k) * b.At(k, j)
					}
					c.Data[i*c.Cols+j] = s
				}
			}
		}(start, end)
	}
	wg.Wait()
	return c, nil
}

func (m *Matrix) Print(name string) {
	fmt.Printf("%s (%dx%d):\n", name, m.Rows, m.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			fmt.Printf("%8.2f", m.At(i, j))
		}
		fmt.Println()
	}
}

func main() {
	a := NewMatrix(4, 3, func(i, j int) float64 { return float64(i + j) })
	b := NewMatrix(3, 5, func(i, j int) float64 { return float64(i*j) - 1.5 })
	a.Print("A")
	b.Print("B")

	c1, _ := Mul(a, b, 1)
	c4, err := Mul(a, b, 3)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	c4.Print("A*B")
	same := true
	for i := range c1.Data {
		if c1.Data[i] != c4.Data[i] {
			same = false
		}
	}
	fmt.Println("1 band == 3 bands:", same)

	id := NewMatrix(5, 5, func(i, j int) float64 {
		if i == j {
			return 1
		}
		return 0
	})
	c5, _ := Mul(c4, id, 4)
	fmt.Println("times identity unchanged:", fmt.Sprint(c5.Data) == fmt.Sprint(c4.Data))

	_, err = Mul(a, a, 2)
	fmt.Println("error:", err)
	fmt.Println("is ErrShape:", errors.Is(err, ErrShape))
}
