package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Rows builds the first n rows of Pascal's triangle from the previous row.
func Rows(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

// Binomial computes C(n,k) with big integers using the multiplicative formula.
func Binomial(n, k int64) *big.Int {
	if k > n-k {
		k = n - k
	}
	r := big.NewInt(1)
	for i := int64(1); i <= k; i++ {
		r.Mul(r, big.NewInt(n-k+i))
		r.Div(r, big.NewInt(i))
	}
	return r
}

func main() {
	rows := Rows(10)
	width := len(fmt.Sprint(rows[9])) + 2
	for _, r := range rows {
		parts := make([]string, len(r))
		for i, v := range r {
			parts[i] = fmt.Sprint(v)
		}
		line := strings.Join(parts, " ")
		pad := (width - len(line)) / 2
		fmt.Printf("%s%s\n", strings.Repeat(" ", pad), line)
	}

	fmt.Println("Sierpinski (odd entries) rows 0..15:")
	for _, r := range Rows(16) {
		var sb strings.Builder
		sb.WriteString(strings.Repeat(" ", 16-len(r)))
		for _, v := range r {
			if v%2 == 1 {
				sb.WriteString("* ")
			} else {
				sb.WriteString("  ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}

	sums := []string{}
	for i, r := range Rows(8) {
		s := 0
		for _, v := range r {
			s += v
		}
		sums = append(sums, fmt.Sprintf("%d:%d", i, s))
	}
	fmt.Println("row sums:", strings.Join(sums, " "))

	for _, nk := range [][2]int64{{10, 3}, {52, 5}, {100, 50}, {200, 7}} {
		fmt.Printf("C(%d,%d) = %s\n", nk[0], nk[1], Binomial(nk[0], nk[1]))
	}
	big30 := Rows(31)[30][15]
	fmt.Printf("C(30,15) via table = %d, via big = %v, hex = %x\n", big30, Binomial(30, 15), big30)
}
