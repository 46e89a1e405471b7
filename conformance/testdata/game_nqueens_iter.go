package main

import (
	"fmt"
	"iter"
	"strings"
)

// Solutions yields every placement of n queens; cols[r] is the queen's column in row r.
func Solutions(n int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		cols := make([]int, n)
		var place func(row int, used, d1, d2 uint32) bool
		place = func(row int, used, d1, d2 uint32) bool {
			if row == n {
				return yield(append([]int(nil), cols...))
			}
			for c := range n {
				a, b := uint32(1)<<c, uint32(1)<<(row+c)
				d := uint32(1) << (row - c + n - 1)
				if used&a != 0 || d1&b != 0 || d2&d != 0 {
					continue
				}
				cols[row] = c
				if !place(row+1, used|a, d1|b, d2|d) {
					return false
				}
			}
			return true
		}
		place(0, 0, 0, 0)
	}
}

func render(cols []int) string {
	var sb strings.Builder
	for _, c := range cols {
		row := []byte(strings.Repeat(". ", len(cols)))
		row[2*c] = 'Q'
		sb.Write(row[:len(row)-1])
		sb.WriteByte('\n')
	}
	return sb.String()
}

func isSymmetric(cols []int) bool {
	n := len(cols)
	for i, c := range cols {
		if cols[n-1-i] != n-1-c {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(" n  solutions  point-symmetric")
	for n := 1; n <= 10; n++ {
		count, sym := 0, 0
		for s := range Solutions(n) {
			count++
			if isSymmetric(s) {
				sym++
			}
		}
		fmt.Printf("%2d %10d %16d\n", n, count, sym)
	}

	fmt.Println("\nFirst solution for 8 queens:")
	for s := range Solutions(8) {
		fmt.Print(render(s))
		fmt.Printf("columns: %v\n", s)
		break
	}

	fmt.Println("\nFirst three for 6 queens:")
	i := 0
	for s := range Solutions(6) {
		i++
		fmt.Printf("#%d %v\n", i, s)
		if i == 3 {
			break
		}
	}
}
