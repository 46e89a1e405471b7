package main

import (
	"fmt"
	"strings"
)

type Grid[T any] [][]T

// RotateCW returns a new grid rotated 90 degrees clockwise.
func RotateCW[T any](g Grid[T]) Grid[T] {
	rows, cols := len(g), len(g[0])
	out := make(Grid[T], cols)
	for c := range out {
		out[c] = make([]T, rows)
		for r := 0; r < rows; r++ {
			out[c][r] = g[rows-1-r][c]
		}
	}
	return out
}

// RotateInPlace rotates a square int matrix clockwise by layers.
func RotateInPlace(m [][]int) {
	n := len(m)
	for layer := 0; layer < n/2; layer++ {
		first, last := layer, n-1-layer
		for i := first; i < last; i++ {
			off := i - first
			top := m[first][i]
			m[first][i] = m[last-off][first]
			m[last-off][first] = m[last][last-off]
			m[last][last-off] = m[i][last]
			m[i][last] = top
		}
	}
}

// Transpose-then-reverse alternative.
func RotateByTranspose(m [][]int) {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			row[i], row[j] = row[j], row[i]
		}
	}
}

func square(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		for j := range m[i] {
			m[i][j] = i*n + j + 1
		}
	}
	return m
}

func show(title string, m [][]int) {
	fmt.Println(title)
	for _, row := range m {
		fmt.Printf("  %3d\n", row)
	}
}

func equal(a, b [][]int) bool {
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func main() {
	m := square(4)
	show("original:", m)
	RotateInPlace(m)
	show("in place cw:", m)

	t := square(4)
	RotateByTranspose(t)
	fmt.Println("transpose method agrees:", equal(m, t))

	for _, n := range []int{1, 2, 3, 5, 6} {
		a := square(n)
		for range 4 {
			RotateInPlace(a)
		}
		fmt.Printf("n=%d four rotations identity: %t\n", n, equal(a, square(n)))
	}

	art := Grid[rune]{
		[]rune("#..."),
		[]rune("##.."),
		[]rune("###."),
	}
	for i := 0; i < 4; i++ {
		lines := make([]string, len(art))
		for r, row := range art {
			lines[r] = string(row)
		}
		fmt.Printf("rot %3d: %s\n", i*90, strings.Join(lines, " | "))
		art = RotateCW(art)
	}

	words := Grid[string]{{"a", "b", "c"}, {"d", "e", "f"}}
	fmt.Printf("%q\n", RotateCW(words))
}
