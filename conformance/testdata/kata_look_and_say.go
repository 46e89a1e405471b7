package main

import (
	"fmt"
	"strconv"
	"strings"
)

// next produces the look-and-say successor of s.
func next(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteByte(s[i])
		i = j
	}
	return sb.String()
}

// sequence returns a generator closure starting at seed.
func sequence(seed string) func() string {
	cur := seed
	first := true
	return func() string {
		if first {
			first = false
			return cur
		}
		cur = next(cur)
		return cur
	}
}

func digitHistogram(s string) [10]int {
	var h [10]int
	for _, c := range s {
		h[c-'0']++
	}
	return h
}

func main() {
	gen := sequence("1")
	for i := 1; i <= 12; i++ {
		fmt.Printf("%2d: %s\n", i, gen())
	}

	fmt.Println("lengths and growth ratio:")
	s := "1"
	prev := 1
	for i := 1; i <= 40; i++ {
		if i%5 == 0 {
			ratio := float64(len(s)) / float64(prev)
			fmt.Printf("  term %2d len=%6d ratio=%.4f\n", i, len(s), ratio)
		}
		prev = len(s)
		s = next(s)
	}

	for _, seed := range []string{"3", "22", "1211", "333"} {
		g := sequence(seed)
		terms := make([]string, 6)
		for i := range terms {
			terms[i] = g()
		}
		fmt.Printf("seed %-5q -> %v\n", seed, terms)
	}

	h := digitHistogram(s)
	fmt.Printf("digits in term 41: 1s=%d 2s=%d 3s=%d others=%d\n", h[1], h[2], h[3], len(s)-h[1]-h[2]-h[3])
}
