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

var ErrRange = errors.New("out of range")
var ErrSyntax = errors.New("invalid numeral")

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var b strings.Builder
	for _, nu := range numerals {
		for n >= nu.value {
			b.WriteString(nu.symbol)
			n -= nu.value
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
			return 0, fmt.Errorf("FromRoman(%q): bad char %q: %w", s, s[i], ErrSyntax)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// reject non-canonical forms like IIII or VX by round-tripping
	if canon, err := ToRoman(total); err != nil || canon != s {
		return 0, fmt.Errorf("FromRoman(%q): not canonical (want %q): %w", s, canon, ErrSyntax)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println("error:", err, "| range error:", errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%4d -> %s\n", n, r)
	}
	for _, s := range []string{"MCMXCIV", "xlii", "IIII", "VX", "MMXZ", "CDXLIV"} {
		n, err := FromRoman(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-8s -> %d\n", s, n)
	}

	ok := true
	longest := ""
	for n := 1; n < 4000; n++ {
		r, _ := ToRoman(n)
		back, err := FromRoman(r)
		if err != nil || back != n {
			ok = false
			fmt.Println("mismatch at", n)
			break
		}
		if len(r) > len(longest) {
			longest = r
		}
	}
	fmt.Printf("round trip 1..3999 ok=%t, longest=%s (%d chars)\n", ok, longest, len(longest))
}
