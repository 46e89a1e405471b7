package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("value out of range 1..3999")

func ToRoman(n int) (string, error) {
	if n < 1 || n > 3999 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var b strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			b.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return b.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	s = strings.ToUpper(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid numeral %q in %q", s[i], s)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical forms such as "IIII" or "VX".
	if canon, err := ToRoman(total); err != nil || canon != s {
		return 0, fmt.Errorf("non-canonical numeral %q (want %q)", s, canon)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Printf("%5d -> error: %v (range=%t)\n", n, err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%5d -> %s\n", n, r)
	}
	fmt.Println()
	for _, s := range []string{"XLII", "mcmxcix", "MMMDCCCLXXXVIII", "IIII", "VX", "XIZ", "CDXLIV"} {
		n, err := FromRoman(s)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-16s = %d\n", s, n)
	}

	ok := 0
	longest, longestN := "", 0
	for n := 1; n <= 3999; n++ {
		r, _ := ToRoman(n)
		back, err := FromRoman(r)
		if err == nil && back == n {
			ok++
		}
		if len(r) > len(longest) {
			longest, longestN = r, n
		}
	}
	fmt.Printf("round-trip ok: %d/3999, longest: %d = %s (%d chars)\n", ok, longestN, longest, len(longest))
}
