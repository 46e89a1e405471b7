package main

import (
	"fmt"
	"strings"
)

func pascal(rows int) [][]int {
	tri := make([][]int, rows)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	return tri
}

func centred(row []int, width int) string {
	parts := make([]string, len(row))
	for i, v := range row {
		parts[i] = fmt.Sprint(v)
	}
	line := strings.Join(parts, " ")
	pad := (width - len(line)) / 2
	if pad < 0 {
		pad = 0
	}
	return strings.Repeat(" ", pad) + line
}

func main() {
	tri := pascal(16)
	last := tri[9]
	width := len(fmt.Sprint(last)) + 2
	for _, row := range tri[:10] {
		fmt.Println(centred(row, width))
	}

	fmt.Println()
	fmt.Println("row sums (powers of two):")
	for i := 0; i < 16; i += 3 {
		sum := 0
		for _, v := range tri[i] {
			sum += v
		}
		fmt.Printf("  row %2d sum %5d == 1<<%d: %v\n", i, sum, i, sum == 1<<i)
	}

	fmt.Println("Sierpinski pattern (odd entries):")
	for _, row := range tri {
		var sb strings.Builder
		sb.WriteString(strings.Repeat(" ", len(tri)-len(row)))
		for _, v := range row {
			if v%2 == 1 {
				sb.WriteString("* ")
			} else {
				sb.WriteString("  ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}

	// Shallow diagonals give Fibonacci numbers.
	var fibs []int
	for d := 0; d < 15; d++ {
		s := 0
		for i, j := d, 0; i >= j; i, j = i-1, j+1 {
			s += tri[i][j]
		}
		fibs = append(fibs, s)
	}
	fmt.Println("diagonal sums:", fibs)
}
