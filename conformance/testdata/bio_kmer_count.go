package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Kmers yields every k-mer of seq together with its start position.
func Kmers(seq string, k int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i+k <= len(seq); i++ {
			if !yield(i, seq[i:i+k]) {
				return
			}
		}
	}
}

type Count struct {
	Kmer string
	N    int
}

func countKmers(seq string, k int) map[string]int {
	m := make(map[string]int)
	for _, km := range Kmers(seq, k) {
		m[km]++
	}
	return m
}

func topN(m map[string]int, n int) []Count {
	cs := make([]Count, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		cs = append(cs, Count{k, m[k]})
	}
	slices.SortStableFunc(cs, func(a, b Count) int { return cmp.Compare(b.N, a.N) })
	return cs[:min(n, len(cs))]
}

func canonical(kmer string) string {
	r := strings.NewReplacer("A", "t", "T", "a", "C", "g", "G", "c")
	rc := []byte(strings.ToUpper(r.Replace(kmer)))
	slices.Reverse(rc)
	return min(kmer, string(rc))
}

func main() {
	seq := "ACGTTGCATGTCGCATGATGCATGAGAGCTACGTTGCATGTCGCATGATGCATGAGAGCT"
	fmt.Printf("sequence length %d\n", len(seq))
	for k := 2; k <= 5; k++ {
		m := countKmers(seq, k)
		fmt.Printf("k=%d distinct=%d top=%v\n", k, len(m), topN(m, 4))
	}

	fmt.Println("first positions of 4-mers (stop after 6):")
	seen := map[string]bool{}
	for pos, km := range Kmers(seq, 4) {
		if seen[km] {
			continue
		}
		seen[km] = true
		fmt.Printf("  %s @ %d\n", km, pos)
		if len(seen) == 6 {
			break
		}
	}

	canon := map[string]int{}
	for _, km := range Kmers(seq, 3) {
		canon[canonical(km)]++
	}
	fmt.Println("canonical 3-mers:")
	for _, k := range slices.Sorted(maps.Keys(canon)) {
		fmt.Printf("  %s:%d", k, canon[k])
	}
	fmt.Println()

	// frequency array for k=2 in lexicographic order
	alphabet := "ACGT"
	m2 := countKmers(seq, 2)
	var freq []int
	for _, a := range alphabet {
		for _, b := range alphabet {
			freq = append(freq, m2[string(a)+string(b)])
		}
	}
	fmt.Printf("2-mer frequency array: %v\n", freq)
	fmt.Printf("sum=%d expected=%d\n", sum(freq), len(seq)-1)
}

func sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
