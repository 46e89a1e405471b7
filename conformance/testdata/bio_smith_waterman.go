package main

import (
	"fmt"
	"strings"
)

// BLOSUM-like tiny substitution matrix for DNA with transitions/transversions.
func subScore(a, b byte) int {
	if a == b {
		return 3
	}
	purine := func(c byte) bool { return c == 'A' || c == 'G' }
	if purine(a) == purine(b) {
		return -1 // transition
	}
	return -3 // transversion
}

type Local struct {
	Score    int
	StartA   int
	EndA     int
	StartB   int
	EndB     int
	AlignedA string
	AlignedB string
}

func SmithWaterman(a, b string, gap int) Local {
	H := make([][]int, len(a)+1)
	for i := range H {
		H[i] = make([]int, len(b)+1)
	}
	best, bi, bj := 0, 0, 0
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			v := max(0,
				H[i-1][j-1]+subScore(a[i-1], b[j-1]),
				H[i-1][j]-gap,
				H[i][j-1]-gap)
			H[i][j] = v
			if v > best {
				best, bi, bj = v, i, j
			}
		}
	}
	var ra, rb strings.Builder
	var sa, sb []byte
	i, j := bi, bj
	for i > 0 && j > 0 && H[i][j] > 0 {
		switch {
		case H[i][j] == H[i-1][j-1]+subScore(a[i-1], b[j-1]):
			sa, sb = append(sa, a[i-1]), append(sb, b[j-1])
			i--
			j--
		case H[i][j] == H[i-1][j]-gap:
			sa, sb = append(sa, a[i-1]), append(sb, '-')
			i--
		default:
			sa, sb = append(sa, '-'), append(sb, b[j-1])
			j--
		}
	}
	for k := len(sa) - 1; k >= 0; k-- {
		ra.WriteByte(sa[k])
		rb.WriteByte(sb[k])
	}
	return Local{best, i, bi, j, bj, ra.String(), rb.String()}
}

func main() {
	cases := []struct {
		a, b string
		gap  int
	}{
		{"TGTTACGG", "GGTTGACTA", 2},
		{"ACACACTA", "AGCACACA", 2},
		{"AAATTTGCGCGCCCAAA", "TTTGCGGGCCCTT", 4},
		{"CCCCCC", "GGGGGG", 1},
		{"GATTACAGATTACA", "TTACAG", 2},
	}
	for n, c := range cases {
		l := SmithWaterman(c.a, c.b, c.gap)
		fmt.Printf("case %d: a=%q b=%q gap=%d\n", n+1, c.a, c.b, c.gap)
		fmt.Printf("  score=%d a[%d:%d] b[%d:%d]\n", l.Score, l.StartA, l.EndA, l.StartB, l.EndB)
		if l.Score > 0 {
			fmt.Printf("  %s\n  %s\n", l.AlignedA, l.AlignedB)
		} else {
			fmt.Println("  (no local alignment)")
		}
		fmt.Printf("  %+v\n", l)
	}
	fmt.Printf("sub(A,G)=%d sub(A,C)=%d sub(T,T)=%d\n", subScore('A', 'G'), subScore('A', 'C'), subScore('T', 'T'))
}
