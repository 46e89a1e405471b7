package main

import (
	"fmt"
	"strings"
)

// permutations returns all orderings of xs in lexicographic-by-position order.
func permutations[T any](xs []T) [][]T {
	var out [][]T
	used := make([]bool, len(xs))
	cur := make([]T, 0, len(xs))
	var rec func()
	rec = func() {
		if len(cur) == len(xs) {
			out = append(out, append([]T(nil), cur...))
			return
		}
		for i, x := range xs {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, x)
			rec()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	rec()
	return out
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := make([][]int, 0, 2*len(rest))
	for _, s := range rest {
		out = append(out, s)
		with := append([]int{xs[0]}, s...)
		out = append(out, with)
	}
	return out
}

// nQueens counts solutions and records the first one found.
func nQueens(n int) (count int, first []int) {
	cols := make([]bool, n)
	diag1 := make([]bool, 2*n)
	diag2 := make([]bool, 2*n)
	placement := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), placement...)
			}
			count++
			return
		}
		for c := range n {
			if cols[c] || diag1[row+c] || diag2[row-c+n] {
				continue
			}
			cols[c], diag1[row+c], diag2[row-c+n] = true, true, true
			placement[row] = c
			place(row + 1)
			cols[c], diag1[row+c], diag2[row-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func board(p []int) string {
	var sb strings.Builder
	for _, c := range p {
		sb.WriteString(strings.Repeat(". ", c) + "Q" + strings.Repeat(" .", len(p)-c-1) + "\n")
	}
	return sb.String()
}

func main() {
	for _, p := range permutations([]string{"a", "b", "c"}) {
		fmt.Print(strings.Join(p, ""), " ")
	}
	fmt.Println()
	fmt.Println("4! =", len(permutations([]int{1, 2, 3, 4})))
	fmt.Println("subsets:", subsets([]int{1, 2, 3}))

	for n := 1; n <= 8; n++ {
		c, _ := nQueens(n)
		fmt.Printf("queens(%d)=%d\n", n, c)
	}
	_, sol := nQueens(6)
	fmt.Print(board(sol))
}
