package main

import "fmt"

type Matrix [][]int

func NewSpiral(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	top, bottom, left, right := 0, rows-1, 0, cols-1
	n := 1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = n
			n++
		}
		top++
		for r := top; r <= bottom; r++ {
			m[r][right] = n
			n++
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				m[bottom][c] = n
				n++
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				m[r][left] = n
				n++
			}
			left++
		}
	}
	return m
}

// SpiralOrder reads any matrix in clockwise spiral order using direction vectors.
func (m Matrix) SpiralOrder() []int {
	if len(m) == 0 {
		return nil
	}
	rows, cols := len(m), len(m[0])
	seen := make([][]bool, rows)
	for i := range seen {
		seen[i] = make([]bool, cols)
	}
	dr := [4]int{0, 1, 0, -1}
	dc := [4]int{1, 0, -1, 0}
	out := make([]int, 0, rows*cols)
	r, c, d := 0, 0, 0
	for range rows * cols {
		out = append(out, m[r][c])
		seen[r][c] = true
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc] {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return out
}

func (m Matrix) Print(title string) {
	fmt.Println(title)
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func main() {
	NewSpiral(5, 5).Print("spiral 5x5:")
	NewSpiral(3, 6).Print("spiral 3x6:")
	NewSpiral(6, 2).Print("spiral 6x2:")
	NewSpiral(1, 4).Print("spiral 1x4:")

	grid := Matrix{
		{1, 2, 3, 4},
		{5, 6, 7, 8},
		{9, 10, 11, 12},
	}
	fmt.Println("read order:", grid.SpiralOrder())

	ok := true
	for r := 1; r <= 7; r++ {
		for c := 1; c <= 7; c++ {
			order := NewSpiral(r, c).SpiralOrder()
			for i, v := range order {
				if v != i+1 {
					ok = false
				}
			}
		}
	}
	fmt.Printf("round trip for all sizes up to 7x7: %v\n", ok)
	fmt.Printf("empty: %v\n", Matrix{}.SpiralOrder())
}
