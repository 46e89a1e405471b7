package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []int64
}

var ErrShape = errors.New("matrix shape mismatch")

func New(rows, cols int, vals ...int64) *Matrix {
	m := &Matrix{rows, cols, make([]int64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(r, c int) int64     { return m.data[r*m.cols+c] }
func (m *Matrix) Set(r, c int, v int64) { m.data[r*m.cols+c] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("%w: (%dx%d)*(%dx%d)", ErrShape, m.rows, m.cols, o.rows, o.cols)
	}
	out := New(m.rows, o.cols)
	for i := range m.rows {
		for k := range m.cols {
			a := m.At(i, k)
			for j := range o.cols {
				out.data[i*out.cols+j] += a * o.At(k, j)
			}
		}
	}
	return out, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

// Pow uses fast exponentiation by squaring.
func (m *Matrix) Pow(n uint) *Matrix {
	result, base := Identity(m.rows), m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

// RotateCW returns the matrix rotated 90 degrees clockwise.
func (m *Matrix) RotateCW() *Matrix {
	r := New(m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			r.Set(j, m.rows-1-i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) Spiral() []int64 {
	var out []int64
	top, bottom, left, right := 0, m.rows-1, 0, m.cols-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m.At(top, j))
		}
		for i := top + 1; i <= bottom; i++ {
			out = append(out, m.At(i, right))
		}
		if top < bottom && left < right {
			for j := right - 1; j >= left; j-- {
				out = append(out, m.At(bottom, j))
			}
			for i := bottom - 1; i > top; i-- {
				out = append(out, m.At(i, left))
			}
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	return out
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("|")
		for j := range m.cols {
			fmt.Fprintf(&sb, "%4d", m.At(i, j))
		}
		sb.WriteString(" |\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print("A =\n", a, "B =\n", b)
	p, err := a.Mul(b)
	fmt.Print("A*B =\n", p)
	fmt.Print("A^T =\n", a.Transpose())
	if _, err = a.Mul(a); err != nil {
		fmt.Println("A*A error:", err, "| is ErrShape:", errors.Is(err, ErrShape))
	}

	g := New(3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	fmt.Print("rotated =\n", g.RotateCW())
	fmt.Println("spiral:", g.Spiral())
	fmt.Println("spiral of 1x1:", New(1, 1, 42).Spiral(), "col:", New(3, 1, 1, 2, 3).Spiral())

	fib := New(2, 2, 1, 1, 1, 0)
	for _, n := range []uint{1, 10, 50, 90} {
		fmt.Printf("F(%d) = %d\n", n, fib.Pow(n).At(0, 1))
	}
	fmt.Printf("%v %+v\n", *Identity(2), *New(1, 2, 5, 6))
}
