package main

import (
	"fmt"
	"sort"
)

type pos struct{ r, c int }

var jumps = []pos{{-2, -1}, {-2, 1}, {-1, -2}, {-1, 2}, {1, -2}, {1, 2}, {2, -1}, {2, 1}}

type Board struct {
	n     int
	cells [][]int
	tries int
}

func NewBoard(n int) *Board {
	b := &Board{n: n, cells: make([][]int, n)}
	for i := range b.cells {
		b.cells[i] = make([]int, n)
	}
	return b
}

func (b *Board) free(p pos) bool {
	return p.r >= 0 && p.r < b.n && p.c >= 0 && p.c < b.n && b.cells[p.r][p.c] == 0
}

func (b *Board) degree(p pos) int {
	d := 0
	for _, j := range jumps {
		if b.free(pos{p.r + j.r, p.c + j.c}) {
			d++
		}
	}
	return d
}

// solve uses backtracking with Warnsdorff ordering (stable sort keeps it deterministic).
func (b *Board) solve(p pos, step int) bool {
	b.cells[p.r][p.c] = step
	b.tries++
	if step == b.n*b.n {
		return true
	}
	var moves []pos
	for _, j := range jumps {
		q := pos{p.r + j.r, p.c + j.c}
		if b.free(q) {
			moves = append(moves, q)
		}
	}
	sort.SliceStable(moves, func(i, k int) bool { return b.degree(moves[i]) < b.degree(moves[k]) })
	for _, q := range moves {
		if b.solve(q, step+1) {
			return true
		}
	}
	b.cells[p.r][p.c] = 0
	return false
}

func (b *Board) valid() bool {
	where := make(map[int]pos)
	for r, row := range b.cells {
		for c, v := range row {
			where[v] = pos{r, c}
		}
	}
	for s := 1; s < b.n*b.n; s++ {
		a, z := where[s], where[s+1]
		dr, dc := abs(a.r-z.r), abs(a.c-z.c)
		if !(dr == 1 && dc == 2 || dr == 2 && dc == 1) {
			return false
		}
	}
	return len(where) == b.n*b.n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	for _, tc := range []struct {
		n     int
		start pos
	}{{5, pos{0, 0}}, {6, pos{0, 0}}, {5, pos{0, 1}}, {5, pos{2, 2}}, {4, pos{0, 0}}, {3, pos{0, 0}}} {
		b := NewBoard(tc.n)
		if tc.n%2 == 1 && (tc.start.r+tc.start.c)%2 == 1 {
			fmt.Printf("%dx%d from %v: impossible (odd board, minority colour)\n", tc.n, tc.n, tc.start)
			continue
		}
		ok := b.solve(tc.start, 1)
		fmt.Printf("%dx%d from %v: found=%t tries=%d\n", tc.n, tc.n, tc.start, ok, b.tries)
		if !ok {
			continue
		}
		for _, row := range b.cells {
			for _, v := range row {
				fmt.Printf("%3d", v)
			}
			fmt.Println()
		}
		fmt.Println("valid:", b.valid())
	}
}
