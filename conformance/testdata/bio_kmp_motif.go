package main

import (
	"fmt"
	"strings"
)

func PrefixFunction(p string) []int {
	pi := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = pi[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		pi[i] = k
	}
	return pi
}

type Matcher interface {
	FindAll(text string) []int
}

type KMP struct {
	pattern string
	pi      []int
	Compars int
}

func NewKMP(p string) *KMP { return &KMP{pattern: p, pi: PrefixFunction(p)} }

func (m *KMP) FindAll(text string) []int {
	var res []int
	k := 0
	for i := range len(text) {
		for k > 0 && text[i] != m.pattern[k] {
			m.Compars++
			k = m.pi[k-1]
		}
		m.Compars++
		if text[i] == m.pattern[k] {
			k++
		}
		if k == len(m.pattern) {
			res = append(res, i-k+1)
			k = m.pi[k-1]
		}
	}
	return res
}

type Naive struct {
	pattern string
	Compars int
}

func (n *Naive) FindAll(text string) []int {
	var res []int
	for i := 0; i+len(n.pattern) <= len(text); i++ {
		j := 0
		for j < len(n.pattern) {
			n.Compars++
			if text[i+j] != n.pattern[j] {
				break
			}
			j++
		}
		if j == len(n.pattern) {
			res = append(res, i)
		}
	}
	return res
}

func main() {
	for _, p := range []string{"CAGCATGGTATCACAGCAGAG", "AAAA", "ABABCABAB", "ATGATG"} {
		fmt.Printf("pi(%s) = %v\n", p, PrefixFunction(p))
	}
	genome := strings.Repeat("ATAT", 6) + "GATATATGCATATACTT" + strings.Repeat("AT", 5)
	pattern := "ATAT"
	matchers := []Matcher{NewKMP(pattern), &Naive{pattern: pattern}}
	for _, m := range matchers {
		hits := m.FindAll(genome)
		var comps int
		switch v := m.(type) {
		case *KMP:
			comps = v.Compars
		case *Naive:
			comps = v.Compars
		}
		fmt.Printf("%-11T hits=%d comparisons=%d\n", m, len(hits), comps)
		fmt.Println("  positions:", hits)
	}
	// 1-based positions like Rosalind SUBS
	text, motif := "GATATATGCATATACTT", "ATAT"
	var ones []string
	for _, p := range NewKMP(motif).FindAll(text) {
		ones = append(ones, fmt.Sprint(p+1))
	}
	fmt.Println("SUBS:", strings.Join(ones, " "))
	// shortest period via prefix function
	for _, s := range []string{"ACGACGACGACG", "AAAAAA", "ACGTT", "ATATATA"} {
		pi := PrefixFunction(s)
		period := len(s) - pi[len(s)-1]
		full := len(s)%period == 0
		fmt.Printf("%-13q period=%d repeats=%t\n", s, period, full)
	}
}
