package main

import (
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID  string
	Seq string
}

type GCStat struct {
	ID      string
	Length  int
	GC      int
	Percent float64
}

func (s GCStat) String() string {
	return fmt.Sprintf("%-8s len=%3d gc=%3d (%6.2f%%)", s.ID, s.Length, s.GC, s.Percent)
}

func gcCount(seq string) int {
	n := 0
	for _, c := range strings.ToUpper(seq) {
		if c == 'G' || c == 'C' {
			n++
		}
	}
	return n
}

func slidingGC(seq string, window, step int) []float64 {
	var out []float64
	for i := 0; i+window <= len(seq); i += step {
		out = append(out, 100*float64(gcCount(seq[i:i+window]))/float64(window))
	}
	return out
}

func main() {
	records := []Record{
		{"Rosalind_6404", "CCTGCGGAAGATCGGCACTAGAATAGCCAGAACCGTTTCTCTGAGGCTTCCGGCCTTCCC"},
		{"Rosalind_5959", "CCATCGGTAGCGCATCCTTAGTCCAATTAAGTCCCTATCCAGGCGCTCCGCCGAAGGTCT"},
		{"Rosalind_0808", "CCACCCTCGTGGTATGGCTAGGCATTCAGGAACCGGAGAACGCTTCAGACCAGCCCGGAC"},
		{"atrich", "ATATATTTAAATATAATTTATATAAAT"},
		{"lower", "gcgcgcatgc"},
	}
	stats := make([]GCStat, 0, len(records))
	for _, r := range records {
		gc := gcCount(r.Seq)
		stats = append(stats, GCStat{r.ID, len(r.Seq), gc, 100 * float64(gc) / float64(len(r.Seq))})
	}
	fmt.Println("== per-record GC ==")
	for _, s := range stats {
		fmt.Println(s)
	}
	sort.Slice(stats, func(i, j int) bool { return stats[i].Percent > stats[j].Percent })
	fmt.Println("== ranked ==")
	for i, s := range stats {
		fmt.Printf("%d. %+v\n", i+1, s)
	}
	best := stats[0]
	fmt.Printf("highest: %s\n%.6f\n", best.ID, best.Percent)

	fmt.Println("== sliding window (w=10, step=5) ==")
	for _, r := range records[:3] {
		vals := slidingGC(r.Seq, 10, 5)
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprintf("%5.1f", v)
		}
		fmt.Printf("%-14s %s\n", r.ID, strings.Join(parts, " "))
	}

	total, totalGC := 0, 0
	for _, r := range records {
		total += len(r.Seq)
		totalGC += gcCount(r.Seq)
	}
	fmt.Printf("overall: %d/%d = %.3f\n", totalGC, total, float64(totalGC)/float64(total))
	fmt.Printf("types: %T %T\n", stats[0], records)
}
