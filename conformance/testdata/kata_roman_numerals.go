package main

import (
	"errors"
	"fmt"
	"strings"
)

type numeral struct {
	value  int
	symbol string
}

var table = []numeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("value out of range 1..3999")

func ToRoman(n int) (string, error) {
	if n < 1 || n > 3999 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, t := range table {
		for n >= t.value {
			sb.WriteString(t.symbol)
			n -= t.value
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("FromRoman(%q): bad symbol %q at %d", s, s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// canonical check: round trip must match
	back, err := ToRoman(total)
	if err != nil || back != s {
		return 0, fmt.Errorf("FromRoman(%q): not canonical (want %q)", s, back)
	}
	return total, nil
}

func main() {
	fmt.Println("== to roman ==")
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Printf("%5d -> error: %v (is range: %t)\n", n, err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%5d -> %s\n", n, r)
	}
	fmt.Println("== from roman ==")
	for _, s := range []string{"III", "LVIII", "MCMXCIV", "MMXXIV", "IIII", "IC", "ABC", "MMMCMXCIX"} {
		n, err := FromRoman(s)
		if err != nil {
			fmt.Printf("%-10s -> error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-10s -> %d\n", s, n)
	}
	fmt.Println("== round trip 1..3999 ==")
	bad, longest, longestN := 0, "", 0
	for n := 1; n <= 3999; n++ {
		r, _ := ToRoman(n)
		m, err := FromRoman(r)
		if err != nil || m != n {
			bad++
		}
		if len(r) > len(longest) {
			longest, longestN = r, n
		}
	}
	fmt.Printf("mismatches=%d longest=%s (%d, %d chars)\n", bad, longest, longestN, len(longest))
}
