package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrLengthMismatch = errors.New("length mismatch")

func Hamming(a, b string) (int, error) {
	if len(a) != len(b) {
		return 0, fmt.Errorf("hamming(%d vs %d): %w", len(a), len(b), ErrLengthMismatch)
	}
	d := 0
	for i := range len(a) {
		if a[i] != b[i] {
			d++
		}
	}
	return d, nil
}

func mismatchLine(a, b string) string {
	var sb strings.Builder
	for i := range len(a) {
		if a[i] == b[i] {
			sb.WriteByte('|')
		} else {
			sb.WriteByte('*')
		}
	}
	return sb.String()
}

// approximate occurrences of pattern in text with at most d mismatches
func approxMatches(pattern, text string, d int) []int {
	var pos []int
	for i := 0; i+len(pattern) <= len(text); i++ {
		if h, _ := Hamming(pattern, text[i:i+len(pattern)]); h <= d {
			pos = append(pos, i)
		}
	}
	return pos
}

func main() {
	pairs := [][2]string{
		{"GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"},
		{"AAAA", "AAAA"},
		{"ACGT", "TGCA"},
		{"ACGTA", "ACG"},
	}
	for _, p := range pairs {
		d, err := Hamming(p[0], p[1])
		if errors.Is(err, ErrLengthMismatch) {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("%s\n%s\n%s  d=%d\n", p[0], mismatchLine(p[0], p[1]), p[1], d)
	}

	text := "CGCCCGAATCCAGAACGCATTCCCATATTTCGGGACCACTGGCCTCCACGGTACGGACGTCAATCAAATGCCTAGCGGCTTGTGGTTTCTCCTACGCTCC"
	pattern := "ATTCTGGA"
	for d := 0; d <= 3; d++ {
		pos := approxMatches(pattern, text, d)
		fmt.Printf("d=%d count=%d positions=%v\n", d, len(pos), pos)
	}

	seqs := []string{"ACGTTGCA", "ACGTAGCA", "TCGTTGCA", "ACCTTGGA", "ACGTTGCT"}
	fmt.Println("distance matrix:")
	fmt.Print("   ")
	for j := range seqs {
		fmt.Printf("%3d", j)
	}
	fmt.Println()
	type pair struct{ i, j, d int }
	var all []pair
	for i, a := range seqs {
		fmt.Printf("%3d", i)
		for j, b := range seqs {
			d, _ := Hamming(a, b)
			fmt.Printf("%3d", d)
			if i < j {
				all = append(all, pair{i, j, d})
			}
		}
		fmt.Println()
	}
	sort.SliceStable(all, func(x, y int) bool { return all[x].d < all[y].d })
	fmt.Printf("closest pairs: %+v\n", all[:3])
}
