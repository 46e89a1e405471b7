package main

import (
	"fmt"
	"sort"
	"strings"
)

type FMIndex struct {
	bwt   string
	first map[byte]int // first occurrence in sorted column
	occ   map[byte][]int
	sa    []int
	alpha []byte
}

func BWT(text string) (string, []int) {
	n := len(text)
	sa := make([]int, n)
	for i := range sa {
		sa[i] = i
	}
	rot := func(i int) string { return text[i:] + text[:i] }
	sort.Slice(sa, func(a, b int) bool { return rot(sa[a]) < rot(sa[b]) })
	var sb strings.Builder
	for _, i := range sa {
		sb.WriteByte(text[(i+n-1)%n])
	}
	return sb.String(), sa
}

func InverseBWT(bwt string) string {
	n := len(bwt)
	type pair struct {
		c byte
		i int
	}
	ps := make([]pair, n)
	for i := range n {
		ps[i] = pair{bwt[i], i}
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].c < ps[b].c })
	next := make([]int, n)
	for i, p := range ps {
		next[i] = p.i
	}
	// start at the row beginning with '$'
	out := make([]byte, 0, n)
	row := 0
	for range n {
		row = next[row]
		out = append(out, bwt[row])
	}
	return string(out)
}

func NewFMIndex(text string) *FMIndex {
	bwt, sa := BWT(text)
	fm := &FMIndex{bwt: bwt, sa: sa, first: map[byte]int{}, occ: map[byte][]int{}}
	counts := map[byte]int{}
	for i := range len(bwt) {
		counts[bwt[i]]++
	}
	for c := range counts {
		fm.alpha = append(fm.alpha, c)
	}
	sort.Slice(fm.alpha, func(i, j int) bool { return fm.alpha[i] < fm.alpha[j] })
	pos := 0
	for _, c := range fm.alpha {
		fm.first[c] = pos
		pos += counts[c]
		fm.occ[c] = make([]int, len(bwt)+1)
		for i := range len(bwt) {
			fm.occ[c][i+1] = fm.occ[c][i]
			if bwt[i] == c {
				fm.occ[c][i+1]++
			}
		}
	}
	return fm
}

func (fm *FMIndex) Search(p string) []int {
	top, bottom := 0, len(fm.bwt)-1
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		o, ok := fm.occ[c]
		if !ok {
			return nil
		}
		top = fm.first[c] + o[top]
		bottom = fm.first[c] + o[bottom+1] - 1
		if top > bottom {
			return nil
		}
	}
	var res []int
	for r := top; r <= bottom; r++ {
		res = append(res, fm.sa[r])
	}
	sort.Ints(res)
	return res
}

func main() {
	for _, t := range []string{"BANANA$", "GCGTGCCTGGTCA$", "AAAAAAA$", "ACGTACGTTTGCA$"} {
		b, _ := BWT(t)
		inv := InverseBWT(b)
		// rotate so that '$' is last
		k := strings.IndexByte(inv, '$')
		inv = inv[k+1:] + inv[:k+1]
		fmt.Printf("text=%-16s bwt=%-16s inverse=%-16s ok=%t\n", t, b, inv, inv == t)
	}
	genome := "AATCGGGTTCAATCGGGGTCAATCGT$"
	fm := NewFMIndex(genome)
	fmt.Printf("alphabet=%q first=%v\n", fm.alpha, []int{fm.first['$'], fm.first['A'], fm.first['C'], fm.first['G'], fm.first['T']})
	for _, p := range []string{"ATCG", "GGGT", "CAAT", "TCA", "AAAA", "N", "T"} {
		hits := fm.Search(p)
		fmt.Printf("%-5s count=%d at %v\n", p, len(hits), hits)
	}
	fmt.Printf("last column runs: %q\n", runs(fm.bwt))
}

func runs(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out = append(out, fmt.Sprintf("%d%c", j-i, s[i]))
		i = j
	}
	return out
}
