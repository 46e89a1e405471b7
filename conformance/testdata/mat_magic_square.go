package main

import "fmt"

// siamese builds an odd-order magic square.
func siamese(n int) [][]int {
	sq := make([][]int, n)
	for i := range sq {
		sq[i] = make([]int, n)
	}
	r, c := 0, n/2
	for k := 1; k <= n*n; k++ {
		sq[r][c] = k
		nr, nc := (r-1+n)%n, (c+1)%n
		if sq[nr][nc] != 0 {
			nr, nc = (r+1)%n, c
		}
		r, c = nr, nc
	}
	return sq
}

// doublyEven builds a magic square when n is a multiple of 4.
func doublyEven(n int) [][]int {
	sq := make([][]int, n)
	for i := range sq {
		sq[i] = make([]int, n)
		for j := range sq[i] {
			v := i*n + j + 1
			if (i%4 == j%4) || ((i%4)+(j%4) == 3) {
				v = n*n + 1 - v
			}
			sq[i][j] = v
		}
	}
	return sq
}

func isMagic(sq [][]int) (bool, int) {
	n := len(sq)
	target := n * (n*n + 1) / 2
	d1, d2 := 0, 0
	for i := 0; i < n; i++ {
		row, col := 0, 0
		for j := 0; j < n; j++ {
			row += sq[i][j]
			col += sq[j][i]
		}
		if row != target || col != target {
			return false, target
		}
		d1 += sq[i][i]
		d2 += sq[i][n-1-i]
	}
	return d1 == target && d2 == target, target
}

func show(sq [][]int) {
	for _, row := range sq {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func main() {
	for _, n := range []int{3, 5} {
		sq := siamese(n)
		ok, target := isMagic(sq)
		fmt.Printf("order %d, magic constant %d, valid=%v\n", n, target, ok)
		show(sq)
	}

	sq4 := doublyEven(4)
	ok, target := isMagic(sq4)
	fmt.Printf("order 4, magic constant %d, valid=%v\n", target, ok)
	show(sq4)

	// Swapping two cells breaks the square.
	sq4[0][0], sq4[0][1] = sq4[0][1], sq4[0][0]
	ok, _ = isMagic(sq4)
	fmt.Println("after swapping two cells, valid =", ok)

	for _, n := range []int{7, 8, 9, 12} {
		var sq [][]int
		if n%2 == 1 {
			sq = siamese(n)
		} else {
			sq = doublyEven(n)
		}
		ok, target := isMagic(sq)
		fmt.Printf("order %2d: constant %4d, valid=%v, centre-ish value %d\n", n, target, ok, sq[n/2][n/2])
	}
}
