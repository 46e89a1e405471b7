package main

import (
	"fmt"
	"math"
	"strings"
)

var (
	ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
		"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens   = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	scales = []string{"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"}
)

// below1000 spells 0 < n < 1000.
func below1000(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, ones[n/100]+" hundred")
		n %= 100
	}
	switch {
	case n == 0:
	case n < 20:
		parts = append(parts, ones[n])
	case n%10 == 0:
		parts = append(parts, tens[n/10])
	default:
		parts = append(parts, tens[n/10]+"-"+ones[n%10])
	}
	return strings.Join(parts, " ")
}

func Words(n int64) string {
	if n < 0 {
		// -(n+1) cannot overflow, even for math.MinInt64.
		return "minus " + spell(uint64(-(n+1))+1)
	}
	return spell(uint64(n))
}

func spell(u uint64) string {
	if u == 0 {
		return ones[0]
	}
	var groups []string
	for i := 0; u > 0; i++ {
		if chunk := int(u % 1000); chunk != 0 {
			g := below1000(chunk)
			if scales[i] != "" {
				g += " " + scales[i]
			}
			groups = append([]string{g}, groups...)
		}
		u /= 1000
	}
	return strings.Join(groups, " ")
}

func Ordinal(n int64) string {
	w := Words(n)
	irregular := map[string]string{"one": "first", "two": "second", "three": "third",
		"five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
	cut := strings.LastIndexAny(w, " -") + 1
	last := w[cut:]
	switch {
	case irregular[last] != "":
		last = irregular[last]
	case strings.HasSuffix(last, "y"):
		last = strings.TrimSuffix(last, "y") + "ieth"
	default:
		last += "th"
	}
	return w[:cut] + last
}

func main() {
	for _, n := range []int64{0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345,
		1_000_000, 2_500_017, -86, 1_000_000_000_001, math.MaxInt64, math.MinInt64} {
		fmt.Printf("%26d  %s\n", n, Words(n))
	}
	for _, n := range []int64{1, 2, 3, 4, 5, 8, 9, 11, 12, 20, 21, 40, 99, 100, 1003} {
		fmt.Printf("%5d%-3s %s\n", n, suffix(n), Ordinal(n))
	}
}

func suffix(n int64) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	return [...]string{"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"}[n%10]
}
