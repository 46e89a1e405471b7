package main

import (
	"fmt"
	"strings"
)

type Matrix [][]int

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func newMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func spiralOrder(m Matrix) []int {
	if len(m) == 0 {
		return nil
	}
	var out []int
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, m[top][c])
		}
		for r := top + 1; r <= bottom; r++ {
			out = append(out, m[r][right])
		}
		if top < bottom && left < right {
			for c := right - 1; c >= left; c-- {
				out = append(out, m[bottom][c])
			}
			for r := bottom - 1; r > top; r-- {
				out = append(out, m[r][left])
			}
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	return out
}

func spiralFill(n int) Matrix {
	m := newMatrix(n, n)
	dr, dc := []int{0, 1, 0, -1}, []int{1, 0, -1, 0}
	r, c, d := 0, 0, 0
	for k := 1; k <= n*n; k++ {
		m[r][c] = k
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return m
}

// rotate turns a square matrix 90 degrees clockwise in place.
func (m Matrix) rotate() {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

func (m Matrix) transpose() Matrix {
	t := newMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

// searchSorted searches a row- and column-sorted matrix from the top-right corner.
func searchSorted(m Matrix, target int) (int, int, bool) {
	r, c := 0, len(m[0])-1
	for r < len(m) && c >= 0 {
		switch v := m[r][c]; {
		case v == target:
			return r, c, true
		case v > target:
			c--
		default:
			r++
		}
	}
	return -1, -1, false
}

func main() {
	m := Matrix{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Print(m)
	fmt.Println("spiral:", spiralOrder(m))
	fmt.Print("transpose:\n", m.transpose())
	s := spiralFill(4)
	fmt.Print("spiral fill 4x4:\n", s)
	s.rotate()
	fmt.Print("rotated:\n", s)
	fmt.Println("spiral of rotated:", spiralOrder(s))
	fmt.Println("single column:", spiralOrder(Matrix{{1}, {2}, {3}}))
	sorted := Matrix{{1, 4, 7, 11}, {2, 5, 8, 12}, {3, 6, 9, 16}, {10, 13, 14, 17}}
	for _, t := range []int{5, 13, 15} {
		r, c, ok := searchSorted(sorted, t)
		fmt.Printf("find %2d -> (%d,%d) %v\n", t, r, c, ok)
	}
}
