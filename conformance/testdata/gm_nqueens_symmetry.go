package main

import (
	"fmt"
	"slices"
	"strings"
)

// countQueens counts placements using bitmasks for columns and diagonals.
func countQueens(n int) int {
	full := (1 << n) - 1
	var solve func(cols, d1, d2 int) int
	solve = func(cols, d1, d2 int) int {
		if cols == full {
			return 1
		}
		total := 0
		avail := full &^ (cols | d1 | d2)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			total += solve(cols|bit, ((d1|bit)<<1)&full, (d2|bit)>>1)
		}
		return total
	}
	return solve(0, 0, 0)
}

// allSolutions returns every solution as a slice: row -> column.
func allSolutions(n int) [][]int {
	var out [][]int
	pos := make([]int, 0, n)
	var place func()
	place = func() {
		row := len(pos)
		if row == n {
			out = append(out, slices.Clone(pos))
			return
		}
		for c := range n {
			safe := true
			for r, pc := range pos {
				if pc == c || row-r == c-pc || row-r == pc-c {
					safe = false
					break
				}
			}
			if safe {
				pos = append(pos, c)
				place()
				pos = pos[:row]
			}
		}
	}
	place()
	return out
}

func rotate(s []int) []int {
	n := len(s)
	out := make([]int, n)
	for r, c := range s {
		out[c] = n - 1 - r
	}
	return out
}

func mirror(s []int) []int {
	n := len(s)
	out := make([]int, n)
	for r, c := range s {
		out[r] = n - 1 - c
	}
	return out
}

func canonical(s []int) string {
	best := ""
	cur := s
	for range 4 {
		for _, v := range [][]int{cur, mirror(cur)} {
			key := fmt.Sprint(v)
			if best == "" || key < best {
				best = key
			}
		}
		cur = rotate(cur)
	}
	return best
}

func render(s []int) string {
	var sb strings.Builder
	for _, c := range s {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q")
		sb.WriteString(strings.Repeat(" .", len(s)-c-1))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	fmt.Println(" n | solutions")
	fmt.Println("---+----------")
	for n := 1; n <= 10; n++ {
		fmt.Printf("%2d | %9d\n", n, countQueens(n))
	}

	sols := allSolutions(8)
	fmt.Printf("\nbacktracking found %d solutions for n=8\n", len(sols))
	fmt.Println("first solution:", sols[0])
	fmt.Print(render(sols[0]))
	fmt.Println("last solution:", sols[len(sols)-1])

	unique := map[string]int{}
	for _, s := range sols {
		unique[canonical(s)]++
	}
	keys := make([]string, 0, len(unique))
	for k := range unique {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Printf("fundamental solutions: %d\n", len(keys))
	for i, k := range keys {
		fmt.Printf("%2d. %s x%d\n", i+1, k, unique[k])
	}
}
