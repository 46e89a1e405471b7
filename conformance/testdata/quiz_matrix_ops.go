package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

var ErrShape = errors.New("incompatible shapes")

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range r {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

func (m Matrix) T() Matrix {
	r, c := m.Dims()
	t := New(c, r)
	for i := range r {
		for j := range c {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	r1, c1 := m.Dims()
	r2, c2 := o.Dims()
	if c1 != r2 {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", r1, c1, r2, c2, ErrShape)
	}
	out := New(r1, c2)
	for i := range r1 {
		for j := range c2 {
			for k := range c1 {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		b.WriteString("[")
		for j, v := range row {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", v)
		}
		b.WriteString(" ]\n")
	}
	return b.String()
}

func det3(a [3][3]float64) float64 {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

func spiral(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	v := 1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			g[top][j] = v
			v++
		}
		top++
		for i := top; i <= bot; i++ {
			g[i][right] = v
			v++
		}
		right--
		for j := right; j >= left && top <= bot; j-- {
			g[bot][j] = v
			v++
		}
		bot--
		for i := bot; i >= top && left <= right; i-- {
			g[i][left] = v
			v++
		}
		left++
	}
	return g
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print("A:\n", a, "A^T:\n", a.T())
	p, err := a.Mul(b)
	fmt.Print("A*B:\n", p)
	fmt.Println("err:", err)
	if _, err = a.Mul(a); errors.Is(err, ErrShape) {
		fmt.Println("expected failure:", err)
	}
	q, _ := b.Mul(Identity(2))
	fmt.Printf("B*I == B: %v\n", q.String() == b.String())

	arr := [3][3]float64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Printf("det(%v) = %g\n", arr, det3(arr))
	for _, row := range spiral(4) {
		fmt.Printf("%3d\n", row)
	}
}
