package main

import (
	"fmt"
	"strings"
)

// solveAll counts N-queens solutions with an explicit stack and labeled loops.
func solveAll(n int) (count int, first []int) {
	cols := make([]int, n)
	row := 0
	cols[0] = -1
search:
	for row >= 0 {
		cols[row]++
	try:
		for ; cols[row] < n; cols[row]++ {
			for r := 0; r < row; r++ {
				d := cols[row] - cols[r]
				if d == 0 || d == row-r || d == r-row {
					continue try
				}
			}
			if row == n-1 {
				count++
				if first == nil {
					first = append([]int(nil), cols...)
				}
				continue try
			}
			row++
			cols[row] = -1
			continue search
		}
		row--
	}
	return count, first
}

func render(cols []int) string {
	var sb strings.Builder
	n := len(cols)
	for r := n - 1; r >= 0; r-- {
		for c := range n {
			if cols[r] == c {
				sb.WriteString("Q")
			} else {
				sb.WriteString(".")
			}
		}
		if r > 0 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// firstClash uses goto to leave nested loops once two queens attack.
func firstClash(cols []int) string {
	var a, b int
	for i := range cols {
		for j := i + 1; j < len(cols); j++ {
			if cols[i] == cols[j] || cols[i]-cols[j] == i-j || cols[i]-cols[j] == j-i {
				a, b = i, j
				goto found
			}
		}
	}
	return "no clash"
found:
	return fmt.Sprintf("rows %d and %d clash", a+1, b+1)
}

func main() {
	for n := 1; n <= 8; n++ {
		c, _ := solveAll(n)
		fmt.Printf("n=%d solutions=%d\n", n, c)
	}
	_, sol := solveAll(8)
	fmt.Println("first 8-queens solution:", sol)
	fmt.Println(render(sol))
	fmt.Println(firstClash(sol))
	fmt.Println(firstClash([]int{0, 4, 7, 5, 2, 6, 1, 2}))
	fmt.Println(firstClash([]int{1, 3, 0, 2}))
}
