package main

import (
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

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d cannot be written in roman numerals", n)
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			sb.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return sb.String(), nil
}

var symbolValue = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func fromRoman(s string) (int, error) {
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := symbolValue[s[i]]
		if !ok {
			return 0, fmt.Errorf("bad symbol %q in %q", s[i], s)
		}
		if i+1 < len(s) && symbolValue[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical forms such as IIII or VX.
	if canon, err := toRoman(total); err != nil || canon != s {
		return 0, fmt.Errorf("%q is not canonical", s)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%4d -> %s\n", n, r)
	}

	for _, s := range []string{"XLII", "MCMXC", "MMXXV", "IIII", "VX", "ABC", "CDXLIV"} {
		n, err := fromRoman(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-7s -> %d\n", s, n)
	}

	longest, longestN := "", 0
	roundTrip := 0
	for n := 1; n < 4000; n++ {
		r, _ := toRoman(n)
		if back, err := fromRoman(r); err == nil && back == n {
			roundTrip++
		}
		if len(r) > len(longest) {
			longest, longestN = r, n
		}
	}
	fmt.Printf("round trips ok: %d, longest: %d = %s (%d chars)\n", roundTrip, longestN, longest, len(longest))
}
