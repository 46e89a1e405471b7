package main

import (
	"fmt"
	"sort"
	"strings"
)

type SuffixArray struct {
	text string
	sa   []int
	lcp  []int
}

func NewSuffixArray(text string) *SuffixArray {
	sa := make([]int, len(text))
	for i := range sa {
		sa[i] = i
	}
	sort.Slice(sa, func(a, b int) bool { return text[sa[a]:] < text[sa[b]:] })
	s := &SuffixArray{text: text, sa: sa}
	s.lcp = s.buildLCP()
	return s
}

// Kasai's algorithm
func (s *SuffixArray) buildLCP() []int {
	n := len(s.text)
	rank := make([]int, n)
	for i, p := range s.sa {
		rank[p] = i
	}
	lcp := make([]int, n)
	h := 0
	for i := range n {
		if rank[i] > 0 {
			j := s.sa[rank[i]-1]
			for i+h < n && j+h < n && s.text[i+h] == s.text[j+h] {
				h++
			}
			lcp[rank[i]] = h
			if h > 0 {
				h--
			}
		} else {
			h = 0
		}
	}
	return lcp
}

func (s *SuffixArray) Find(pattern string) []int {
	lo := sort.Search(len(s.sa), func(i int) bool { return s.text[s.sa[i]:] >= pattern })
	var hits []int
	for i := lo; i < len(s.sa) && strings.HasPrefix(s.text[s.sa[i]:], pattern); i++ {
		hits = append(hits, s.sa[i])
	}
	sort.Ints(hits)
	return hits
}

func (s *SuffixArray) LongestRepeat() string {
	best, at := 0, 0
	for i, l := range s.lcp {
		if l > best {
			best, at = l, s.sa[i]
		}
	}
	return s.text[at : at+best]
}

func main() {
	text := "PANAMABANANAS$"
	s := NewSuffixArray(text)
	fmt.Printf("%-3s %-3s %-3s %s\n", "i", "SA", "LCP", "suffix")
	for i, p := range s.sa {
		fmt.Printf("%-3d %-3d %-3d %s\n", i, p, s.lcp[i], text[p:])
	}
	for _, pat := range []string{"ANA", "NA", "BAN", "XYZ", "A"} {
		fmt.Printf("find %-4q -> %v\n", pat, s.Find(pat))
	}
	fmt.Printf("longest repeat: %q\n", s.LongestRepeat())

	dna := NewSuffixArray("ATCGATCGATCGGATCGAT$")
	fmt.Println("SA:", dna.sa)
	fmt.Println("LCP:", dna.lcp)
	fmt.Printf("longest repeat in dna: %q\n", dna.LongestRepeat())
	fmt.Printf("ATCG at %v, GAT at %v\n", dna.Find("ATCG"), dna.Find("GAT"))
	distinct := 0
	for i, p := range dna.sa {
		distinct += len(dna.text) - p - dna.lcp[i]
	}
	fmt.Println("distinct substrings (incl. $):", distinct)
}
