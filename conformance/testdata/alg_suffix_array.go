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

func NewSuffixArray(s string) *SuffixArray {
	sa := make([]int, len(s))
	for i := range sa {
		sa[i] = i
	}
	sort.Slice(sa, func(a, b int) bool { return s[sa[a]:] < s[sa[b]:] })
	lcp := make([]int, len(s))
	for i := 1; i < len(sa); i++ {
		a, b := s[sa[i-1]:], s[sa[i]:]
		k := 0
		for k < len(a) && k < len(b) && a[k] == b[k] {
			k++
		}
		lcp[i] = k
	}
	return &SuffixArray{text: s, sa: sa, lcp: lcp}
}

func (x *SuffixArray) Find(p string) []int {
	lo := sort.Search(len(x.sa), func(i int) bool { return x.text[x.sa[i]:] >= p })
	var res []int
	for i := lo; i < len(x.sa) && strings.HasPrefix(x.text[x.sa[i]:], p); i++ {
		res = append(res, x.sa[i])
	}
	sort.Ints(res)
	return res
}

func (x *SuffixArray) LongestRepeat() string {
	best, at := 0, 0
	for i, l := range x.lcp {
		if l > best {
			best, at = l, x.sa[i]
		}
	}
	return x.text[at : at+best]
}

func (x *SuffixArray) String() string {
	var b strings.Builder
	for i, p := range x.sa {
		fmt.Fprintf(&b, "%2d %2d %d %s\n", i, p, x.lcp[i], x.text[p:])
	}
	return b.String()
}

func main() {
	sa := NewSuffixArray("banana")
	fmt.Print(sa)
	fmt.Println("find ana:", sa.Find("ana"))
	fmt.Println("find na:", sa.Find("na"))
	fmt.Println("find x:", sa.Find("x"))
	fmt.Printf("longest repeat: %q\n", sa.LongestRepeat())
	m := NewSuffixArray("mississippi")
	fmt.Println("sa:", m.sa)
	fmt.Printf("longest repeat: %q\n", m.LongestRepeat())
	fmt.Println("find ss:", m.Find("ss"))
}
