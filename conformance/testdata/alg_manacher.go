package main

import (
	"fmt"
	"strings"
)

type Palindrome struct {
	Start, Len int
	Text       string
}

func (p Palindrome) String() string {
	return fmt.Sprintf("%q@%d(len %d)", p.Text, p.Start, p.Len)
}

func manacher(s string) Palindrome {
	if s == "" {
		return Palindrome{}
	}
	var b strings.Builder
	b.WriteByte('^')
	for i := 0; i < len(s); i++ {
		b.WriteByte('#')
		b.WriteByte(s[i])
	}
	b.WriteString("#$")
	t := b.String()
	p := make([]int, len(t))
	center, right := 0, 0
	for i := 1; i < len(t)-1; i++ {
		if i < right {
			p[i] = min(right-i, p[2*center-i])
		}
		for t[i+p[i]+1] == t[i-p[i]-1] {
			p[i]++
		}
		if i+p[i] > right {
			center, right = i, i+p[i]
		}
	}
	bestLen, bestC := 0, 0
	for i, v := range p {
		if v > bestLen {
			bestLen, bestC = v, i
		}
	}
	start := (bestC - bestLen) / 2
	return Palindrome{Start: start, Len: bestLen, Text: s[start : start+bestLen]}
}

func bruteForce(s string) int {
	best := 0
	for i := range len(s) {
		for j := i; j < len(s); j++ {
			ok := true
			for a, b := i, j; a < b; a, b = a+1, b-1 {
				if s[a] != s[b] {
					ok = false
					break
				}
			}
			if ok && j-i+1 > best {
				best = j - i + 1
			}
		}
	}
	return best
}

func main() {
	inputs := []string{"babad", "cbbd", "forgeeksskeegfor", "a", "", "abacdfgdcaba", "racecar_xyz", "aaaa"}
	for _, s := range inputs {
		p := manacher(s)
		fmt.Printf("%-18q -> %v brute=%d match=%t\n", s, p, bruteForce(s), p.Len == bruteForce(s))
	}
}
