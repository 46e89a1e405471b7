// Lab 8b: parallel matrix multiplication, distributing rows.
// Each worker takes rows w, w+P, w+2P, ... (cyclic distribution) and writes
// only those rows of C, so no two goroutines touch the same memory.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []int
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]int, r*c)} }

func (m *Matrix) At(i, j int) int { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j, v int) { m.data[i*m.cols+j] = v }
func (m *Matrix) Row(i int) []int { return m.data[i*m.cols : (i+1)*m.cols] }
func (m *Matrix) Equal(o *Matrix) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for i := range m.data {
		if m.data[i] != o.data[i] {
			return false
		}
	}
	return true
}

var ErrShape = errors.New("shape mismatch")

func multiplyRow(a, b, c *Matrix, i int) {
	row := c.Row(i)
	for k := 0; k < a.cols; k++ {
		aik := a.At(i, k)
		for j := 0; j < b.cols; j++ {
			row[j] += aik * b.At(k, j)
		}
	}
}

func Multiply(a, b *Matrix, workers int) (*Matrix, error) {
	if a.cols != b.rows {
		return nil, fmt.Errorf("multiply %dx%d by %dx%d: %w", a.rows, a.cols, b.rows, b.cols, ErrShape)
	}
	c := New(a.rows, b.cols)
	rowsDone := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < a.rows; i += workers {
				multiplyRow(a, b, c, i)
				rowsDone[w]++
			}
		}()
	}
	wg.Wait()
	fmt.Printf("  rows per worker: %v\n", rowsDone)
	return c, nil
}

func fill(m *Matrix, seed int) {
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			m.Set(i, j, (i*7+j*3+seed)%10-4)
		}
	}
}

func main() {
	a, b := New(60, 40), New(40, 50)
	fill(a, 1)
	fill(b, 2)

	ref, _ := Multiply(a, b, 1)
	for _, p := range []int{2, 3, 8} {
		fmt.Printf("P=%d\n", p)
		c, err := Multiply(a, b, p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("  equal to single-thread result: %v\n", c.Equal(ref))
	}

	trace := 0
	for i := 0; i < min(ref.rows, ref.cols); i++ {
		trace += ref.At(i, i)
	}
	fmt.Println("C[0][:8] =", ref.Row(0)[:8])
	fmt.Println("C[59][:8] =", ref.Row(59)[:8])
	fmt.Println("trace(C) =", trace)

	_, err := Multiply(a, a, 4)
	fmt.Println("bad shapes:", err, "| is ErrShape:", errors.Is(err, ErrShape))
}
