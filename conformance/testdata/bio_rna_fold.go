package main

import (
	"fmt"
	"strings"
)

type Pair struct{ I, J int }

func (p Pair) String() string { return fmt.Sprintf("(%d,%d)", p.I, p.J) }

var canPair = map[[2]byte]bool{
	{'A', 'U'}: true, {'U', 'A'}: true,
	{'G', 'C'}: true, {'C', 'G'}: true,
	{'G', 'U'}: true, {'U', 'G'}: true,
}

type Folder struct {
	seq      string
	minLoop  int
	dp       [][]int
	Pairs    []Pair
	DotBrack string
}

func NewFolder(seq string, minLoop int) *Folder {
	return &Folder{seq: seq, minLoop: minLoop}
}

// Fold runs the Nussinov maximum base-pair algorithm.
func (f *Folder) Fold() int {
	n := len(f.seq)
	f.dp = make([][]int, n)
	for i := range f.dp {
		f.dp[i] = make([]int, n)
	}
	for span := f.minLoop + 1; span < n; span++ {
		for i := 0; i+span < n; i++ {
			j := i + span
			best := max(f.dp[i+1][j], f.dp[i][j-1])
			if canPair[[2]byte{f.seq[i], f.seq[j]}] {
				best = max(best, f.dp[i+1][j-1]+1)
			}
			for k := i + 1; k < j; k++ {
				best = max(best, f.dp[i][k]+f.dp[k+1][j])
			}
			f.dp[i][j] = best
		}
	}
	f.Pairs = nil
	f.traceback(0, n-1)
	db := []byte(strings.Repeat(".", n))
	for _, p := range f.Pairs {
		db[p.I], db[p.J] = '(', ')'
	}
	f.DotBrack = string(db)
	return f.dp[0][n-1]
}

func (f *Folder) traceback(i, j int) {
	if i >= j {
		return
	}
	switch {
	case f.dp[i][j] == f.dp[i+1][j]:
		f.traceback(i+1, j)
	case f.dp[i][j] == f.dp[i][j-1]:
		f.traceback(i, j-1)
	case canPair[[2]byte{f.seq[i], f.seq[j]}] && j-i > f.minLoop && f.dp[i][j] == f.dp[i+1][j-1]+1:
		f.Pairs = append(f.Pairs, Pair{i, j})
		f.traceback(i+1, j-1)
	default:
		for k := i + 1; k < j; k++ {
			if f.dp[i][j] == f.dp[i][k]+f.dp[k+1][j] {
				f.traceback(i, k)
				f.traceback(k+1, j)
				return
			}
		}
	}
}

func validate(db string) error {
	depth := 0
	for i, c := range db {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return fmt.Errorf("unbalanced ')' at %d", i)
			}
		}
	}
	if depth != 0 {
		return fmt.Errorf("%d unclosed '('", depth)
	}
	return nil
}

func main() {
	seqs := []string{
		"GGGAAAUCC",
		"GGGGAAAACCCC",
		"ACGUACGUACGU",
		"GCGCUUCGGCGC",
		"AAAAAAA",
		"GGACUUCGGUCCAUGCAAAGCAUG",
	}
	for _, s := range seqs {
		f := NewFolder(s, 3)
		n := f.Fold()
		fmt.Printf("%s\n%s  pairs=%d valid=%v\n", s, f.DotBrack, n, validate(f.DotBrack))
		fmt.Printf("  %v\n", f.Pairs)
	}
	fmt.Println("effect of minimum loop length on GGGGAAAACCCC:")
	for loop := range 6 {
		f := NewFolder("GGGGAAAACCCC", loop)
		fmt.Printf("  minLoop=%d pairs=%d %s\n", loop, f.Fold(), f.DotBrack)
	}
	fmt.Println(validate("(()"), "|", validate("())"))
}
