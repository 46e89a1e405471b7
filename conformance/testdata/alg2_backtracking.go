package main

import (
	"fmt"
	"slices"
)

type sudoku [4][4]int

func (s *sudoku) canPlace(r, c, v int) bool {
	for i := range 4 {
		if s[r][i] == v || s[i][c] == v {
			return false
		}
	}
	br, bc := r/2*2, c/2*2
	for i := br; i < br+2; i++ {
		for j := bc; j < bc+2; j++ {
			if s[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (s *sudoku) solve(steps *int) bool {
	for r := range 4 {
		for c := range 4 {
			if s[r][c] != 0 {
				continue
			}
			for v := 1; v <= 4; v++ {
				if s.canPlace(r, c, v) {
					*steps++
					s[r][c] = v
					if s.solve(steps) {
						return true
					}
					s[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func wordSearch(board []string, word string) ([][2]int, bool) {
	used := map[[2]int]bool{}
	var path [][2]int
	var try func(r, c, k int) bool
	try = func(r, c, k int) bool {
		pos := [2]int{r, c}
		if r < 0 || c < 0 || r >= len(board) || c >= len(board[r]) || used[pos] || board[r][c] != word[k] {
			return false
		}
		used[pos] = true
		path = append(path, pos)
		if k == len(word)-1 {
			return true
		}
		for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			if try(r+d[0], c+d[1], k+1) {
				return true
			}
		}
		used[pos] = false
		path = path[:len(path)-1]
		return false
	}
	for r := range board {
		for c := range board[r] {
			if try(r, c, 0) {
				return path, true
			}
		}
	}
	return nil, false
}

func combinationSum(cands []int, target int) [][]int {
	cands = slices.Sorted(slices.Values(cands))
	var res [][]int
	var cur []int
	var rec func(start, remain int)
	rec = func(start, remain int) {
		if remain == 0 {
			res = append(res, slices.Clone(cur))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			cur = append(cur, cands[i])
			rec(i, remain-cands[i])
			cur = cur[:len(cur)-1]
		}
	}
	rec(0, target)
	return res
}

func main() {
	puzzle := sudoku{{1, 0, 0, 0}, {0, 0, 3, 0}, {0, 4, 0, 0}, {0, 0, 0, 2}}
	steps := 0
	if puzzle.solve(&steps) {
		fmt.Println("sudoku solved with", steps, "placements:")
		for _, row := range puzzle {
			fmt.Println("  ", row)
		}
	}
	bad := sudoku{{1, 1, 0, 0}}
	steps = 0
	fmt.Println("invalid puzzle solvable:", bad.solve(&steps), "placements tried:", steps)

	board := []string{"ABCE", "SFCS", "ADEE"}
	for _, w := range []string{"ABCCED", "SEE", "ABCB", "ASADFBCCEESE"} {
		path, ok := wordSearch(board, w)
		fmt.Printf("word %-14q found=%-5v path=%v\n", w, ok, path)
	}

	for _, tc := range []struct {
		cands  []int
		target int
	}{{[]int{2, 3, 6, 7}, 7}, {[]int{2, 3, 5}, 8}, {[]int{4, 6}, 5}} {
		fmt.Printf("combination sum %v -> %d: %v\n", tc.cands, tc.target, combinationSum(tc.cands, tc.target))
	}
}
