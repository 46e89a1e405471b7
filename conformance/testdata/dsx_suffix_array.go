package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type SuffixArray struct {
	text string
	sa   []int // suffix start positions in sorted order
	lcp  []int // lcp[i] = common prefix of suffixes sa[i-1] and sa[i]
}

// NewSuffixArray builds the array by prefix doubling: rank pairs are sorted
// for lengths 1, 2, 4, ... until all ranks are distinct.
func NewSuffixArray(text string) *SuffixArray {
	n := len(text)
	sa := make([]int, n)
	rank := make([]int, n)
	tmp := make([]int, n)
	for i := range n {
		sa[i], rank[i] = i, int(text[i])
	}
	for k := 1; ; k *= 2 {
		key := func(i int) (int, int) {
			if i+k < n {
				return rank[i], rank[i+k]
			}
			return rank[i], -1
		}
		sort.Slice(sa, func(a, b int) bool {
			a1, a2 := key(sa[a])
			b1, b2 := key(sa[b])
			return a1 < b1 || (a1 == b1 && a2 < b2)
		})
		tmp[sa[0]] = 0
		for i := 1; i < n; i++ {
			p1, p2 := key(sa[i-1])
			c1, c2 := key(sa[i])
			tmp[sa[i]] = tmp[sa[i-1]]
			if p1 != c1 || p2 != c2 {
				tmp[sa[i]]++
			}
		}
		copy(rank, tmp)
		if rank[sa[n-1]] == n-1 {
			break
		}
	}
	s := &SuffixArray{text: text, sa: sa}
	s.buildLCP(rank)
	return s
}

// buildLCP uses Kasai's algorithm; rank is the inverse of sa.
func (s *SuffixArray) buildLCP(rank []int) {
	n := len(s.text)
	s.lcp = make([]int, n)
	h := 0
	for i := range n {
		if rank[i] == 0 {
			h = 0
			continue
		}
		j := s.sa[rank[i]-1]
		for i+h < n && j+h < n && s.text[i+h] == s.text[j+h] {
			h++
		}
		s.lcp[rank[i]] = h
		if h > 0 {
			h--
		}
	}
}

// Find returns the sorted start positions of every occurrence of pat.
func (s *SuffixArray) Find(pat string) []int {
	lo := sort.Search(len(s.sa), func(i int) bool { return s.text[s.sa[i]:] >= pat })
	hi := sort.Search(len(s.sa), func(i int) bool {
		suf := s.text[s.sa[i]:]
		return suf > pat && !strings.HasPrefix(suf, pat)
	})
	out := slices.Clone(s.sa[lo:hi])
	slices.Sort(out)
	return out
}

func (s *SuffixArray) LongestRepeat() string {
	best := 0
	for i, l := range s.lcp {
		if l > s.lcp[best] {
			best = i
		}
	}
	return s.text[s.sa[best] : s.sa[best]+s.lcp[best]]
}

func (s *SuffixArray) String() string {
	var sb strings.Builder
	for i, p := range s.sa {
		fmt.Fprintf(&sb, "%2d sa=%2d lcp=%d %s\n", i, p, s.lcp[i], s.text[p:])
	}
	return sb.String()
}

func main() {
	s := NewSuffixArray("mississippi")
	fmt.Print(s)
	for _, p := range []string{"ssi", "i", "pp", "sip", "x", "mississippi"} {
		fmt.Printf("find %-13q -> %v\n", p, s.Find(p))
	}
	fmt.Printf("longest repeat: %q\n", s.LongestRepeat())
	b := NewSuffixArray("abracadabra")
	fmt.Println("abracadabra sa:", b.sa)
	fmt.Println("abracadabra lcp:", b.lcp)
	fmt.Printf("longest repeat: %q, occurrences of \"abra\": %v\n", b.LongestRepeat(), b.Find("abra"))
}
