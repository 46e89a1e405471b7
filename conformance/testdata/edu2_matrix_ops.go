// Week 6 assignment: matrix transpose, rotation, multiplication, spiral order.
package main

import "fmt"

type Matrix [][]int

func newMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func (m Matrix) Print(title string) {
	fmt.Printf("%s (%dx%d)\n", title, len(m), len(m[0]))
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func transpose(m Matrix) Matrix {
	t := newMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

// rotate90 rotates clockwise: transpose, then reverse each row.
func rotate90(m Matrix) Matrix {
	t := transpose(m)
	for _, row := range t {
		for i, j := 0, len(row)-1; i < j; i, j = i+1, j-1 {
			row[i], row[j] = row[j], row[i]
		}
	}
	return t
}

func multiply(a, b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	c := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c, nil
}

func spiral(m Matrix) []int {
	var out []int
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	m.Print("original")
	transpose(m).Print("transpose")
	rotate90(m).Print("rotated 90")

	p, err := multiply(m, transpose(m))
	if err != nil {
		fmt.Println("error:", err)
	} else {
		p.Print("m * m^T")
	}
	if _, err := multiply(m, m); err != nil {
		fmt.Println("error:", err)
	}

	sq := Matrix{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println("spiral:", spiral(sq))
}
