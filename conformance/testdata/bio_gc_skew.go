package main

import (
	"fmt"
	"sort"
	"strings"
)

// skewStream emits cumulative G-C skew values over a channel pipeline.
func baseStream(genome string) <-chan byte {
	ch := make(chan byte)
	go func() {
		defer close(ch)
		for i := range len(genome) {
			ch <- genome[i]
		}
	}()
	return ch
}

func skewStream(in <-chan byte) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		s := 0
		out <- s
		for b := range in {
			switch b {
			case 'G':
				s++
			case 'C':
				s--
			}
			out <- s
		}
	}()
	return out
}

func minSkew(skew []int) (int, []int) {
	m := skew[0]
	for _, v := range skew {
		m = min(m, v)
	}
	var pos []int
	for i, v := range skew {
		if v == m {
			pos = append(pos, i)
		}
	}
	return m, pos
}

// Clumps finds k-mers appearing at least t times within some window of length L.
func Clumps(genome string, k, L, t int) []string {
	found := map[string]bool{}
	for start := 0; start+L <= len(genome); start++ {
		counts := map[string]int{}
		win := genome[start : start+L]
		for i := 0; i+k <= L; i++ {
			counts[win[i:i+k]]++
			if counts[win[i:i+k]] >= t {
				found[win[i:i+k]] = true
			}
		}
	}
	out := make([]string, 0, len(found))
	for km := range found {
		out = append(out, km)
	}
	sort.Strings(out)
	return out
}

func main() {
	genome := "TAAAGACTGCCGAGAGGCCAACACGAGTGCTAGAACGAGGGGCGTAAACGCGGGTCCGAT"
	var skew []int
	for v := range skewStream(baseStream(genome)) {
		skew = append(skew, v)
	}
	fmt.Printf("genome length %d, skew points %d\n", len(genome), len(skew))
	m, pos := minSkew(skew)
	fmt.Printf("min skew %d at %v\n", m, pos)
	lo, hi := skew[0], skew[0]
	for _, v := range skew {
		lo, hi = min(lo, v), max(hi, v)
	}
	for row := hi; row >= lo; row-- {
		var sb strings.Builder
		for _, v := range skew {
			if v == row {
				sb.WriteByte('*')
			} else {
				sb.WriteByte(' ')
			}
		}
		fmt.Printf("%3d |%s\n", row, strings.TrimRight(sb.String(), " "))
	}
	fmt.Println("skew:", skew[:20], "...")

	g2 := "CGGACTCGACAGATGTGAAGAACGACAATGTGAAGACTCGACACGACAGAGTGAAGAGAAGAGGAAACATTGTAA"
	fmt.Printf("clumps(k=5,L=50,t=4): %v\n", Clumps(g2, 5, 50, 4))
	fmt.Printf("clumps(k=3,L=20,t=3): %v\n", Clumps(g2, 3, 20, 3))
	fmt.Printf("clumps(k=4,L=10,t=3): %q\n", Clumps(g2, 4, 10, 3))
}
