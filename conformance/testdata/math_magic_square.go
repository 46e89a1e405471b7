package main

import (
	"errors"
	"fmt"
	"strings"
)

type Square [][]int

type NotMagicError struct {
	What      string
	Got, Want int
}

func (e NotMagicError) Error() string {
	return fmt.Sprintf("%s sums to %d, want %d", e.What, e.Got, e.Want)
}

var ErrNotNormal = errors.New("entries are not exactly 1..n*n")

func (s Square) String() string {
	var sb strings.Builder
	for _, row := range s {
		for _, v := range row {
			fmt.Fprintf(&sb, "%4d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (s Square) Check() error {
	n := len(s)
	want := n * (n*n + 1) / 2
	seen := make([]bool, n*n+1)
	var diag, anti int
	var lines []NotMagicError
	for i := range n {
		var row, col int
		for j := range n {
			v := s[i][j]
			if v < 1 || v > n*n || seen[v] {
				return ErrNotNormal
			}
			seen[v] = true
			row, col = row+v, col+s[j][i]
		}
		lines = append(lines, NotMagicError{fmt.Sprintf("row %d", i), row, want}, NotMagicError{fmt.Sprintf("column %d", i), col, want})
		diag, anti = diag+s[i][i], anti+s[i][n-1-i]
	}
	lines = append(lines, NotMagicError{"main diagonal", diag, want}, NotMagicError{"anti-diagonal", anti, want})
	for _, l := range lines {
		if l.Got != l.Want {
			return l
		}
	}
	return nil
}

// siamese builds an odd-order magic square.
func siamese(n int) Square {
	s := make(Square, n)
	for i := range s {
		s[i] = make([]int, n)
	}
	for k, i, j := 1, 0, n/2; k <= n*n; k++ {
		s[i][j] = k
		if s[(i-1+n)%n][(j+1)%n] != 0 {
			i = (i + 1) % n
		} else {
			i, j = (i-1+n)%n, (j+1)%n
		}
	}
	return s
}

func main() {
	names := []string{"lo shu", "durer", "rows only", "repeated", "bad diag", "siamese 5"}
	squares := []Square{
		{{4, 9, 2}, {3, 5, 7}, {8, 1, 6}},
		{{16, 3, 2, 13}, {5, 10, 11, 8}, {9, 6, 7, 12}, {4, 15, 14, 1}},
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{5, 5, 5}, {5, 5, 5}, {5, 5, 5}},
		{{1, 5, 9}, {6, 7, 2}, {8, 3, 4}},
		siamese(5),
	}
	for i, sq := range squares {
		err := sq.Check()
		var nme NotMagicError
		switch {
		case err == nil:
			fmt.Printf("%s: magic (constant %d)\n%v", names[i], len(sq)*(len(sq)*len(sq)+1)/2, sq)
		case errors.As(err, &nme):
			fmt.Printf("%s: not magic: %v (off by %d)\n", names[i], err, nme.Got-nme.Want)
		case errors.Is(err, ErrNotNormal):
			fmt.Printf("%s: %v\n", names[i], err)
		}
	}
}
